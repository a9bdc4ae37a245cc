import { DEFAULT_CALL_SETTINGS } from '../../adapters/kit';
import { DOUBLES } from '../../adapters/kit/mock/registry';
import { RunningDouble } from '../../adapters/kit/mock/start';
import { PARTY_BUILDING_DOUBLE_CREDENTIALS } from '../../adapters/party-building/mock';
import { DOUBLE_CREDENTIALS as HEALTH_INSURANCE_CREDENTIALS } from '../../adapters/health-insurance/mock';
import { DOUBLE_CREDENTIALS as PENSIONS_CREDENTIALS } from '../../adapters/pensions/mock';
import { LegacySystemId } from '../../adapters/kit/systems';
import { randomBytes } from 'node:crypto';
import { startGateway } from '../../gateway';
import { Identity } from '../../lib/auth/identity';
import { DEFAULT_AUDIENCE, DEVELOPMENT_ISSUER, TokenSettings } from '../../lib/auth/tokens';
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
import { startQueue } from '../../subgraphs/queue';
import { DEVELOPMENT_TERMINALS } from '../../subgraphs/queue/terminal/terminals';
import { SUBGRAPHS } from '../../lib/services';
import { startTestAudit, TestAudit } from './audit';
import { createTestDatabase } from './database';
import { GraphQLAnswer, postGraphQL } from './graphql';
import { testToken } from './tokens';

