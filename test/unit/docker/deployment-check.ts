import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { z } from 'zod';
import { loadConfig, settingNames, settingTraits } from '../../../lib/config';
import { SubgraphDescriptor } from '../../../lib/services';

/** The deployment files, parsed: what the consistency check compares with the code. */
export interface DeploymentFiles {
  dockerfile: string;
  compose: any;
  /** docker/mocks.env: the variables compose interpolates for the `mocks` profile. */
  mocksEnv: Record<string, string>;
  postgresInit: string;
  /** Every document of every file under docker/k8s/, by file name. */
  k8s: Record<string, any[]>;
}

/** What the code says: each service's settings schema, the subgraphs, the doubles, the version. */
export interface CodeFacts {
  version: string;
  settings: Record<string, z.ZodObject>;
  subgraphs: readonly SubgraphDescriptor[];
  doubles: readonly { system: string }[];
}

export function readDeploymentFiles(dockerDir: string): DeploymentFiles {
  const read = (file: string) => readFileSync(join(dockerDir, file), 'utf8');
  const k8sDir = join(dockerDir, 'k8s');
  return {
    dockerfile: read('Dockerfile'),
    compose: parse(read('compose.yaml'), { merge: true }),
    mocksEnv: parseEnvFile(read('mocks.env')),
    postgresInit: read('postgres-init.sql'),
    k8s: Object.fromEntries(
      readdirSync(k8sDir)
        .filter((file) => file.endsWith('.yaml'))
        .map((file) => [file, parseAllDocuments(readFileSync(join(k8sDir, file), 'utf8')).map((doc) => doc.toJS())]),
    ),
  };
}

/** `KEY=value` lines (single quotes around a value are dropped, as compose does). */
export function parseEnvFile(text: string): Record<string, string> {
  return Object.fromEntries(
    text
      .split('\n')
      .filter((line) => /^[A-Z_][A-Z0-9_]*=/.test(line))
      .map((line) => {
        const [key, ...rest] = line.split('=');
        return [key, rest.join('=').replace(/^'(.*)'$/, '$1')];
      }),
  );
}

const HEALTH_PATHS = ['/health/live', '/health/ready'];
const DEFAULT_PORTS: Record<string, number> = { 'http:': 80, 'https:': 443, 'postgres:': 5432, 'redis:': 6379 };

/** Every inconsistency between the deployment files and the code; empty when they agree. */
export function checkDeployment(files: DeploymentFiles, code: CodeFacts): string[] {
  const problems: string[] = [];
  const services = ['gateway', ...code.subgraphs.map((subgraph) => subgraph.name)];
  const needsReadiness = new Set(['gateway', ...code.subgraphs.filter((s) => s.ownsDatabase).map((s) => s.name)]);
  for (const service of services) {
    if (!code.settings[service]) problems.push(`code: no settings schema for ${service}`);
  }
  const imageEnv = dockerfileRuntimeEnv(files.dockerfile, problems);
  checkImages(files, code, problems);
  checkCompose(files, code, services, needsReadiness, imageEnv, problems);
  checkKubernetes(files, code, services, needsReadiness, imageEnv, problems);
  return problems;
}

/** `ENV` of the runtime stage, and a check that every base image is pinned. */
function dockerfileRuntimeEnv(dockerfile: string, problems: string[]): Record<string, string> {
  const args = Object.fromEntries(
    [...dockerfile.matchAll(/^ARG (\w+)=(\S+)$/gm)].map(([, key, value]) => [key, value]),
  );
  const bases = [...dockerfile.matchAll(/^FROM (\S+)/gm)].map(([, image]) =>
    image.replace(/^\$\{(\w+)\}$/, (_, name: string) => args[name] ?? image),
  );
  for (const resolved of new Set(bases)) {
    if (!/^[\w./-]+:\d+\.\d+\.\d+[\w.-]*$/.test(resolved))
      problems.push(`Dockerfile: base image ${resolved} is not pinned to a full version`);
  }
  const runtime = dockerfile.slice(dockerfile.lastIndexOf('AS runtime'));
  return Object.fromEntries(
    [...runtime.matchAll(/^ENV (.+)$/gm)].flatMap(([, pairs]) =>
      pairs.split(/\s+/).map((pair) => pair.split('=') as [string, string]),
    ),
  );
}

