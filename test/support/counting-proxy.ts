import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import { AddressInfo } from 'node:net';

/** A subgraph seen through a proxy: the operations and TCP connections the gateway sent it. */
export interface CountingProxy {
  url: string;
  /** The GraphQL document of every request forwarded, in order. */
  requests: string[];
  connections: number;
  /**
   * The Cache-Control the subgraph's answers arrive with: the subgraph's own when undefined,
   * this value instead when set (null: none at all).
   */
  cacheControl?: string | null;
  close(): Promise<void>;
}

/** Forwards every request to `target` unchanged, recording its GraphQL operation and counting connections. */
export async function countingProxy(target: string): Promise<CountingProxy> {
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
    const cacheControl = proxy.cacheControl === undefined ? answer.headers.get('cache-control') : proxy.cacheControl;
    res.writeHead(answer.status, {
      'content-type': answer.headers.get('content-type') ?? 'application/json',
      ...(cacheControl && { 'cache-control': cacheControl }),
    });
    res.end(Buffer.from(await answer.arrayBuffer()));
  });
  server.on('connection', () => proxy.connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxy.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  proxy.close = () => new Promise((resolve) => server.close(() => resolve()));
  return proxy;
}
