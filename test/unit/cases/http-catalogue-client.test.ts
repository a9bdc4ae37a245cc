import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { HttpCatalogueClient } from '../../../subgraphs/cases/catalogue/http-catalogue-client';

/** A tiny HTTP server answering every POST with the next canned response. */
let server: Server;
let url: string;
let next: { status: number; body: string; delayMs?: number };
let received: { query: string; variables: Record<string, unknown> }[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      received.push(JSON.parse(body));
      setTimeout(
        () => response.writeHead(next.status, { 'content-type': 'application/json' }).end(next.body),
        next.delayMs ?? 0,
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));
beforeEach(() => {
  received = [];
});

/** Answers that come must not time out on a busy CI machine; the timeout case waits 500 ms for a 200 ms limit. */
const client = (timeoutMs = 5000) => new HttpCatalogueClient({ url, timeoutMs });
const reply = (status: number, body: unknown, delayMs?: number) => {
  next = { status, body: typeof body === 'string' ? body : JSON.stringify(body), delayMs };
};

test('asks for the deadline with the contract’s root field and variables', async () => {
  reply(200, { data: { deadline: { dueDate: '2025-10-10', provisional: false } } });
  expect(await client().deadline('2025-09-26', 5)).toEqual({ dueDate: '2025-10-10', provisional: false });
  expect(received[0].variables).toEqual({ acceptedOn: '2025-09-26', workingDays: 5 });
  expect(received[0].query).toContain('deadline(acceptedOn: $acceptedOn, workingDays: $workingDays)');
});

test('finds a window by code and flattens its department', async () => {
  reply(200, {
    data: { windows: [{ code: 'DW-LYJ', name: '林业窗口', kind: 'DEPARTMENT', department: { code: '532503-LYJ' } }] },
  });
  expect(await client().window('DW-LYJ')).toEqual({
    code: 'DW-LYJ',
    name: '林业窗口',
    kind: 'DEPARTMENT',
    departmentCode: '532503-LYJ',
  });
  expect(await client().window('CW-NOWHERE')).toBeNull();
});

test('a revoked authorisation does not count', async () => {
  reply(200, { data: { authorisations: [{ revokedOn: '2025-01-01' }] } });
  expect(await client().isAuthorised('CW-INVEST', 'XK00001000-532503')).toBe(false);
});

test.each([
  [
    'a GraphQL error',
    200,
    { errors: [{ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] },
    'the catalogue refused the query: boom',
    { upstreamCode: 'INTERNAL_SERVER_ERROR' },
  ],
  ['an HTTP 502 without a body', 502, 'Bad Gateway', 'the catalogue answered HTTP 502 without data', {}],
  [
    'a timeout',
    200,
    { data: { departments: [] } },
    'the catalogue did not answer: The operation was aborted due to timeout',
    {},
  ],
])('%s is UPSTREAM_UNAVAILABLE', async (name, status, body, message, extra) => {
  const timeout = name === 'a timeout';
  reply(status, body, timeout ? 500 : 0);
  await expect(client(timeout ? 200 : undefined).departments()).rejects.toMatchObject({
    message,
    extensions: { code: 'UPSTREAM_UNAVAILABLE', service: 'catalogue', ...extra },
  });
});

test('nobody listening is UPSTREAM_UNAVAILABLE', async () => {
  const closed = new HttpCatalogueClient({ url: 'http://127.0.0.1:1/graphql' });
  await expect(closed.departments()).rejects.toMatchObject({
    message: 'the catalogue did not answer: fetch failed',
    extensions: { code: 'UPSTREAM_UNAVAILABLE' },
  });
});
