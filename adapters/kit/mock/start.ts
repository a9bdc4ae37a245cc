import { Express } from 'express';
import { createServer } from 'node:http';
import { listen } from '../../../lib/server';
import { setTrafficMode, TrafficMode } from './traffic';

export interface RunningDouble {
  /** Base URL, e.g. `http://127.0.0.1:4104` (no trailing slash). */
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** What every `start<System>Double` accepts. Port 0 picks a free port (tests). */
export interface StartDoubleOptions {
  port: number;
  host?: string;
  /** Proxy to a real system and record (`{ proxy, record }`), or answer from recordings (`{ playback }`). */
  traffic?: TrafficMode;
}

/**
 * Serves a double over HTTP. Stopping closes every connection at once, including the ones a
 * `timeout` fault left hanging.
 */
export async function startDouble(
  app: Express,
  { port, host = '127.0.0.1', traffic }: StartDoubleOptions,
): Promise<RunningDouble> {
  if (traffic) setTrafficMode(app, traffic);
  const server = createServer(app);
  const actualPort = await listen(server, port, host);
  return {
    url: `http://${host}:${actualPort}`,
    port: actualPort,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