function checkImages(files: DeploymentFiles, code: CodeFacts, problems: string[]): void {
  const images = [
    ...Object.entries(files.compose.services).map(([name, service]: [string, any]) => [
      `compose ${name}`,
      service.image,
    ]),
    ...Object.entries(files.k8s).flatMap(([file, docs]) =>
      docs
        .filter((doc) => doc?.kind === 'Deployment')
        .flatMap((doc) => doc.spec.template.spec.containers.map((c: any) => [`k8s ${file}`, c.image])),
    ),
  ];
  for (const [where, image] of images) {
    const tag = /:([^:/]+)$/.exec(image ?? '')?.[1];
    if (!tag || tag === 'latest' || !/\d/.test(tag)) problems.push(`${where}: image ${image} has no pinned tag`);
    else if (/\/hub$/.test(image.slice(0, image.lastIndexOf(':'))) && tag !== code.version) {
      problems.push(`${where}: image ${image} is not the package version ${code.version}`);
    }
  }
}

/** The service's configuration as the code would load it from `env`; the loader's messages as problems. */
function loadAs(where: string, schema: z.ZodObject, env: Record<string, string>, problems: string[]) {
  try {
    return loadConfig(schema, env) as Record<string, unknown>;
  } catch (error) {
    const lines = (error as Error).message.split('\n').slice(1);
    problems.push(...lines.map((line) => `${where}: ${line.trim()}`));
    return undefined;
  }
}

/** Names set that the code does not read, secrets not provided, and URLs that point at the wrong port. */
function checkSettings(
  where: string,
  schema: z.ZodObject,
  set: string[],
  config: Record<string, unknown> | undefined,
  ports: Record<string, number>,
  problems: string[],
): void {
  const names = settingNames(schema);
  for (const name of set) {
    if (name !== 'SERVICE' && !names.all.includes(name))
      problems.push(`${where}: sets ${name}, which the service does not read`);
  }
  for (const name of names.secrets) {
    if (!set.includes(name)) problems.push(`${where}: does not provide the secret ${name}`);
  }
  for (const [name, value] of Object.entries(config ?? {})) {
    const url = typeof value === 'string' && /^[a-z]+:\/\//.test(value) ? new URL(value) : undefined;
    if (!url) continue;
    if (['127.0.0.1', 'localhost'].includes(url.hostname)) {
      problems.push(`${where}: ${name} is ${value}, the container itself`);
    } else if (ports[url.hostname] !== undefined) {
      const port = Number(url.port || DEFAULT_PORTS[url.protocol]);
      if (port !== ports[url.hostname]) {
        problems.push(
          `${where}: ${name} uses port ${port} of ${url.hostname}, which listens on ${ports[url.hostname]}`,
        );
      }
    }
  }
}

function checkHealthPath(
  where: string,
  path: string,
  service: string,
  needsReadiness: Set<string>,
  problems: string[],
) {
  if (!HEALTH_PATHS.includes(path))
    problems.push(`${where}: ${path} is not a health endpoint (${HEALTH_PATHS.join(', ')})`);
  else if (needsReadiness.has(service) && path !== '/health/ready') problems.push(`${where}: must probe /health/ready`);
}

function interpolate(value: string, variables: Record<string, string>, where: string, problems: string[]): string {
  return value.replace(/\$\{(\w+)(?::([-?])([^}]*))?\}/g, (_, name: string, kind?: string, fallback?: string) => {
    if (variables[name] !== undefined) return variables[name];
    if (kind === '?') problems.push(`${where}: needs ${name}, which docker/mocks.env does not set`);
    return kind === '-' ? (fallback ?? '') : '';
  });
}

