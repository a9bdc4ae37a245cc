import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** What the wiring needs to know of the new system. */
export interface WiringValues {
  system: string;
  System: string;
  systemCamel: string;
  SYSTEM: string;
  subgraphPort: number;
  doublePort: number;
}

/** One edit of one file the hub already has: where a new system is listed. */
interface Edit {
  file: string;
  apply(text: string, values: WiringValues): string;
}

/** `insertion` just before the first match of `anchor` at or after `from`; throws when there is none. */
function insertBefore(text: string, anchor: RegExp | string, insertion: string, from = 0): string {
  const index = typeof anchor === 'string' ? text.indexOf(anchor, from) : from + text.slice(from).search(anchor);
  if (index < from) throw new Error(`no ${String(anchor)}`);
  return text.slice(0, index) + insertion + text.slice(index);
}

/** `insertion` just after the line of the last match of `pattern` (a global regex) at or after `from`. */
function insertAfterLastLine(text: string, pattern: RegExp, insertion: string, from = 0): string {
  const matches = [...text.matchAll(pattern)].filter((match) => match.index >= from);
  const last = matches.at(-1);
  if (!last) throw new Error(`no ${String(pattern)}`);
  const lineEnd = text.indexOf('\n', last.index + last[0].length) + 1;
  return text.slice(0, lineEnd) + insertion + text.slice(lineEnd);
}

/** The start of the text that follows `marker`; throws when the marker is missing. */
function after(text: string, marker: string): number {
  const index = text.indexOf(marker);
  if (index < 0) throw new Error(`no ${marker}`);
  return index + marker.length;
}

/** The highest `defaultPort: N` of a file: a new entry takes the next port. */
export function highestPort(text: string): number {
  return Math.max(...[...text.matchAll(/defaultPort: (\d+)/g)].map(([, port]) => Number(port)));
}

