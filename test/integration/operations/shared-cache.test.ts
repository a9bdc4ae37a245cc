import { createHash, randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import { startGateway } from '../../../gateway';
import { loadSupergraphSdl } from '../../../gateway/supergraph';
import { createLogger } from '../../../lib/logger';
import { RunningServer } from '../../../lib/server';
import { sharedCache } from '../../../lib/shared-cache';
import { startCatalogue } from '../../../subgraphs/catalogue';
import { createTestDatabase } from '../../support/database';

// Two gateway replicas with REDIS_URL set share automatic persisted queries: a query registered
// at one is found by its hash at the other. A replica without Redis does not know it.
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const QUERY = '{ dueDate(acceptedOn: "2017-09-29", workingDays: 2) }';
const persisted = { persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(QUERY).digest('hex') } };

let redisUp = false;
let catalogue: RunningServer;
const gateways: RunningServer[] = [];
const closers: (() => Promise<void>)[] = [];

beforeAll(async () => {
  const probe = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  redisUp = await probe.connect().then(
    () => probe.ping().then(() => true),
    () => false,
  );
  probe.disconnect();
  if (!redisUp) {
    console.warn(`shared-cache: skipped, no Redis at ${REDIS_URL}`);
    return;
  }
  const database = await createTestDatabase('ops_shared_cache');
  closers.push(database.drop);
  const logger = createLogger('gateway');
  catalogue = await startCatalogue({ port: 0, databaseUrl: database.url, logger });
  // a prefix of its own, so that runs never see each other's entries
  const prefix = `hub-test:${randomBytes(4).toString('hex')}:`;
  for (const redisUrl of [REDIS_URL, REDIS_URL, undefined]) {
    const shared = sharedCache(redisUrl, logger, prefix);
    closers.unshift(shared.close);
    const gateway = await startGateway({
      supergraphSdl: loadSupergraphSdl(),
      subgraphUrls: { catalogue: catalogue.url },
      port: 0,
      logger,
      cache: shared.cache,
    });
    gateways.push(gateway);
  }
}, 60_000);

afterAll(async () => {
  for (const gateway of gateways) await gateway.stop();
  await catalogue?.stop();
  for (const close of closers) await close();
});

async function post(gateway: RunningServer, body: object) {
  const response = await fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return response.json();
}

test('a persisted query registered at one replica is found by its hash at another', async () => {
  if (!redisUp) return;
  const [first, second, alone] = gateways;

  expect(await post(first, { query: QUERY, extensions: persisted })).toEqual({ data: { dueDate: '2017-10-09' } });
  expect(await post(second, { extensions: persisted })).toEqual({ data: { dueDate: '2017-10-09' } });
  expect(await post(alone, { extensions: persisted })).toEqual({
    errors: [{ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }],
  });
});