export interface TestHub {
  gateway: RunningServer;
  subgraphs: Record<string, RunningServer>;
  doubles: Record<LegacySystemId, RunningDouble>;
  /** The cases subgraph with its back-office dispatcher. */
  cases: RunningCases;
  /** The audit subgraph (also in `subgraphs`), its database, and `flush()` to send every subgraph's spool. */
  audit: TestAudit;
  /** Each subgraph's own signing secret, by name: sign a direct call with `postGraphQL(…, { secret })`. */
  secrets: Record<string, string>;
  /** How the hub's gateway verifies tokens: give a second gateway the same settings. */
  auth: TokenSettings;
  /**
   * POSTs an operation to the gateway over HTTP: anonymous, or as `as.identity` (with a token the
   * hub's gateway accepts), or with `as.token` as it is.
   */
  query(
    query: string,
    variables?: Record<string, unknown>,
    as?: { identity?: Identity; token?: string },
  ): Promise<GraphQLAnswer>;
  /** A bearer token for `identity` that the hub's gateway accepts (`ttlSeconds` default one hour). */
  token(identity: Identity, ttlSeconds?: number): Promise<string>;
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

/** A random secret, as `npm start` makes for each run. */
const randomSecret = () => randomBytes(32).toString('hex');

/**
 * The whole hub as in production, in one process on ephemeral ports: the six legacy doubles,
 * each subgraph a real HTTP server (catalogue, cases and queue on throwaway databases) with its
 * own signing secret, and the gateway on the checked-in supergraph with its own token key.
 */
export async function startTestHub(label: string, options: TestHubOptions = {}): Promise<TestHub> {
  const logger = createLogger('test');
  const callSettings = options.breakerResetMs
    ? { ...TEST_CALL_SETTINGS, breaker: { ...TEST_CALL_SETTINGS.breaker, resetTimeoutMs: options.breakerResetMs } }
    : TEST_CALL_SETTINGS;
  const databases = [
    await createTestDatabase(`${label}_catalogue`),
    await createTestDatabase(`${label}_cases`),
    await createTestDatabase(`${label}_queue`),
  ];
  const [catalogueDb, casesDb, queueDb] = databases;
  const secrets = Object.fromEntries(SUBGRAPHS.map(({ name }) => [name, randomSecret()]));
  const tokenSecret = randomSecret();
  const audit = await startTestAudit(label, secrets.audit, logger);

  const started = await Promise.all(
    DOUBLES.map(async ({ system, start }) => [system, await start({ port: 0 })] as const),
  );
  const doubles = Object.fromEntries(started) as Record<LegacySystemId, RunningDouble>;
  const legacy = (system: LegacySystemId, path = '') => ({
    url: `${doubles[system].url}${path}`,
    ...callSettings,
  });

  const catalogue = await startCatalogue({
    port: 0,
    databaseUrl: catalogueDb.url,
    logger,
    secret: secrets.catalogue,
  });
  const recorded = (service: string) => ({ audit: audit.recorderFor(service) });
  const subgraphs: Record<string, RunningServer> = {
    catalogue,
    forestry: await startForestry({
      port: 0,
      logger,
      secret: secrets.forestry,
      ...recorded('forestry'),
      harvest: legacy('forestry-harvest', '/lmcf/xkz'),
      transport: legacy('forestry-transport'),
      landUse: legacy('forestry-land-use'),
    }),
    'health-insurance': await startHealthInsurance({
      port: 0,
      logger,
      secret: secrets['health-insurance'],
      ...recorded('health-insurance'),
      client: {
        baseUrl: doubles['health-insurance'].url,
        ...HEALTH_INSURANCE_CREDENTIALS,
        settings: callSettings,
      },
    }),
    pensions: await startPensions({
      port: 0,
      logger,
      secret: secrets.pensions,
      ...recorded('pensions'),
      client: { baseUrl: doubles.pensions.url, ...PENSIONS_CREDENTIALS, settings: callSettings },
    }),
    'party-building': await startPartyBuilding({
      port: 0,
      logger,
      secret: secrets['party-building'],
      ...recorded('party-building'),
      partyBuilding: { ...legacy('party-building'), ...PARTY_BUILDING_DOUBLE_CREDENTIALS },
    }),
  };
  const departments = Object.entries(subgraphs).filter(([name]) => name !== 'catalogue');
  const cases = await startCases({
    port: 0,
    secret: secrets.cases,
    ...recorded('cases'),
    databaseUrl: casesDb.url,
    catalogueUrl: catalogue.url,
    catalogueSecret: secrets.catalogue,
    departmentUrls: Object.fromEntries(departments.map(([name, server]) => [name, server.url])),
    departmentSecrets: Object.fromEntries(departments.map(([name]) => [name, secrets[name]])),
    dispatch: {
      background: options.dispatch?.background ?? false,
      settings: { ...TEST_DISPATCH_SETTINGS, ...options.dispatch?.settings },
    },
    logger,
  });
  subgraphs.cases = cases;
  subgraphs.queue = await startQueue({
    port: 0,
    secret: secrets.queue,
    ...recorded('queue'),
    databaseUrl: queueDb.url,
    catalogueUrl: catalogue.url,
    catalogueSecret: secrets.catalogue,
    terminals: DEVELOPMENT_TERMINALS,
    logger,
  });
  subgraphs.audit = audit.server;
  const auth = { secret: tokenSecret, issuer: DEVELOPMENT_ISSUER, audience: DEFAULT_AUDIENCE };
  const gateway = await startGateway({
    supergraphSdl: loadSupergraphSdl(),
    subgraphUrls: Object.fromEntries(Object.entries(subgraphs).map(([name, server]) => [name, server.url])),
    subgraphSecrets: secrets,
    auth,
    port: 0,
    logger,
  });
  const token = (identity: Identity, ttlSeconds?: number) => testToken(identity, { ...auth, ttlSeconds });
  // a test may stop a double to play an outage; stop() then leaves it be
  const stoppedDoubles = new Set<LegacySystemId>();
  const doublePorts = Object.fromEntries(Object.entries(doubles).map(([system, double]) => [system, double.port]));
  return {
    gateway,
    subgraphs,
    doubles,
    cases,
    audit,
    secrets,
    auth,
    async query(query, variables, as = {}) {
      const bearer = as.token ?? (as.identity ? await token(as.identity) : undefined);
      return postGraphQL(gateway.url, query, variables, { signed: false, token: bearer });
    },
    token,
    dispatch: () => cases.dispatcher.runOnce({ poll: true }),
    async stopDouble(system) {
      await doubles[system].stop();
      stoppedDoubles.add(system);
    },
    async restartDouble(system) {
      const registered = DOUBLES.find((entry) => entry.system === system)!;
      doubles[system] = await registered.start({ port: doublePorts[system] });
      stoppedDoubles.delete(system);
    },
    async stop() {
      await gateway.stop();
      // the audit subgraph last: the others send what they still hold when they stop
      await Promise.all(
        Object.values(subgraphs)
          .filter((server) => server !== audit.server)
          .map((server) => server.stop()),
      );
      await audit.stop();
      const running = Object.entries(doubles).filter(([system]) => !stoppedDoubles.has(system as LegacySystemId));
      await Promise.all(running.map(([, double]) => double.stop()));
      await Promise.all(databases.map((database) => database.drop()));
    },
  };
}
