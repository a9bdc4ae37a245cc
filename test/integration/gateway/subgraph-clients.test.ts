import { startGateway } from '../../../gateway';
import { GatewayLevers } from '../../../gateway/config';
import { loadSupergraphSdl } from '../../../gateway/supergraph';
import { createLogger } from '../../../lib/logger';
import { RunningServer } from '../../../lib/server';
import { startCatalogue } from '../../../subgraphs/catalogue';
import { CountingProxy, countingProxy } from '../../support/counting-proxy';
import { createTestDatabase } from '../../support/database';
import { postGraphQL } from '../../support/graphql';
import { testToken } from '../../support/tokens';

// The gateway's subgraph clients (gateway/subgraphClients.ts) and its whole-answer cache
// (gateway/responseCache.ts) over real HTTP: the catalogue sits behind a proxy that counts the
// requests and TCP connections the gateway makes to it. The whole-answer cache is off except in
// its own block: below it, each subgraph call is the subject.
const logger = createLogger('test');
const ITEM = `query ($code: String!) { serviceItem(code: $code) { code name } }`;
const HARVEST = { code: 'XK00001000-532503', name: '林木采伐许可证核发' };
const PUSH = `mutation { pushCatalogueToProvince { checked } }`;

/** A gateway started with these levers (GATEWAY_REFERENCE_CACHE_MS… as gateway/config.ts reads them). */
function gatewayWith(levers: Partial<GatewayLevers>, catalogueUrl: string): Promise<RunningServer> {
  return startGateway({
    supergraphSdl: loadSupergraphSdl(),
    subgraphUrls: { catalogue: catalogueUrl },
    port: 0,
    logger,
    levers,
  });
}

let catalogue: RunningServer;
let proxy: CountingProxy;
const running: RunningServer[] = [];
const drops: (() => Promise<void>)[] = [];
beforeAll(async () => {
  const database = await createTestDatabase('gateway_clients_catalogue');
  drops.push(database.drop);
  catalogue = await startCatalogue({ port: 0, databaseUrl: database.url, logger });
  proxy = await countingProxy(catalogue.url);
}, 60_000);
afterAll(async () => {
  for (const server of running) await server.stop();
  await proxy?.close();
  await catalogue?.stop();
  for (const drop of drops) await drop();
});
beforeEach(() => {
  proxy.requests.length = 0;
  proxy.connections = 0;
  proxy.cacheControl = undefined;
});

async function start(levers: Partial<GatewayLevers>): Promise<RunningServer> {
  const gateway = await gatewayWith({ responseCacheMiB: 0, ...levers }, proxy.url);
  running.push(gateway);
  return gateway;
}

test('the reference cache answers a repeated catalogue query without calling the catalogue', async () => {
  const gateway = await start({ referenceCacheMs: 60_000 });
  for (let request = 0; request < 3; request++) {
    expect(await postGraphQL(gateway.url, ITEM, { code: HARVEST.code })).toEqual({ data: { serviceItem: HARVEST } });
  }
  expect(proxy.requests).toHaveLength(1);
  expect(await postGraphQL(gateway.url, ITEM, { code: 'JF00018000-532503001' })).toEqual({
    data: { serviceItem: { code: 'JF00018000-532503001', name: '城乡居民基本养老保险待遇领取' } },
  });
  expect(proxy.requests).toHaveLength(2);
});

test('a mutation sent to the catalogue through the gateway empties the cache', async () => {
  const gateway = await start({ referenceCacheMs: 60_000 });
  await postGraphQL(gateway.url, ITEM, { code: HARVEST.code });
  await postGraphQL(gateway.url, ITEM, { code: HARVEST.code });
  expect(proxy.requests).toHaveLength(1);
  // no provincial platform in this test: the push fails (its detail masked by the gateway), but
  // it went to the catalogue all the same
  const admin = await testToken({ subject: 'admin-01', roles: ['ADMIN'] });
  expect(await postGraphQL(gateway.url, PUSH, {}, { signed: false, token: admin })).toEqual({
    data: null,
    errors: [
      {
        message: 'A service of the hub is unavailable',
        path: ['pushCatalogueToProvince'],
        extensions: { code: 'UPSTREAM_UNAVAILABLE', serviceName: 'catalogue' },
      },
    ],
  });
  expect(await postGraphQL(gateway.url, ITEM, { code: HARVEST.code })).toEqual({ data: { serviceItem: HARVEST } });
  expect(await postGraphQL(gateway.url, ITEM, { code: HARVEST.code })).toEqual({ data: { serviceItem: HARVEST } });
  expect(proxy.requests.map((query) => (query.startsWith('mutation') ? 'mutation' : 'query'))).toEqual([
    'query',
    'mutation',
    'query',
  ]);
});

test('GATEWAY_REFERENCE_CACHE_MS=0: every query reaches the catalogue', async () => {
  const gateway = await start({ referenceCacheMs: 0 });
  for (let request = 0; request < 3; request++) {
    expect(await postGraphQL(gateway.url, ITEM, { code: HARVEST.code })).toEqual({ data: { serviceItem: HARVEST } });
  }
  expect(proxy.requests).toHaveLength(3);
});

