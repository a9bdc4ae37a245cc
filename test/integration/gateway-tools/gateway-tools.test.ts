import express from 'express';
import { createServer } from 'node:http';
import { ServiceItemGuideDocument, PersonOverviewDocument } from '../../../clients/generated/graphql';
import { execute } from '../../../clients/execute';
import { startGateway } from '../../../gateway';
import { exampleOperations, graphqlExplorer } from '../../../gateway/explorer';
import { loadOperationManifest, NOT_IN_LIST } from '../../../gateway/persistedQueries';
import { loadSupergraphSdl } from '../../../gateway/supergraph';
import { createLogger } from '../../../lib/logger';
import { listen, RunningServer } from '../../../lib/server';
import { startTestHub, TestHub } from '../../support/hub';

const ITEM = 'XK00001000-532503';
const GUIDE_TEXT =
  'query ServiceItemGuide($code: String!) { serviceItem(code: $code) { code handlingMode legalTimeLimit name promisedTimeLimit version } }';
const guideHash = () => String(ServiceItemGuideDocument.__meta__!.hash).replace('sha256:', '');

let hub: TestHub;
let enforcing: RunningServer;
const origin = () => hub.gateway.url.replace(/\/graphql$/, '');

beforeAll(async () => {
  hub = await startTestHub('gateway_tools');
  enforcing = await startGateway({
    supergraphSdl: loadSupergraphSdl(),
    subgraphUrls: Object.fromEntries(Object.entries(hub.subgraphs).map(([name, server]) => [name, server.url])),
    subgraphSecrets: hub.secrets,
    auth: hub.auth,
    port: 0,
    logger: createLogger('test'),
    persistedQueries: { mode: 'enforce', manifest: loadOperationManifest() },
  });
}, 60_000);
afterAll(async () => {
  await enforcing?.stop();
  await hub?.stop();
});

const post = async (url: string, body: unknown) => {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as any };
};

