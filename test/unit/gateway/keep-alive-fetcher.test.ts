import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { keepAliveFetcher } from '../../../gateway/keepAliveFetcher';

// A subgraph stand-in that counts the TCP connections it accepts and echoes what it was sent.
let server: Server;
let url: string;
let connections = 0;
beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      res.setHeader('content-type', 'application/json');
      res.setHeader('x-echo', [String(req.headers['x-request-id']), 'second']);
      res.statusCode = req.url === '/missing' ? 404 : 200;
      res.end(JSON.stringify({ method: req.method, body: Buffer.concat(chunks).toString('utf8') }));
    });
  });
  server.on('connection', () => connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));
beforeEach(() => (connections = 0));

const post = (body: string) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', 'x-request-id': 'r-1' },
  body,
});

test('sequential calls reuse one kept-alive connection', async () => {
  const fetcher = keepAliveFetcher();
  for (let call = 0; call < 10; call++) await (await fetcher(`${url}/graphql`, post(`{"n":${call}}`) as never)).text();
  expect(connections).toBe(1);
});

test('concurrent calls open a connection each, and later calls reuse them', async () => {
  const fetcher = keepAliveFetcher();
  const burst = () =>
    Promise.all(Array.from({ length: 4 }, () => fetcher(`${url}/graphql`, post('{}') as never).then((r) => r.text())));
  await burst();
  await burst();
  expect(connections).toBe(4);
});

test('the response reads as a fetch response: status, headers, text and json, any number of times', async () => {
  const fetcher = keepAliveFetcher();
  const response = await fetcher(`${url}/graphql`, post('{"query":"{ a }"}') as never);
  const expected = { method: 'POST', body: '{"query":"{ a }"}' };
  expect({
    status: response.status,
    ok: response.ok,
    url: response.url,
    contentType: response.headers.get('content-type'),
    echo: response.headers.get('x-echo'),
    text: await response.text(),
    json: await response.json(),
    clone: await response.clone().json(),
  }).toEqual({
    status: 200,
    ok: true,
    url: `${url}/graphql`,
    contentType: 'application/json',
    echo: 'r-1, second',
    text: JSON.stringify(expected),
    json: expected,
    clone: expected,
  });
  const missing = await fetcher(`${url}/missing`, post('{}') as never);
  expect([missing.status, missing.ok]).toEqual([404, false]);
});

test('a refused connection fails as node-fetch words it', async () => {
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const port = (closed.address() as AddressInfo).port;
  await new Promise((resolve) => closed.close(resolve));
  await expect(keepAliveFetcher()(`http://127.0.0.1:${port}/graphql`, post('{}') as never)).rejects.toThrow(
    `request to http://127.0.0.1:${port}/graphql failed, reason: connect ECONNREFUSED 127.0.0.1:${port}`,
  );
});

test('a kept-alive connection the subgraph closed while idle is retried once on a new connection', async () => {
  // the race a 5 s keep-alive timeout makes: the server drops the idle connection just as the
  // next request goes out on it, so that request fails before any answer
  const served = new WeakMap<object, number>();
  let opened = 0;
  const closing = createServer((req, res) => {
    const count = (served.get(req.socket) ?? 0) + 1;
    served.set(req.socket, count);
    req.resume();
    if (count > 1) {
      req.socket.destroy();
      return;
    }
    req.on('end', () => res.end(JSON.stringify({ connection: opened })));
  });
  closing.on('connection', () => opened++);
  await new Promise<void>((resolve) => closing.listen(0, '127.0.0.1', resolve));
  const closingUrl = `http://127.0.0.1:${(closing.address() as AddressInfo).port}/graphql`;
  const fetcher = keepAliveFetcher();
  try {
    const answers = [];
    for (let call = 0; call < 3; call++) answers.push(await (await fetcher(closingUrl, post('{}') as never)).json());
    expect({ answers, opened }).toEqual({
      answers: [{ connection: 1 }, { connection: 2 }, { connection: 3 }],
      opened: 3,
    });
  } finally {
    closing.closeAllConnections();
    await new Promise((resolve) => closing.close(resolve));
  }
});
