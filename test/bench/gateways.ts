import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { subgraphUrlVariable } from '../../lib/services';
import { freePort } from './ports';
import { Backend, QUIET } from './stack';

export type GatewayName = 'ours' | 'stock' | 'hive';

export const GATEWAY_LABELS: Record<GatewayName, string> = {
  ours: 'our gateway (gateway/main.ts)',
  stock: 'stock @apollo/gateway (defaults)',
  hive: 'Hive Gateway (@graphql-hive/gateway)',
};

export interface RunningGateway {
  name: GatewayName;
  url: string;
  /** The process whose tree (with its workers) is sampled for memory. */
  pid: number;
  stop(): Promise<void>;
}

interface Launch {
  script: string;
  args: string[];
  env: NodeJS.ProcessEnv;
}

/**
 * How each gateway is started: its own process, the same supergraph file, `workers` workers;
 * ours with `oursEnv` on top of its defaults (a lever switched off, to measure what it does).
 */
function launchOf(
  name: GatewayName,
  root: string,
  stack: Backend,
  port: number,
  workers: number,
  oursEnv: Record<string, string>,
): Launch {
  const dist = join(root, 'dist');
  switch (name) {
    case 'ours':
      return {
        script: join(dist, 'gateway', 'main.js'),
        args: [],
        env: {
          PORT: String(port),
          SUPERGRAPH_PATH: stack.supergraphPath,
          GATEWAY_WORKERS: String(workers),
          ...Object.fromEntries(Object.entries(stack.subgraphUrls).map(([n, url]) => [subgraphUrlVariable(n), url])),
          ...oursEnv,
        },
      };
    case 'stock':
      return {
        script: join(dist, 'test', 'bench', 'gateways', 'stock-apollo.js'),
        args: [],
        env: { PORT: String(port), SUPERGRAPH_PATH: stack.supergraphPath, WORKERS: String(workers) },
      };
    case 'hive':
      return {
        script: join(root, 'node_modules', '@graphql-hive', 'gateway', 'dist', 'bin.js'),
        args: [
          'supergraph',
          stack.supergraphPath,
          ...['--config-path', join(dist, 'test', 'bench', 'gateways', 'hive.config.js')],
          ...['--fork', String(workers), '--port', String(port), '--host', '127.0.0.1'],
        ],
        env: {},
      };
  }
}

/** Polls with `{ __typename }` until the gateway answers 200; fails early if its process exits. */
async function waitForGraphQL(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: gateway exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ __typename }"}',
        signal: AbortSignal.timeout(1000),
      });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

export async function startGatewayUnderTest(
  name: GatewayName,
  root: string,
  stack: Backend,
  workers: number,
  oursEnv: Record<string, string> = {},
): Promise<RunningGateway> {
  const port = await freePort();
  const { script, args, env } = launchOf(name, root, stack, port, workers, oursEnv);
  const child = spawn(process.execPath, [script, ...args], {
    cwd: root,
    env: { ...process.env, ...QUIET, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}/graphql`;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 5000).unref();
    });
  try {
    await waitForGraphQL(url, child);
  } catch (error) {
    await stop();
    throw error;
  }
  return { name, url, pid: child.pid!, stop };
}
