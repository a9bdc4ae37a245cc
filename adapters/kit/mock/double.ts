import express, { Express, NextFunction, Request, Response, Router } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ZodError } from 'zod';
import { createLogger, Logger } from '../../../lib/logger';
import { repoRoot } from '../../../lib/paths';
import { charsetOf, decodeLegacyText } from '../charset';
import { LegacySystemId } from '../systems';
import { FaultState } from './faults';
import { Journal } from './journal';
import { serveStubAdmin, stubStep } from './stubbing';
import { Stubs } from './stubs';
import { trafficStep } from './traffic';

export interface DoubleOptions {
  system: LegacySystemId;
  /** Served at `GET /contract/…`; defaults to `adapters/<system>/contract` when it exists. */
  contractDir?: string;
  logger?: Logger;
  /** Content-Type of the garbage answered under the `malformed` fault: what the real system declares. */
  contentType: string;
  /** Names the protocol operation of a request for the journal; `METHOD /path` by default. */
  operationOf?: (request: { method: string; path: string; body: string }) => string;
}

export interface Double {
  system: LegacySystemId;
  /** Add the protocol routes here: they run behind the journal and the fault injection. */
  app: Express;
  journal: Journal;
  faults: FaultState;
  /** Stubs and scenarios added at run time (`/__admin/mappings`): they answer before the protocol routes. */
  stubs: Stubs;
  logger: Logger;
  /** The `/__admin` router: admin routes a protocol adds here run before the journal and the faults. */
  admin: Router;
}

const MALFORMED_BODY = '<<< %% this is not what the contract promised {"truncated": ';

/**
 * The harness every double is built on. In front of the protocol routes: the admin endpoints
 * (`/__admin/requests`, `/__admin/faults`, `/__admin/reset`, and WireMock's `/__admin/mappings`,
 * `/__admin/requests/count|find`, `/__admin/scenarios`), the request journal, fault injection,
 * run-time stubs and record/playback (in that order); the raw body is kept as a Buffer in `req.body` (SOAP and GBK systems need the bytes).
 */
export function createDouble(options: DoubleOptions): Double {
  const { system, contentType } = options;
  const logger = options.logger ?? createLogger(`${system}-double`);
  const journal = new Journal();
  const faults = FaultState.fromEnvironment();
  const stubs = new Stubs();
  const app = express();
  app.disable('x-powered-by');

  const admin = express.Router();
  admin.use(express.json());
  admin.get('/requests', (req, res) => {
    const requests = journal.list(typeof req.query.operation === 'string' ? req.query.operation : undefined);
    res.json({ count: requests.length, requests });
  });
  admin.delete('/requests', (_req, res) => {
    journal.clear();
    res.status(204).end();
  });
  admin.get('/faults', (_req, res) => res.json(faults.current));
  admin.put('/faults', (req, res) => {
    try {
      res.json(faults.set(req.body ?? {}));
    } catch (error) {
      if (!(error instanceof ZodError)) throw error;
      res.status(400).json({ error: 'invalid faults', issues: error.issues });
    }
  });
  admin.delete('/faults', (_req, res) => res.json(faults.reset()));
  admin.post('/reset', (_req, res) => {
    journal.clear();
    stubs.clear();
    res.json(faults.reset());
  });
  serveStubAdmin(admin, stubs, journal);
  app.use('/__admin', admin);

  const contractDir = options.contractDir ?? join(repoRoot(), 'adapters', system, 'contract');
  if (existsSync(contractDir)) app.use('/contract', express.static(contractDir));

  app.use(express.raw({ type: () => true, limit: '10mb' }));
  app.use((req: Request, res: Response, next: NextFunction) => {
    const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const body = bytes.length ? decodeLegacyText(bytes, charsetOf(req.headers['content-type'])) : '';
    const operation =
      options.operationOf?.({ method: req.method, path: req.path, body }) ?? `${req.method} ${req.path}`;
    // what stubs and the traffic mode match on: the request as journalled
    res.locals.received = journal.record({
      method: req.method,
      path: req.originalUrl,
      headers: req.headers,
      body,
      operation,
    });
    logger.info({ method: req.method, path: req.originalUrl, operation }, 'request received');
    next();
  });
  app.use(async (req: Request, res: Response, next: NextFunction) => {
    const { latencyMs, drop, timeout, errorRate, malformed } = faults.current;
    // unref'd: a stopped double must not wait out the latency of requests nobody waits for any more
    if (latencyMs > 0) await sleep(latencyMs, undefined, { ref: false });
    if (drop) return req.socket.destroy();
    // never answering: the socket stays open until the client gives up or the double stops
    if (timeout) return;
    if (errorRate > 0 && Math.random() < errorRate)
      return res.status(500).type('text/plain').send('Internal Server Error');
    // a Buffer, so express keeps the declared charset instead of rewriting it to utf-8
    if (malformed) return res.status(200).set('content-type', contentType).send(Buffer.from(MALFORMED_BODY));
    next();
  });
  app.use(stubStep(stubs, contentType));
  app.use(trafficStep());

  return { system, app, journal, faults, stubs, logger, admin };
}
