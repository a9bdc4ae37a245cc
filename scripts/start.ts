import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { DOUBLES } from '../adapters/kit/mock/registry';
import { developmentTokenKey } from '../lib/auth/development-key';
import { OWN_SECRET_VARIABLE, subgraphSecretVariable } from '../lib/auth/subgraph-secrets';
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
 * files under data/, the catalogue seeded on first start. Each subgraph gets a fresh random
 * signing secret for this run (the gateway and the hub services that call it get it too); the
 * gateway verifies tokens with AUTH_JWT_SECRET, or the development key of the data dir, with
 * which `npm run token` signs. Ctrl-C stops all.
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
  // the callers' view of the secrets: SUBGRAPH_<NAME>_SECRET for each subgraph
  const secretEnv = Object.fromEntries(
    SUBGRAPHS.map((subgraph) => [subgraphSecretVariable(subgraph.name), randomBytes(32).toString('hex')]),
  );
  const tokenKey = process.env.AUTH_JWT_SECRET ?? developmentTokenKey();

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
        ...secretEnv,
        [OWN_SECRET_VARIABLE]: secretEnv[subgraphSecretVariable(subgraph.name)],
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
      { ...subgraphEnv, ...secretEnv, AUTH_JWT_SECRET: tokenKey, PORT: String(gatewayPort) },
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
    console.log(`\nThe hub is ready: http://127.0.0.1:${gatewayPort}/graphql   (Ctrl-C stops everything)`);
    console.log(tokenHelp(process.env.AUTH_JWT_SECRET !== undefined));
  } catch (error) {
    console.error(`The hub could not start: ${(error as Error).message}`);
    await shutdown(1);
  }
}

/** How to get a token for the running hub: only the public catalogue and calendar answer without one. */
function tokenHelp(keyFromEnvironment: boolean): string {
  return [
    '',
    'Without a token only the public catalogue and calendar answer. A development token, one per role:',
    '  npm run token -- --role CITIZEN --subject 532503198001010015',
    '  npm run token -- --role WINDOW_CLERK --subject clerk-01 --window CW-LIVELIHOOD',
    '  npm run token -- --role DEPARTMENT_OFFICER --subject officer-01 --department LYJ',
    '  npm run token -- --role SUPERVISOR --subject supervisor-01',
    '  npm run token -- --role ADMIN --subject admin-01',
    '  npm run token -- --role TERMINAL --subject TM-F1-01',
    'then send it as  Authorization: Bearer <token>' +
      (keyFromEnvironment ? '  (the token command signs with the same AUTH_JWT_SECRET)' : ''),
    '',
  ].join('\n');
}

void main();
