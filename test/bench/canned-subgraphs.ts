import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Backend, QUIET, supergraphFor } from './stack';

/** What the canned subgraphs did: distinct requests recorded, answers replayed, requests never recorded. */
export interface CannedStats {
  recorded: number;
  replayed: number;
  misses: number;
}

/** The canned subgraphs as a backend: gateways pointed at it, then `replay()` before measuring. */
export interface CannedSubgraphs extends Backend {
  /** From now on every request is answered from the recording; none reaches the real subgraphs. */
  replay(): Promise<void>;
  stats(): Promise<CannedStats>;
  stop(): Promise<void>;
}

/**
 * Starts canned-server.ts as its own process in front of the real subgraphs, recording, and
 * writes the supergraph with its URLs pointed at it: the gateways' answers pass records every
 * request each of them makes, exactly as it makes it (Hive Gateway plans its own).
 */
export async function startCannedSubgraphs(dist: string, real: Backend): Promise<CannedSubgraphs> {
  const child = spawn(
    process.execPath,
    [join(dist, 'test', 'bench', 'canned-server.js'), JSON.stringify(real.subgraphUrls)],
    {
      env: { ...process.env, ...QUIET },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const firstLine = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`canned subgraphs exited with code ${code}`)));
    createInterface({ input: child.stdout! }).once('line', resolve);
  });
  const ports = JSON.parse(firstLine) as Record<string, number>;
  const subgraphUrls = Object.fromEntries(
    Object.entries(ports).map(([name, port]) => [name, `http://127.0.0.1:${port}/graphql`]),
  );
  const control = (path: string, method = 'GET') =>
    fetch(new URL(path, Object.values(subgraphUrls)[0]), { method }).then((r) => r.json() as Promise<CannedStats>);
  const supergraphPath = join(mkdtempSync(join(tmpdir(), 'hub-bench-canned-')), 'supergraph.graphql');
  writeFileSync(supergraphPath, supergraphFor(subgraphUrls));
  return {
    subgraphUrls,
    supergraphPath,
    // the real services behind still store the audit entries of the recording and earlier load
    settle: real.settle,
    replay: async () => void (await control('/__canned/replay', 'POST')),
    stats: () => control('/__canned/stats'),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
