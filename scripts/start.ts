import { join } from 'node:path';
import { DOUBLES } from '../adapters/kit/mock/registry';
import { dataDir, repoRoot } from '../lib/paths';
import {
  defaultSubgraphUrl,
  GATEWAY_DEFAULT_PORT,
  legacySystemUrlVariable,
  SUBGRAPHS,
  subgraphUrlVariable,
} from '../lib/services';
import { ServiceProcess, startProcess, stopAll, waitUntilHealthy } from './processes';

/**
 * `npm start`: the whole hub on its embedded defaults — the legacy doubles (for each system whose
 * real endpoint is not configured), every subgraph and the gateway as their own processes, SQLite
 * files under data/, the catalogue seeded on first start. Ctrl-C stops all.
 */
async function main() {
  const dist = join(repoRoot(), 'dist');
  const services: ServiceProcess[] = [];
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await stopAll(services);
    process.exit(code);
  };
  process.once('SIGINT', () => void shutdown(0));
  process.once('SIGTERM', () => void shutdown(0));

  const subgraphEnv = Object.fromEntries(
    SUBGRAPHS.map((subgraph) => [
      subgraphUrlVariable(subgraph.name),
      process.env[subgraphUrlVariable(subgraph.name)] ?? defaultSubgraphUrl(subgraph),
    ]),
  );
  const catalogue = SUBGRAPHS.find((subgraph) => subgraph.name === 'catalogue')!;

  try {
    for (const double of DOUBLES.filter(({ system }) => !process.env[legacySystemUrlVariable(system)])) {
      const service = startProcess(
        `${double.system} double`,
        join(dist, 'adapters', 'kit', 'mock', 'cli.js'),
        [double.system, '--port', String(double.defaultPort)],
        {},
        `http://127.0.0.1:${double.defaultPort}/__admin/faults`,
      );
      services.push(service);
    }
    await Promise.all(services.map((service) => waitUntilHealthy(service)));

    for (const subgraph of SUBGRAPHS) {
      const env: NodeJS.ProcessEnv = {
        PORT: String(subgraph.defaultPort),
        CATALOGUE_URL: defaultSubgraphUrl(catalogue),
        // each subgraph owns its database: one SQLite file per service unless configured otherwise
        ...(subgraph.ownsDatabase && { DATABASE_URL: join(dataDir(), `${subgraph.name}.sqlite`) }),
      };
      const service = startProcess(
        subgraph.name,
        join(dist, 'subgraphs', subgraph.folder, 'main.js'),
        [],
        env,
        // a subgraph listens once it has started (database open and migrated): live is started
        `http://127.0.0.1:${subgraph.defaultPort}/health/live`,
      );
      services.push(service);
      await waitUntilHealthy(service);
    }
    const gatewayPort = Number(process.env.PORT ?? GATEWAY_DEFAULT_PORT);
    const gateway = startProcess(
      'gateway',
      join(dist, 'gateway', 'main.js'),
      [],
      { ...subgraphEnv, PORT: String(gatewayPort) },
      `http://127.0.0.1:${gatewayPort}/health/ready`,
    );
    services.push(gateway);
    await waitUntilHealthy(gateway);

    for (const service of services) {
      service.child.once('exit', (code) => {
        if (stopping) return;
        console.error(`${service.name} stopped unexpectedly (exit code ${code}); stopping the hub`);
        void shutdown(1);
      });
    }
    console.log(`\nThe hub is ready: http://127.0.0.1:${gatewayPort}/graphql   (Ctrl-C stops everything)\n`);
  } catch (error) {
    console.error(`The hub could not start: ${(error as Error).message}`);
    await shutdown(1);
  }
}

void main();
