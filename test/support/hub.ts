import { loadCallSettings } from '../../adapters/kit';
import { DOUBLES } from '../../adapters/kit/mock/registry';
import { RunningDouble } from '../../adapters/kit/mock/start';
import { PARTY_BUILDING_DOUBLE_CREDENTIALS } from '../../adapters/party-building/mock';
import { healthInsuranceClientConfig } from '../../adapters/health-insurance';
import { pensionsClientConfig } from '../../adapters/pensions';
import { LegacySystemId } from '../../adapters/kit/systems';
import { startGateway } from '../../gateway';
import { loadSupergraphSdl } from '../../gateway/supergraph';
import { createLogger } from '../../lib/logger';
import { RunningServer } from '../../lib/server';
import { startCases } from '../../subgraphs/cases';
import { startCatalogue } from '../../subgraphs/catalogue';
import { startForestry } from '../../subgraphs/forestry';
import { startHealthInsurance } from '../../subgraphs/health-insurance';
import { startPartyBuilding } from '../../subgraphs/party-building';
import { startPensions } from '../../subgraphs/pensions';
import { createTestDatabase } from './database';
import { GraphQLAnswer, postGraphQL } from './graphql';

export interface TestHub {
  gateway: RunningServer;
  subgraphs: Record<string, RunningServer>;
  doubles: Record<LegacySystemId, RunningDouble>;
  /** POSTs an operation to the gateway over HTTP. */
  query(query: string, variables?: Record<string, unknown>): Promise<GraphQLAnswer>;
  stop(): Promise<void>;
}

/** Fast-failing call settings for tests: a short timeout and no waiting between retries. */
const TEST_CALL_SETTINGS = {
  ...loadCallSettings('TEST', {}),
  timeoutMs: 1500,
  retry: { attempts: 2, baseDelayMs: 10 },
};

/**
 * The whole hub as in production, in one process on ephemeral ports: the six legacy doubles,
 * each subgraph a real HTTP server (catalogue and cases on throwaway databases), and the
 * gateway on the checked-in supergraph.
 */
export async function startTestHub(label: string): Promise<TestHub> {
  const logger = createLogger('test');
  const databases = [await createTestDatabase(`${label}_catalogue`), await createTestDatabase(`${label}_cases`)];
  const [catalogueDb, casesDb] = databases;

  const started = await Promise.all(DOUBLES.map(async ({ system, start }) => [system, await start({ port: 0 })] as const));
  const doubles = Object.fromEntries(started) as Record<LegacySystemId, RunningDouble>;
  const legacy = (system: LegacySystemId, path = '') => ({ url: `${doubles[system].url}${path}`, ...TEST_CALL_SETTINGS });

  const catalogue = await startCatalogue({ port: 0, databaseUrl: catalogueDb.url, logger });
  const subgraphs: Record<string, RunningServer> = {
    catalogue,
    cases: await startCases({ port: 0, databaseUrl: casesDb.url, catalogueUrl: catalogue.url, logger }),
    forestry: await startForestry({
      port: 0,
      logger,
      harvest: legacy('forestry-harvest', '/lmcf/xkz'),
      transport: legacy('forestry-transport'),
      landUse: legacy('forestry-land-use'),
    }),
    'health-insurance': await startHealthInsurance({
      port: 0,
      logger,
      client: { ...healthInsuranceClientConfig({ HEALTH_INSURANCE_URL: doubles['health-insurance'].url }), settings: TEST_CALL_SETTINGS },
    }),
    pensions: await startPensions({
      port: 0,
      logger,
      client: { ...pensionsClientConfig({ PENSIONS_URL: doubles.pensions.url }), settings: TEST_CALL_SETTINGS },
    }),
    'party-building': await startPartyBuilding({
      port: 0,
      logger,
      partyBuilding: { ...legacy('party-building'), ...PARTY_BUILDING_DOUBLE_CREDENTIALS },
    }),
  };
  const gateway = await startGateway({
    supergraphSdl: loadSupergraphSdl(),
    subgraphUrls: Object.fromEntries(Object.entries(subgraphs).map(([name, server]) => [name, server.url])),
    port: 0,
    logger,
  });
  return {
    gateway,
    subgraphs,
    doubles,
    query: (query, variables) => postGraphQL(gateway.url, query, variables),
    async stop() {
      await gateway.stop();
      await Promise.all(Object.values(subgraphs).map((server) => server.stop()));
      await Promise.all(Object.values(doubles).map((double) => double.stop()));
      await Promise.all(databases.map((database) => database.drop()));
    },
  };
}