describe('the GraphQL explorer', () => {
  it('serves GraphiQL from the gateway itself, with the example operations as tabs and no external URL', async () => {
    for (const [path, accept] of [
      ['/explorer', 'text/html'],
      ['/graphql', 'text/html,application/xhtml+xml,*/*;q=0.8'],
    ]) {
      const response = await fetch(`${origin()}${path}`, { headers: { accept } });
      const page = await response.text();
      expect([response.status, response.headers.get('content-type')]).toEqual([200, 'text/html; charset=utf-8']);
      expect(page.match(/https?:\/\/[^\s"'<>]*/g)).toBeNull();
      expect([...page.matchAll(/(?:src|href)="([^"]+)"/g)].map(([, url]) => url)).toEqual([
        'explorer/assets/graphiql.css',
        'explorer/assets/react.js',
        'explorer/assets/react-dom.js',
        'explorer/assets/graphiql.js',
      ]);
      const tabs = JSON.parse(/const tabs = (.*);\n/.exec(page)![1]);
      expect(tabs.map((tab: { query: string }) => /^(query|mutation) (\w+)/m.exec(tab.query)![2])).toEqual([
        'PersonOverview',
        'ServiceItemGuide',
        'ServiceItems',
        'SubmitApplication',
      ]);
      expect(JSON.parse(tabs[1].variables)).toEqual({ code: ITEM });
    }
  });

  it('serves GraphiQL and React from node_modules, offline', async () => {
    const assets = await Promise.all(
      ['graphiql.css', 'react.js', 'react-dom.js', 'graphiql.js'].map(async (file) => {
        const response = await fetch(`${origin()}/explorer/assets/${file}`);
        const text = await response.text();
        return {
          file,
          status: response.status,
          type: response.headers.get('content-type'),
          large: text.length > 5000,
          text,
        };
      }),
    );
    expect(assets.map(({ file, status, type, large }) => ({ file, status, type, large }))).toEqual([
      { file: 'graphiql.css', status: 200, type: 'text/css; charset=utf-8', large: true },
      { file: 'react.js', status: 200, type: 'text/javascript; charset=utf-8', large: true },
      { file: 'react-dom.js', status: 200, type: 'text/javascript; charset=utf-8', large: true },
      { file: 'graphiql.js', status: 200, type: 'text/javascript; charset=utf-8', large: true },
    ]);
    // the stylesheet loads nothing (fonts, images) from elsewhere
    expect(assets[0].text.match(/url\(\s*['"]?https?:/g)).toBeNull();
    expect((await fetch(`${origin()}/explorer/assets/other.js`)).status).toBe(404);
  });

  it('leaves GraphQL over GET to Apollo, and is off in production', async () => {
    const query = await fetch(`${hub.gateway.url}?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(await query.json()).toEqual({ data: { __typename: 'Query' } });

    const app = express().use(graphqlExplorer({ enabled: false }));
    const server = createServer(app);
    const port = await listen(server, 0, '127.0.0.1');
    try {
      expect((await fetch(`http://127.0.0.1:${port}/explorer`)).status).toBe(404);
    } finally {
      server.close();
    }
  });

  it('reads its tabs from clients/operations, variables included', () => {
    expect(
      exampleOperations().map(({ name, variables }) => [name, variables && Object.keys(JSON.parse(variables))]),
    ).toEqual([
      ['PersonOverview', ['idNumber']],
      ['ServiceItemGuide', ['code']],
      ['ServiceItems', ['first']],
      ['SubmitApplication', ['input']],
    ]);
  });
});

describe('typed operations', () => {
  it('run through the documented execute() example, their answers typed', async () => {
    const { data, errors } = await execute(hub.gateway.url, ServiceItemGuideDocument, { code: ITEM });
    expect(errors).toBeUndefined();
    expect(data?.serviceItem).toEqual({
      code: ITEM,
      version: 2,
      name: '林木采伐许可证核发',
      handlingMode: 'PROMISED',
      legalTimeLimit: 20,
      promisedTimeLimit: 10,
    });
    const token = await hub.token({ subject: '532503198001010015', roles: ['CITIZEN'] });
    const person = await execute(enforcing.url, PersonOverviewDocument, { idNumber: '532503198001010015' }, { token });
    expect(person.data?.person?.forestryPermits.harvestPermits?.map((permit) => permit.permitNumber)).toEqual([
      'CF2019-0001',
      'CF2020-0002',
    ]);
  });
});

describe('persisted queries', () => {
  it('runs a listed operation named by its hash, in every form a client sends it', async () => {
    const expected = (await post(hub.gateway.url, { query: GUIDE_TEXT, variables: { code: ITEM } })).body;
    expect(expected.data.serviceItem.code).toBe(ITEM);

    expect(await post(enforcing.url, { documentId: `sha256:${guideHash()}`, variables: { code: ITEM } })).toEqual({
      status: 200,
      body: expected,
    });
    expect(
      await post(enforcing.url, {
        variables: { code: ITEM },
        extensions: { persistedQuery: { version: 1, sha256Hash: guideHash() } },
      }),
    ).toEqual({ status: 200, body: expected });
    expect(await post(enforcing.url, { query: GUIDE_TEXT, variables: { code: ITEM } })).toEqual({
      status: 200,
      body: expected,
    });

    const viaGet = await fetch(
      `${enforcing.url}?documentId=${guideHash()}&variables=${encodeURIComponent(JSON.stringify({ code: ITEM }))}`,
      { headers: { 'apollo-require-preflight': 'true' } },
    );
    expect([viaGet.status, await viaGet.json()]).toEqual([200, expected]);
  });

  it('refuses, when enforced, an operation not in the manifest with PERSISTED_QUERY_NOT_IN_LIST', async () => {
    expect(await post(enforcing.url, { query: '{ hallZones { code } }' })).toEqual({
      status: 400,
      body: {
        errors: [
          {
            message: 'only operations of the persisted-query manifest run here: send a listed documentId',
            extensions: { code: NOT_IN_LIST },
          },
        ],
      },
    });
    expect(await post(enforcing.url, { documentId: 'sha256:0000', variables: {} })).toEqual({
      status: 400,
      body: {
        errors: [
          {
            message: 'operation 0000 is not in the persisted-query manifest',
            extensions: { code: 'PERSISTED_QUERY_NOT_IN_LIST' },
          },
        ],
      },
    });
  });

  it('lets any operation run where the safelist is not enforced, and listed hashes too', async () => {
    const free = await post(hub.gateway.url, { query: `{ serviceItem(code: "${ITEM}") { code } }` });
    expect(free).toEqual({ status: 200, body: { data: { serviceItem: { code: ITEM } } } });
    const named = await post(hub.gateway.url, { documentId: `sha256:${guideHash()}`, variables: { code: ITEM } });
    expect(named.body.data.serviceItem.code).toBe(ITEM);
  });
});
