/**
 * Fast canned subgraphs (child process of the bench, see canned-subgraphs.ts): one loopback HTTP
 * server per subgraph. Recording, each forwards a request to the real subgraph (headers and body
 * as received, so the caller's signature holds) and keeps the answer (status, body, and the
 * headers a gateway reads: content type and cache hints) under the exact request body;
 * replaying, it answers that body with the kept bytes and never calls anything — so a gateway in
 * front of it is measured doing its own work only. A body never recorded is answered with a 500
 * and counted as a miss.
 *
 * argv[2]: JSON `{ "<subgraph>": "<real url>" }`. Prints `{ "<subgraph>": <port> }` on one line
 * once listening. Control on any of its ports: `POST /__canned/replay`, `GET /__canned/stats`.
 */
import { createServer, IncomingMessage, request, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';

interface Answer {
  status: number;
  contentType: string;
  /** The subgraph's Cache-Control (lib/cache-hints.ts): what lets a gateway keep a whole answer. */
  cacheControl?: string;
  body: Buffer;
}

const targets = JSON.parse(process.argv[2]) as Record<string, string>;
const answers = new Map<string, Answer>();
const stats = { recorded: 0, replayed: 0, misses: 0 };
let replaying = false;

function readBody(incoming: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.once('end', () => resolve(Buffer.concat(chunks)));
    incoming.once('error', reject);
  });
}

function forward(target: string, incoming: IncomingMessage, body: Buffer): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers = { ...incoming.headers, host: new URL(target).host };
    const outgoing = request(target, { method: 'POST', headers }, (answer) => {
      readBody(answer).then(
        (bytes) =>
          resolve({
            status: answer.statusCode ?? 502,
            contentType: String(answer.headers['content-type'] ?? 'application/json'),
            cacheControl: answer.headers['cache-control'],
            body: bytes,
          }),
        reject,
      );
    });
    outgoing.once('error', reject);
    outgoing.end(body);
  });
}

function send(res: ServerResponse, { status, contentType, cacheControl, body }: Answer): void {
  res.writeHead(status, {
    'content-type': contentType,
    'content-length': body.length,
    ...(cacheControl && { 'cache-control': cacheControl }),
  });
  res.end(body);
}

const json = (status: number, value: unknown): Answer => ({
  status,
  contentType: 'application/json',
  body: Buffer.from(JSON.stringify(value)),
});

async function handle(name: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.url === '/__canned/replay' && req.method === 'POST') {
    replaying = true;
    return send(res, json(200, stats));
  }
  if (req.url === '/__canned/stats') return send(res, json(200, stats));
  const body = await readBody(req);
  const key = `${name}\n${body.toString('utf8')}`;
  if (replaying) {
    const answer = answers.get(key);
    if (!answer) {
      stats.misses++;
      return send(res, json(500, { errors: [{ message: `no canned answer for this ${name} request` }] }));
    }
    stats.replayed++;
    return send(res, answer);
  }
  const answer = await forward(targets[name], req, body);
  if (!answers.has(key)) stats.recorded++;
  answers.set(key, answer);
  send(res, answer);
}

async function main() {
  const ports: Record<string, number> = {};
  for (const name of Object.keys(targets)) {
    const server = createServer((req, res) =>
      handle(name, req, res).catch((error: Error) => send(res, json(502, { errors: [{ message: error.message }] }))),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    ports[name] = (server.address() as AddressInfo).port;
  }
  process.stdout.write(`${JSON.stringify(ports)}\n`);
  process.once('SIGTERM', () => process.exit(0));
}

void main();
