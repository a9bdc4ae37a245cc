import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { repoRoot } from '../../../lib/paths';

// gateway/workers.ts as the gateway's main uses it, in a real process tree (node:cluster needs one):
// N workers serve one port, a worker that dies is replaced, SIGTERM stops them all and the primary.
const WORKERS = join(repoRoot(), 'dist', 'gateway', 'workers.js');

/** A primary running `runInWorkers(count, …)`; each worker serves its pid on a port they share. */
const PROGRAM = `
  const { runInWorkers } = require(${JSON.stringify(WORKERS)});
  const { createServer } = require('node:http');
  runInWorkers(Number(process.argv[1]), () => {
    const server = createServer((req, res) => res.end(String(process.pid)));
    server.listen(0, '127.0.0.1', () => console.log(JSON.stringify({ pid: process.pid, port: server.address().port })));
    process.once('SIGTERM', () => server.close(() => process.exit(0)));
  });
`;

interface Primary {
  child: ChildProcess;
  /** Each worker's ready line, in the order they came. */
  workers: { pid: number; port: number }[];
  /** Resolves once `count` workers have said they are ready. */
  ready(count: number): Promise<void>;
}

function startPrimary(workers: number): Primary {
  const child = spawn(process.execPath, ['-e', PROGRAM, String(workers)], { stdio: ['ignore', 'pipe', 'pipe'] });
  const primary: Primary = {
    child,
    workers: [],
    ready: (count) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`${primary.workers.length} of ${count} workers ready`)),
          10_000,
        );
        const check = () => {
          if (primary.workers.length < count) return;
          clearTimeout(timer);
          resolve();
        };
        child.stdout!.on('data', () => setImmediate(check));
        check();
      }),
  };
  createInterface({ input: child.stdout! }).on('line', (line) => primary.workers.push(JSON.parse(line)));
  return primary;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });

/** Asks the shared port `times` times, each on a new connection: which worker answered. */
async function answeringPids(port: number, times: number): Promise<Set<number>> {
  const pids = new Set<number>();
  for (let request = 0; request < times; request++) {
    const response = await fetch(`http://127.0.0.1:${port}/`, { headers: { connection: 'close' } });
    pids.add(Number(await response.text()));
  }
  return pids;
}

let primary: Primary | undefined;
beforeAll(() => {
  if (!existsSync(WORKERS)) throw new Error(`${WORKERS} is missing: build first (npm test does, or npx tsc -p .)`);
});
afterEach(async () => {
  if (primary && primary.child.exitCode === null) {
    primary.child.kill('SIGKILL');
    for (const { pid } of primary.workers) if (alive(pid)) process.kill(pid, 'SIGKILL');
  }
});

test('N workers share one port, and each serves', async () => {
  primary = startPrimary(3);
  await primary.ready(3);
  const pids = primary.workers.map(({ pid }) => pid);
  expect(new Set(pids).size).toBe(3);
  expect(pids).not.toContain(primary.child.pid);
  expect(new Set(primary.workers.map(({ port }) => port)).size).toBe(1);
  expect([...(await answeringPids(primary.workers[0].port, 9))].sort()).toEqual([...pids].sort());
});

test('a worker that dies is replaced; SIGTERM stops every worker, then the primary, cleanly', async () => {
  primary = startPrimary(2);
  await primary.ready(2);
  const [victim] = primary.workers;
  process.kill(victim.pid, 'SIGKILL');
  await primary.ready(3);
  const serving = primary.workers.slice(1).map(({ pid }) => pid);
  expect(new Set(serving).size).toBe(2);
  expect(serving).not.toContain(victim.pid);
  expect([...(await answeringPids(primary.workers[0].port, 6))].sort()).toEqual([...serving].sort());

  primary.child.kill('SIGTERM');
  expect(await exited(primary.child)).toBe(0);
  expect(serving.filter(alive)).toEqual([]);
});

test('one worker runs in the process itself (no cluster)', async () => {
  primary = startPrimary(1);
  await primary.ready(1);
  expect(primary.workers.map(({ pid }) => pid)).toEqual([primary.child.pid]);
  primary.child.kill('SIGTERM');
  expect(await exited(primary.child)).toBe(0);
});