test('the reference cache keeps only what the catalogue allows: a no-store answer reaches it every time', async () => {
  proxy.cacheControl = 'no-store';
  const gateway = await start({ referenceCacheMs: 60_000 });
  for (let request = 0; request < 3; request++) {
    expect(await postGraphQL(gateway.url, ITEM, { code: HARVEST.code })).toEqual({ data: { serviceItem: HARVEST } });
  }
  expect(proxy.requests).toHaveLength(3);
});

test('GATEWAY_KEEP_ALIVE_FETCHER=false: Apollo’s own client, and nothing cached', async () => {
  const gateway = await start({ keepAliveFetcher: false, referenceCacheMs: 60_000 });
  for (let request = 0; request < 3; request++) {
    expect(await postGraphQL(gateway.url, ITEM, { code: HARVEST.code })).toEqual({ data: { serviceItem: HARVEST } });
  }
  expect(proxy.requests).toHaveLength(3);
});

test('keep-alive: one connection carries the gateway’s sequential calls to a subgraph', async () => {
  const gateway = await start({ referenceCacheMs: 0 });
  for (let request = 0; request < 5; request++) await postGraphQL(gateway.url, ITEM, { code: HARVEST.code });
  expect([proxy.requests.length, proxy.connections]).toEqual([5, 1]);
});

describe('the whole-answer cache (GATEWAY_RESPONSE_CACHE_MIB)', () => {
  /** The item query through `gateway`: its answer and the cache headers it came with. */
  async function ask(gateway: RunningServer, code: string, token?: string) {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
      body: JSON.stringify({ query: ITEM, variables: { code } }),
    });
    return {
      body: await response.json(),
      cacheControl: response.headers.get('cache-control'),
      cached: response.headers.has('age'),
    };
  }
  const harvestAnswer = { body: { data: { serviceItem: HARVEST } }, cacheControl: 'max-age=5, public' };

  test('a catalogue query is answered again from the cache, for anyone, while the catalogue allows', async () => {
    const gateway = await start({ referenceCacheMs: 0, responseCacheMiB: 32 });
    const officer = await testToken({
      subject: 'officer-01',
      roles: ['DEPARTMENT_OFFICER'],
      departmentCode: '532503-LYJ',
    });
    expect(await ask(gateway, HARVEST.code)).toEqual({ ...harvestAnswer, cached: false });
    expect(await ask(gateway, HARVEST.code)).toEqual({ ...harvestAnswer, cached: true });
    // the catalogue said `public`: its answer does not depend on who asks
    expect(await ask(gateway, HARVEST.code, officer)).toEqual({ ...harvestAnswer, cached: true });
    expect(proxy.requests).toHaveLength(1);
    expect((await ask(gateway, 'JF00018000-532503001')).body).toEqual({
      data: { serviceItem: { code: 'JF00018000-532503001', name: '城乡居民基本养老保险待遇领取' } },
    });
    expect(proxy.requests).toHaveLength(2);
  });

  test('an answer a subgraph sent without leave to cache (every subgraph with personal data) is never kept', async () => {
    const gateway = await start({ referenceCacheMs: 0, responseCacheMiB: 32 });
    for (const cacheControl of ['no-store', null]) {
      proxy.cacheControl = cacheControl;
      for (let request = 0; request < 2; request++) {
        expect(await ask(gateway, HARVEST.code)).toEqual({
          body: { data: { serviceItem: HARVEST } },
          cacheControl: 'no-store',
          cached: false,
        });
      }
    }
    expect(proxy.requests).toHaveLength(4);
  });

  test('an answer with errors is never kept', async () => {
    const gateway = await start({ referenceCacheMs: 0, responseCacheMiB: 32 });
    const BROKEN = `{ serviceItems(first: -1) { totalCount } }`;
    for (let request = 0; request < 2; request++) {
      const answer = await postGraphQL(gateway.url, BROKEN, {});
      expect(answer.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    }
    expect(proxy.requests).toHaveLength(2);
  });

  test('a mutation through the gateway empties the cache', async () => {
    const gateway = await start({ referenceCacheMs: 0, responseCacheMiB: 32 });
    await ask(gateway, HARVEST.code);
    expect(await ask(gateway, HARVEST.code)).toEqual({ ...harvestAnswer, cached: true });
    const admin = await testToken({ subject: 'admin-01', roles: ['ADMIN'] });
    await postGraphQL(gateway.url, PUSH, {}, { signed: false, token: admin });
    expect(await ask(gateway, HARVEST.code)).toEqual({ ...harvestAnswer, cached: false });
    expect(proxy.requests.map((query) => (query.startsWith('mutation') ? 'mutation' : 'query'))).toEqual([
      'query',
      'mutation',
      'query',
    ]);
  });

  test('GATEWAY_RESPONSE_CACHE_MIB=0: every query reaches the catalogue', async () => {
    const gateway = await start({ referenceCacheMs: 0, responseCacheMiB: 0 });
    for (let request = 0; request < 3; request++) {
      expect(await ask(gateway, HARVEST.code)).toEqual({ ...harvestAnswer, cached: false });
    }
    expect(proxy.requests).toHaveLength(3);
  });
});
