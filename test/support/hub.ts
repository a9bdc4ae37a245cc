import { DEFAULT_CALL_SETTINGS } from '../../adapters/kit';
import { DOUBLES } from '../../adapters/kit/mock/registry';
import { RunningDouble } from '../../adapters/kit/mock/start';
import { PARTY_BUILDING_DOUBLE_CREDENTIALS } from '../../adapters/party-building/mock';
import { DOUBLE_CREDENTIALS as HEALTH_INSURANCE_CREDENTIALS } from '../../adapters/health-insurance/mock';
import { DOUBLE_CREDENTIALS as PENSIONS_CREDENTIALS } from '../../adapters/pensions/mock';
import { LegacySystemId } from '../../adapters/kit/systems';
import { startGateway } from '../../gateway';
import { loadSupergraphSdl } from '../../gateway/supergraph';
import { createLogger } from '../../lib/logger';
import { RunningServer } from '../../lib/server';
import { RunningCases, startCases } from '../../subgraphs/cases';
import { DispatchRound, DispatcherSettings } from '../../subgraphs/cases/dispatch/dispatcher';
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
  /** The cases subgraph with its back-office dispatcher. */
  cases: RunningCases;
  /** POSTs an operation to the gateway over HTTP. */
  query(query: string, variables?: Record<string, unknown>): Promise<GraphQLAnswer>;
  /** One dispatcher round: delivers due dispatches, then polls the departments for decisions. */
  dispatch(): Promise<DispatchRound>;
  /** Stops a legacy double (its port refuses connections), as an outage. */
  stopDouble(system: LegacySystemId): Promise<void>;
  /** Starts a stopped double again on the same port: a fresh process of the legacy system. */
  restartDouble(system: LegacySystemId): Promise<void>;
  stop(): Promise<void>;
}

export interface TestHubOptions {
  /**
   * The back office: `background: true` runs the dispatcher's own loop (default: rounds only
   * when a test calls `hub.dispatch()`); settings default to short test intervals.
   */
  dispatch?: { background?: boolean; settings?: Partial<DispatcherSettings> };
  /** How long an open circuit breaker waits before letting a probe through (default as in production). */
  breakerResetMs?: number;
}

/** Back-office timings for tests: retries within tens of milliseconds, a poll at every round. */
const TEST_DISPATCH_SETTINGS: Partial<DispatcherSettings> = {
  intervalMs: 50,
  leaseMs: 5_000,
  backoff: { baseDelayMs: 20, maxDelayMs: 200 },
  pollIntervalMs: 0,
};

/** Fast-failing call settings for tests: a short timeout and no waiting between retries. */
const TEST_CALL_SETTINGS = {
  ...DEFAULT_CALL_SETTINGS,
  timeoutMs: 1500,
  retry: { attempts: 2, baseDelayMs: 10 },
};

/**
 * The whole hub as in production, in one process on ephemeral ports: the six legacy doubles,
 * each subgraph a real HTTP server (catalogue and cases on throwaway databases), and the
 * gateway on the checked-in supergraph.
 */
export async function startTestHub(label: string, options: TestHubOptions = {}): Promise<TestHub> {
  const logger = createLogger('test');
  const callSettings = options.breakerResetMs
    ? { ...TEST_CALL_SETTINGS, breaker: { ...TEST_CALL_SETTINGS.breaker, resetTimeoutMs: options.breakerResetMs } }
    : TEST_CALL_SETTINGS;
  const databases = [await createTestDatabase(`${label}_catalogue`), await createTestDatabase(`${label}_cases`)];
  const [catalogueDb, casesDb] = databases;

  const started = await Promise.all(
    DOUBLES.map(async ({ system, start }) => [system, await start({ port: 0 })] as const),
  );
  const doubles = Object.fromEntries(started) as Record<LegacySystemId, RunningDouble>;
  const legacy = (system: LegacySystemId, path = '') => ({
    url: `${doubles[system].url}${path}`,
    ...callSettings,
  });

  const catalogue = await startCatalogue({ port: 0, databaseUrl: catalogueDb.url, logger });
  const subgraphs: Record<string, RunningServer> = {
    catalogue,
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
      client: {
        baseUrl: doubles['health-insurance'].url,
        ...HEALTH_INSURANCE_CREDENTIALS,
        settings: callSettings,
      },
    }),
    pensions: await startPensions({
      port: 0,
      logger,
      client: { baseUrl: doubles.pensions.url, ...PENSIONS_CREDENTIALS, settings: callSettings },
    }),
    'party-building': await startPartyBuilding({
      port: 0,
      logger,
      partyBuilding: { ...legacy('party-building'), ...PARTY_BUILDING_DOUBLE_CREDENTIALS },
    }),
  };
  const cases = await startCases({
    port: 0,
    databaseUrl: casesDb.url,
    catalogueUrl: catalogue.url,
    departmentUrls: Object.fromEntries(Object.entries(subgraphs).map(([name, server]) => [name, server.url])),
    dispatch: {
      background: options.dispatch?.background ?? false,
      settings: { ...TEST_DISPATCH_SETTINGS, ...options.dispatch?.settings },
    },
    logger,
  });
  subgraphs.cases = cases;
  const gateway = await startGateway({
    supergraphSdl: loadSupergraphSdl(),
    subgraphUrls: Object.fromEntries(Object.entries(subgraphs).map(([name, server]) => [name, server.url])),
    port: 0,
    logger,
  });
  const doublePorts = Object.fromEntries(Object.entries(doubles).map(([system, double]) => [system, double.port]));
  return {
    gateway,
    subgraphs,
    doubles,
    cases,
    query: (query, variables) => postGraphQL(gateway.url, query, variables),
    dispatch: () => cases.dispatcher.runOnce({ poll: true }),
    stopDouble: (system) => doubles[system].stop(),
    async restartDouble(system) {
      const registered = DOUBLES.find((entry) => entry.system === system)!;
      doubles[system] = await registered.start({ port: doublePorts[system] });
    },
    async stop() {
      await gateway.stop();
      await Promise.all(Object.values(subgraphs).map((server) => server.stop()));
      await Promise.all(Object.values(doubles).map((double) => double.stop()));
      await Promise.all(databases.map((database) => database.drop()));
    },
  };
}
