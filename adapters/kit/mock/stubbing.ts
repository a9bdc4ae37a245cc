import { NextFunction, Request, RequestHandler, Response, Router } from 'express';
import { setTimeout as sleep } from 'node:timers/promises';
import { ZodError } from 'zod';
import { Journal, JournalEntry } from './journal';
import { RequestMatcherSchema, requestMatches } from './matching';
import { renderResponse } from './responses';
import { Stubs } from './stubs';

function invalid(res: Response, error: unknown) {
  if (!(error instanceof ZodError)) throw error;
  res.status(400).json({ error: 'invalid', issues: error.issues });
}

/**
 * The WireMock-shaped admin endpoints, on the double's `/__admin` router:
 * - `GET|POST|DELETE /mappings`, `GET|PUT|DELETE /mappings/:id`: stubs added and removed at run time;
 * - `POST /requests/count` and `POST /requests/find` with a request matcher: verification;
 * - `GET /scenarios`, `PUT /scenarios/:name/state` `{ state }`, `POST /scenarios/reset`.
 */
export function serveStubAdmin(admin: Router, stubs: Stubs, journal: Journal): void {
  admin.get('/mappings', (_req, res) => {
    const mappings = stubs.list();
    res.json({ mappings, meta: { total: mappings.length } });
  });
  admin.post('/mappings', (req, res) => {
    try {
      res.status(201).json(stubs.add(req.body ?? {}));
    } catch (error) {
      invalid(res, error);
    }
  });
  admin.delete('/mappings', (_req, res) => {
    stubs.clear();
    res.status(204).end();
  });
  admin.get('/mappings/:id', (req, res) => {
    const mapping = stubs.get(req.params.id);
    if (mapping) res.json(mapping);
    else res.status(404).json({ error: `no stub ${req.params.id}` });
  });
  admin.put('/mappings/:id', (req, res) => {
    try {
      res.json(stubs.add({ ...(req.body ?? {}), id: req.params.id }));
    } catch (error) {
      invalid(res, error);
    }
  });
  admin.delete('/mappings/:id', (req, res) => {
    if (stubs.remove(req.params.id)) res.status(204).end();
    else res.status(404).json({ error: `no stub ${req.params.id}` });
  });

  const matching = (req: Request, res: Response, answer: (requests: JournalEntry[]) => unknown) => {
    try {
      const matcher = RequestMatcherSchema.parse(req.body ?? {});
      res.json(answer(journal.list().filter((entry) => requestMatches(matcher, entry))));
    } catch (error) {
      invalid(res, error);
    }
  };
  admin.post('/requests/count', (req, res) => matching(req, res, (requests) => ({ count: requests.length })));
  admin.post('/requests/find', (req, res) => matching(req, res, (requests) => ({ requests })));

  admin.get('/scenarios', (_req, res) => res.json({ scenarios: stubs.scenarios.list() }));
  admin.put('/scenarios/:name/state', (req, res) => {
    const state = req.body?.state;
    if (!stubs.scenarios.has(req.params.name)) return res.status(404).json({ error: `no scenario ${req.params.name}` });
    if (typeof state !== 'string') return res.status(400).json({ error: 'state must be a string' });
    stubs.scenarios.setState(req.params.name, state);
    res.json({ scenarios: stubs.scenarios.list() });
  });
  admin.post('/scenarios/reset', (_req, res) => {
    stubs.scenarios.reset();
    res.json({ scenarios: stubs.scenarios.list() });
  });
}

/**
 * The harness's step after the faults: a matching stub answers, ahead of the traffic mode and
 * the double's seeded routes. `systemContentType` is what the system declares.
 */
export function stubStep(stubs: Stubs, systemContentType: string): RequestHandler {
  return async (_req: Request, res: Response, next: NextFunction) => {
    const stub = stubs.answer(res.locals.received);
    if (!stub) return next();
    const delay = stub.response.fixedDelayMilliseconds ?? 0;
    if (delay > 0) await sleep(delay, undefined, { ref: false });
    const { status, headers, body } = renderResponse(stub.response, systemContentType);
    res.status(status).set(headers).send(body);
  };
}
