import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { repoRoot } from '../../lib/paths';

/** The cases service as production runs it: `npm test` builds dist/ first. */
export const CASES_MAIN = join(repoRoot(), 'dist', 'subgraphs', 'cases', 'main.js');

export interface CasesProcess {
  child: ChildProcess;
  /** Its GraphQL endpoint, from its ready log line. */
  url: string;
}

/** Starts `dist/subgraphs/cases/main.js` on a free port with `env`; resolves once it logs that it is ready. */
export function startCasesProcess(env: NodeJS.ProcessEnv): Promise<CasesProcess> {
  if (!existsSync(CASES_MAIN))
    throw new Error(`${CASES_MAIN} is missing: build first (npm test does, or npx tsc -p .)`);
  const child = spawn(process.execPath, [CASES_MAIN], {
    env: { ...process.env, ...env, PORT: '0', LOG_LEVEL: 'info', NODE_ENV: 'development' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code, signal) =>
      reject(new Error(`cases process exited (${code ?? signal}) before it was ready`)),
    );
    createInterface({ input: child.stdout! }).on('line', (line) => {
      let entry: { msg?: string; url?: string };
      try {
        entry = JSON.parse(line);
      } catch {
        return;
      }
      if (entry.msg === 'cases subgraph ready' && entry.url) resolve({ child, url: entry.url });
    });
  });
}

/** Ends the process with `signal` (SIGTERM: a clean stop; SIGKILL: a crash) and waits for it to exit. */
export function stopCasesProcess({ child }: CasesProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}