function checkCompose(
  files: DeploymentFiles,
  code: CodeFacts,
  services: string[],
  needsReadiness: Set<string>,
  imageEnv: Record<string, string>,
  problems: string[],
): void {
  const compose = files.compose.services as Record<string, any>;
  const configs: Record<string, { env: Record<string, string>; config?: Record<string, unknown> }> = {};
  const ports: Record<string, number> = { postgres: 5432, redis: 6379 };
  for (const service of services) {
    const entry = compose[service];
    if (!entry) {
      problems.push(`compose: no service ${service}`);
      continue;
    }
    const where = `compose ${service}`;
    const raw: Record<string, string> = entry.environment ?? {};
    if (raw.SERVICE !== service) problems.push(`${where}: SERVICE is ${raw.SERVICE}, not ${service}`);
    const env = { ...imageEnv };
    for (const [name, value] of Object.entries(raw))
      env[name] = interpolate(String(value), files.mocksEnv, where, problems);
    const config = code.settings[service] && loadAs(where, code.settings[service], env, problems);
    configs[service] = { env: raw, config };
    if (config) ports[service] = config.PORT as number;
    if (config && config.HOST !== '0.0.0.0')
      problems.push(`${where}: listens on ${config.HOST}, unreachable from other containers`);
  }
  for (const { system } of code.doubles) {
    const entry = compose[`${system}-double`];
    const where = `compose ${system}-double`;
    if (!entry) {
      problems.push(`compose: no service ${system}-double`);
      continue;
    }
    const command: string[] = entry.command ?? [];
    if (command[0] !== system || entry.environment?.SERVICE !== 'double')
      problems.push(`${where}: does not start the ${system} double`);
    if (!entry.profiles?.includes('mocks')) problems.push(`${where}: not in the mocks profile`);
    ports[`${system}-double`] = Number(command[command.indexOf('--port') + 1]);
    const url = new URL(entry.healthcheck?.test?.at(-1) ?? 'http://none');
    if (Number(url.port) !== ports[`${system}-double`]) {
      problems.push(`${where}: health check uses port ${url.port}, the double listens on ${ports[`${system}-double`]}`);
    }
  }
  for (const service of services) {
    const entry = compose[service];
    const known = configs[service];
    if (!entry || !known) continue;
    const where = `compose ${service}`;
    checkSettings(where, code.settings[service], Object.keys(known.env), known.config, ports, problems);
    for (const name of settingNames(code.settings[service]).secrets) {
      const value = known.env[name];
      if (value !== undefined && !/\$\{\w+/.test(String(value)))
        problems.push(`${where}: the secret ${name} is written inline`);
      const unsafe = settingTraits.get(code.settings[service].shape[name] as z.ZodType)?.developmentDefault;
      if (known.config && unsafe !== undefined && known.config[name] !== unsafe) {
        problems.push(`${where}: docker/mocks.env gives ${name} a value the double does not accept`);
      }
    }
    const url = new URL(entry.healthcheck?.test?.at(-1) ?? 'http://none');
    if (ports[service] !== undefined && Number(url.port) !== ports[service]) {
      problems.push(`${where}: health check uses port ${url.port}, the service listens on ${ports[service]}`);
    }
    checkHealthPath(`${where} health check`, url.pathname, service, needsReadiness, problems);
    const database = /^postgres:\/\/[^/]+\/(\w+)/.exec(String(known.config?.DATABASE_URL ?? ''))?.[1];
    if (database && !new RegExp(`CREATE DATABASE ${database};`).test(files.postgresInit)) {
      problems.push(`${where}: database ${database} is not created by postgres-init.sql`);
    }
  }
}

function checkKubernetes(
  files: DeploymentFiles,
  code: CodeFacts,
  services: string[],
  needsReadiness: Set<string>,
  imageEnv: Record<string, string>,
  problems: string[],
): void {
  const docs = Object.values(files.k8s).flat();
  const find = (kind: string, name: string) => docs.find((doc) => doc?.kind === kind && doc.metadata?.name === name);
  const configMaps = Object.fromEntries(
    docs.filter((doc) => doc?.kind === 'ConfigMap').map((doc) => [doc.metadata.name, doc.data ?? {}]),
  );
  const ports: Record<string, number> = Object.fromEntries(
    docs.filter((doc) => doc?.kind === 'Service').map((doc) => [doc.metadata.name, doc.spec.ports[0].port]),
  );
  const kustomization = docs.find((doc) => doc?.kind === 'Kustomization');
  for (const file of Object.keys(files.k8s).filter((file) => file !== 'kustomization.yaml')) {
    if (!kustomization?.resources?.includes(file)) problems.push(`k8s: kustomization.yaml does not list ${file}`);
  }
  for (const service of services) {
    const where = `k8s ${service}`;
    const deployment = find('Deployment', service);
    const svc = find('Service', service);
    const hpa = find('HorizontalPodAutoscaler', service);
    if (!deployment || !svc) {
      problems.push(`${where}: no Deployment and Service`);
      continue;
    }
    if (hpa?.spec?.scaleTargetRef?.name !== service) problems.push(`${where}: no HorizontalPodAutoscaler`);
    const container = deployment.spec.template.spec.containers[0];
    const env = { ...imageEnv };
    const set: string[] = [];
    for (const entry of container.env ?? []) {
      set.push(entry.name);
      const fromConfig = entry.valueFrom?.configMapKeyRef;
      const fromSecret = entry.valueFrom?.secretKeyRef;
      if (fromConfig) {
        const value = configMaps[fromConfig.name]?.[fromConfig.key];
        if (value === undefined)
          problems.push(
            `${where}: ${entry.name} refers to ${fromConfig.name}.${fromConfig.key}, which no ConfigMap holds`,
          );
        env[entry.name] = String(value ?? '');
      } else if (fromSecret) {
        env[entry.name] = `secret:${fromSecret.name}/${fromSecret.key}`;
      } else {
        env[entry.name] = String(entry.value);
      }
    }
    if (env.SERVICE !== service) problems.push(`${where}: SERVICE is ${env.SERVICE}, not ${service}`);
    const schema = code.settings[service];
    if (!schema) continue;
    for (const name of settingNames(schema).secrets) {
      const entry = (container.env ?? []).find((candidate: any) => candidate.name === name);
      if (entry && !entry.valueFrom?.secretKeyRef)
        problems.push(`${where}: the secret ${name} does not come from a Secret`);
    }
    const config = loadAs(where, schema, env, problems);
    checkSettings(where, schema, set, config, ports, problems);
    if (!config) continue;
    const http = (container.ports ?? []).find((port: any) => port.name === 'http');
    if (http?.containerPort !== config.PORT) {
      problems.push(`${where}: containerPort is ${http?.containerPort}, the service listens on ${config.PORT}`);
    }
    if (svc.spec.ports[0].targetPort !== 'http' && svc.spec.ports[0].targetPort !== config.PORT) {
      problems.push(
        `${where}: the Service targets port ${svc.spec.ports[0].targetPort}, the service listens on ${config.PORT}`,
      );
    }
    for (const [probe, expected] of [
      ['readinessProbe', undefined],
      ['livenessProbe', '/health/live'],
    ] as const) {
      const get = container[probe]?.httpGet;
      if (!get) {
        problems.push(`${where}: no ${probe}`);
        continue;
      }
      if (get.port !== 'http' && get.port !== config.PORT) problems.push(`${where}: ${probe} uses port ${get.port}`);
      if (!expected) checkHealthPath(`${where} ${probe}`, get.path, service, needsReadiness, problems);
      else if (get.path !== expected) problems.push(`${where}: ${probe} must be ${expected}`);
    }
    if (!container.resources?.requests?.cpu || !container.resources?.requests?.memory) {
      problems.push(`${where}: no cpu and memory requests`);
    }
  }
}
