import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOUBLES } from '../../adapters/kit/mock/registry';
import { LegacySystemId } from '../../adapters/kit/systems';
import { loadSupergraphSdl } from '../../gateway/supergraph';
import { legacySystemUrlVariable, SUBGRAPHS, subgraphUrlVariable } from '../../lib/services';
import { ServiceProcess, startProcess, stopAll, waitUntilHealthy } from '../../scripts/processes';
import { createTestDatabase } from '../support/database';
import { cpuMsOf } from './cpu';
import { freePort } from './ports';

/** What the gateways under test call: subgraphs by name, and the supergraph pointing at them. */
export interface Backend {
  subgraphUrls: Record<string, string>;
  /** The checked-in supergraph with its subgraph URLs pointed at these subgraphs: every gateway reads it. */
  supergraphPath: string;
  /** The legacy doubles behind the subgraphs, when they are real (their journals count legacy calls). */
  doubleUrls?: Record<LegacySystemId, string>;
  /** Resolves once the backend has finished the work earlier load left it (BenchStack.settle). */
  settle?(): Promise<void>;
}

/** Everything behind the gateways, each its own process on a loopback port, as in production. */
export interface BenchStack extends Backend {
  doubleUrls: Record<LegacySystemId, string>;
  /**
   * Waits until the services have caught up with the load before: the subgraphs send their
   * spooled audit entries a second later and the audit subgraph stores them in the background, so
   * right after a query's load the audit subgraph can still be busy for many seconds — on a shared
   * machine, CPU taken from whatever is measured next.
   */
  settle(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * A service using less than this share of a core over a second is idle: every one of them has a
 * few timers (audit rounds, pool checks) costing 1–2 %, while catching up on work takes a core.
 */
const IDLE_SHARE = 0.1;
const SETTLE_LIMIT_MS = 120_000;

async function untilIdle(pids: number[]): Promise<void> {
  const deadline = Date.now() + SETTLE_LIMIT_MS;
  while (Date.now() < deadline) {
    const before = pids.map(cpuMsOf);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    if (pids.every((pid, index) => cpuMsOf(pid) - before[index] < IDLE_SHARE * 1000)) return;
  }
  console.log(`the services were still busy after ${SETTLE_LIMIT_MS / 1000} s; measuring anyway`);
}

/** Quiet services: a log line per request would cost more CPU than some of the work measured. */
export const QUIET = { LOG_LEVEL: 'warn' };

/** Where a subgraph's `main.ts` expects each legacy system (the harvest SOAP endpoint has a path). */
function legacyEnv(doubleUrls: Record<LegacySystemId, string>): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(doubleUrls).map(([system, url]) => [
      legacySystemUrlVariable(system),
      system === 'forestry-harvest' ? `${url}/lmcf/xkz` : url,
    ]),
  );
}

/** The supergraph as checked in, its `@join__graph(url:)` pointing at the given subgraphs. */
export function supergraphFor(subgraphUrls: Record<string, string>): string {
  return loadSupergraphSdl().replace(/@join__graph\(name: "([^"]+)", url: "[^"]+"\)/g, (whole, name: string) =>
    subgraphUrls[name] ? `@join__graph(name: "${name}", url: "${subgraphUrls[name]}")` : whole,
  );
}

/**
 * Starts the legacy doubles and the subgraphs from `dist/` (catalogue and cases on throwaway
 * PostgreSQL databases, dropped by `stop()`; queue and audit on SQLite files of the run), and
 * writes the matching supergraph. The signing secrets come from the environment (trust.ts).
 */
export async function startStack(dist: string): Promise<BenchStack> {
  const services: ServiceProcess[] = [];
  const workDir = mkdtempSync(join(tmpdir(), 'hub-bench-'));
  const databases = [await createTestDatabase('bench_catalogue'), await createTestDatabase('bench_cases')];
  const stop = async () => {
    await stopAll(services);
    for (const database of databases) await database.drop();
    rmSync(workDir, { recursive: true, force: true });
  };
  try {
    const doubleUrls = {} as Record<LegacySystemId, string>;
    for (const double of DOUBLES) {
      const port = await freePort();
      doubleUrls[double.system] = `http://127.0.0.1:${port}`;
      const service = startProcess(
        `${double.system} double`,
        join(dist, 'adapters', 'kit', 'mock', 'cli.js'),
        [double.system, '--port', String(port)],
        QUIET,
        `http://127.0.0.1:${port}/__admin/faults`,
      );
      services.push(service);
    }
    await Promise.all(services.map((service) => waitUntilHealthy(service)));

    const subgraphUrls: Record<string, string> = {};
    const ports = Object.fromEntries(await Promise.all(SUBGRAPHS.map(async ({ name }) => [name, await freePort()])));
    for (const subgraph of SUBGRAPHS) subgraphUrls[subgraph.name] = `http://127.0.0.1:${ports[subgraph.name]}/graphql`;
    const [catalogueDb, casesDb] = databases;
    const databaseOf: Record<string, string> = {
      catalogue: catalogueDb.url,
      cases: casesDb.url,
      queue: join(workDir, 'queue.sqlite'),
      audit: join(workDir, 'audit.sqlite'),
    };
    // every subgraph records personal-data reads in this run's audit subgraph, spooling here
    // meanwhile; set in this process too, for the subgraphs the scale section starts
    process.env[subgraphUrlVariable('audit')] = subgraphUrls.audit;
    process.env.AUDIT_SPOOL_DIR = join(workDir, 'audit-spool');

    // the catalogue first: cases asks it for items while the others start
    for (const group of [
      SUBGRAPHS.filter(({ name }) => name === 'catalogue'),
      SUBGRAPHS.filter(({ name }) => name !== 'catalogue'),
    ]) {
      const started = group.map((subgraph) => {
        const service = startProcess(
          subgraph.name,
          join(dist, 'subgraphs', subgraph.folder, 'main.js'),
          [],
          {
            ...QUIET,
            ...legacyEnv(doubleUrls),
            PORT: String(ports[subgraph.name]),
            CATALOGUE_URL: subgraphUrls.catalogue,
            ...(databaseOf[subgraph.name] && { DATABASE_URL: databaseOf[subgraph.name] }),
          },
          subgraphUrls[subgraph.name].replace(/\/graphql$/, '/health/live'),
        );
        services.push(service);
        return service;
      });
      await Promise.all(started.map((service) => waitUntilHealthy(service)));
    }

    const supergraphPath = join(workDir, 'supergraph.graphql');
    writeFileSync(supergraphPath, supergraphFor(subgraphUrls));
    const settle = () => untilIdle(services.map(({ child }) => child.pid!));
    return { subgraphUrls, doubleUrls, supergraphPath, settle, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
