import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { startGateway } from '../../../gateway';
import { GatewayLevers } from '../../../gateway/config';
import { loadSupergraphSdl } from '../../../gateway/supergraph';
import { createLogger } from '../../../lib/logger';
import { RunningServer } from '../../../lib/server';
import { startCatalogue } from '../../../subgraphs/catalogue';
import { createTestDatabase } from '../../support/database';
import { postGraphQL } from '../../support/graphql';
import { testToken } from '../../support/tokens';

// The gateway's subgraph clients (gateway/subgraphClients.ts) over real HTTP: the catalogue sits
// behind a proxy that counts the requests and TCP connections the gateway makes to it.
const logger = createLogger('test');
const ITEM = `query ($code: String!) { serviceItem(code: $code) { code name } }`;
const HARVEST = { code: 'XK00001000-532503', name: '林木采伐许可证核发' };
const PUSH = `mutation { pushCatalogueToProvince { checked } }`;

interface CountingProxy {
  url: string;
  requests: string[];
  connections: number;
  close(): Promise<void>;
}

/** Forwards every request to `target` unchanged, recording its GraphQL operation and counting connections. */
async function countingProxy(target: string): Promise<CountingProxy> {
  const forwarded = (headers: IncomingHttpHeaders) =>
    Object.entries(headers).filter(([name]) => !['host', 'connection', 'content-length'].includes(name)) as [
      string,
      string,
    ][];
  const proxy: CountingProxy = { url: '', requests: [], connections: 0, close: async () => undefined };
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    proxy.requests.push(String(JSON.parse(body.toString('utf8')).query));
    const answer = await fetch(target, { method: req.method, headers: forwarded(req.headers), body });
    res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
    res.end(Buffer.from(await answer.arrayBuffer()));
  });
  server.on('connection', () => proxy.connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxy.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  proxy.close = () => new Promise((resolve) => server.close(() => resolve()));
  return proxy;
}

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
});

async function start(levers: Partial<GatewayLevers>): Promise<RunningServer> {
  const gateway = await gatewayWith(levers, proxy.url);
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