const EDITS: Edit[] = [
  {
    file: 'lib/services.ts',
    apply: (text, v) =>
      insertBefore(
        text,
        '\n];',
        `\n  { name: '${v.system}', folder: '${v.system}', defaultPort: ${v.subgraphPort}, ownsDatabase: false },`,
        after(text, 'export const SUBGRAPHS'),
      ),
  },
  {
    file: 'scripts/schema-files.ts',
    apply: (text, v) =>
      insertBefore(
        insertAfterLastLine(
          text,
          /^import \{ build\w+Schema \} from '\.\.\/subgraphs\/.*$/gm,
          `import { build${v.System}Schema } from '../subgraphs/${v.system}/schema';\n`,
        ),
        '\n};',
        `\n  '${v.system}': build${v.System}Schema,`,
      ),
  },
  {
    file: 'adapters/kit/mock/registry.ts',
    apply: (text, v) => {
      const imported = insertAfterLastLine(
        text,
        /^import \{ start\w+Double \} from '\.\.\/\.\.\/.*$/gm,
        `import { start${v.System}Double } from '../../${v.system}/mock';\n`,
      );
      return insertBefore(
        imported,
        '\n];',
        `\n  { system: '${v.system}', defaultPort: ${v.doublePort}, start: start${v.System}Double },`,
        after(imported, 'export const DOUBLES'),
      );
    },
  },
  {
    file: 'adapters/kit/systems.ts',
    apply: (text, v) => insertBefore(text, '] as const;', `  '${v.system}',\n`),
  },
  {
    file: 'test/unit/docker/service-settings.ts',
    apply: (text, v) =>
      insertBefore(
        insertAfterLastLine(
          text,
          /^import \{ \w+Settings \} from '\.\.\/\.\.\/\.\.\/subgraphs\/.*$/gm,
          `import { ${v.systemCamel}Settings } from '../../../subgraphs/${v.system}/config';\n`,
        ),
        '\n};',
        `\n  '${v.system}': ${v.systemCamel}Settings,`,
      ),
  },
  {
    file: '.env.example',
    apply: (text, v) =>
      insertBefore(
        insertAfterLastLine(
          insertAfterLastLine(
            text,
            /^# SUBGRAPH_\w+_URL=.*$/gm,
            `# SUBGRAPH_${v.SYSTEM}_URL=http://127.0.0.1:${v.subgraphPort}/graphql\n`,
          ),
          /^# SUBGRAPH_\w+_SECRET=.*$/gm,
          `# SUBGRAPH_${v.SYSTEM}_SECRET=\n`,
        ),
        '# --- how each legacy system is called',
        [
          `# --- ${v.system}: its department system (scaffolded; call settings as for every system) ---`,
          `# ${v.SYSTEM}_URL=http://127.0.0.1:${v.doublePort}`,
          `# ${v.SYSTEM}_TIMEOUT_MS=3000`,
          `# ${v.SYSTEM}_RETRY_ATTEMPTS=2`,
          `# ${v.SYSTEM}_RETRY_BASE_DELAY_MS=100`,
          `# ${v.SYSTEM}_BREAKER_FAILURE_THRESHOLD=5`,
          `# ${v.SYSTEM}_BREAKER_RESET_MS=10000`,
          `# ${v.SYSTEM}_MAX_CONCURRENT=8`,
          `# ${v.SYSTEM}_CACHE_TTL_MS=0`,
          `# ${v.SYSTEM}_CACHE_MAX_ENTRIES=10000`,
          '',
          '',
        ].join('\n'),
      ),
  },
  {
    file: 'docker/compose.yaml',
    apply: (text, v) => {
      const service = [
        '',
        `  ${v.system}:`,
        '    <<: *hub',
        '    environment:',
        `      SERVICE: ${v.system}`,
        '      NODE_ENV: ${NODE_ENV:-production}',
        '      LOG_LEVEL: ${LOG_LEVEL:-info}',
        '      # its own signing secret: it answers only requests signed with it (lib/auth/README.md)',
        `      SUBGRAPH_SECRET: \${SUBGRAPH_${v.SYSTEM}_SECRET:?set the subgraph secrets}`,
        '      METRICS_TOKEN: ${METRICS_TOKEN:?set the Prometheus scrape token}',
        `      ${v.SYSTEM}_URL: \${${v.SYSTEM}_URL:?set the endpoint, or use docker/mocks.env}`,
        '    healthcheck:',
        '      # live, not ready: a legacy outage is answered per field; the subgraph still serves the rest',
        `      test: [CMD, node, docker/healthcheck.js, 'http://127.0.0.1:${v.subgraphPort}/health/live']`,
        '      <<: *timing',
        '',
      ].join('\n');
      const double = [
        '',
        `  ${v.system}-double:`,
        '    <<: *hub',
        '    profiles: [mocks]',
        '    environment:',
        '      SERVICE: double',
        `    command: [${v.system}, --port, '${v.doublePort}', --host, 0.0.0.0]`,
        '    healthcheck:',
        `      test: [CMD, node, docker/healthcheck.js, 'http://127.0.0.1:${v.doublePort}/__admin/faults']`,
        '      <<: *timing',
        '',
      ].join('\n');
      // the gateway's depends_on is the last thing before its health check
      let edited = insertBefore(text, '\n  gateway:\n', service);
      edited = insertAfterLastLine(
        edited,
        /^ {6}SUBGRAPH_\w+_URL: .*$/gm,
        `      SUBGRAPH_${v.SYSTEM}_URL: http://${v.system}:${v.subgraphPort}/graphql\n`,
        after(edited, '\n  gateway:\n'),
      );
      edited = insertAfterLastLine(
        edited,
        /^ {6}SUBGRAPH_\w+_SECRET: .*$/gm,
        `      SUBGRAPH_${v.SYSTEM}_SECRET: \${SUBGRAPH_${v.SYSTEM}_SECRET:?set the subgraph secrets}\n`,
        after(edited, '\n  gateway:\n'),
      );
      edited = insertBefore(
        edited,
        '    healthcheck:\n',
        `      ${v.system}:\n        condition: service_healthy\n`,
        after(edited, '\n  gateway:\n'),
      );
      return insertBefore(edited, '\nvolumes:', double);
    },
  },
  {
    file: 'docker/mocks.env',
    apply: (text, v) =>
      `${insertAfterLastLine(
        text,
        /^SUBGRAPH_\w+_SECRET=.*$/gm,
        `SUBGRAPH_${v.SYSTEM}_SECRET=development-${v.system}-subgraph-secret-0000000000\n`,
      ).replace(/\n?$/, '\n')}${v.SYSTEM}_URL=http://${v.system}-double:${v.doublePort}\n`,
  },
  {
    file: 'docker/k8s/kustomization.yaml',
    apply: (text, v) => `${text.replace(/\n?$/, '\n')}  - ${v.system}.yaml\n`,
  },
  {
    file: 'docker/k8s/settings.yaml',
    apply: (text, v) => {
      // the department systems' addresses are the last document's data
      if (!/name: hub-legacy-systems\ndata:\n(?: {2}\w+: .*\n)+$/.test(text.replace(/\n?$/, '\n')))
        throw new Error('the last document is not the hub-legacy-systems ConfigMap');
      return `${text.replace(/\n?$/, '\n')}  ${v.SYSTEM}_URL: http://${v.system}.mengzi.gov.cn\n`;
    },
  },
  {
    file: 'docker/k8s/gateway.yaml',
    apply: (text, v) =>
      insertAfterLastLine(
        insertAfterLastLine(
          text,
          /^ {14}value: http:\/\/[\w-]+:\d+\/graphql$/gm,
          `            - name: SUBGRAPH_${v.SYSTEM}_URL\n              value: http://${v.system}:${v.subgraphPort}/graphql\n`,
        ),
        /^ {18}key: SUBGRAPH_\w+_SECRET$/gm,
        [
          `            - name: SUBGRAPH_${v.SYSTEM}_SECRET`,
          '              valueFrom:',
          '                secretKeyRef:',
          '                  name: hub-secrets',
          `                  key: SUBGRAPH_${v.SYSTEM}_SECRET`,
          '',
        ].join('\n'),
      ),
  },
];

/**
 * Works out how to list the new system wherever the hub lists its systems, without writing:
 * a missing anchor throws naming the file before anything changed. `apply()` writes the edits.
 */
export function planWiring(root: string, values: WiringValues): { files: string[]; apply(): void } {
  const edited = EDITS.map(({ file, apply }) => {
    try {
      return { path: join(root, file), text: apply(readFileSync(join(root, file), 'utf8'), values) };
    } catch (error) {
      throw new Error(`${file}: cannot list ${values.system} (${(error as Error).message})`);
    }
  });
  return {
    files: EDITS.map(({ file }) => file),
    apply: () => edited.forEach(({ path, text }) => writeFileSync(path, text)),
  };
}
