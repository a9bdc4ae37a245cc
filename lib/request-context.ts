import type { NextFunction, Request, Response } from 'express';
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/** The header that carries one request's id from the client through the gateway to every subgraph. */
export const REQUEST_ID_HEADER = 'x-request-id';

/** Ids we accept from a caller: short and plain, so a log line cannot be forged through them. */
const ACCEPTABLE_ID = /^[\w.:-]{1,128}$/;

const requests = new AsyncLocalStorage<{ requestId: string }>();

/** The id of the request being served, wherever in its async work this runs (a resolver, an adapter call). */
export function currentRequestId(): string | undefined {
  return requests.getStore()?.requestId;
}

/** Adopts the caller's `x-request-id` (the gateway's, or a client's) or makes one, and echoes it in the response. */
function settleRequestId(req: Request, res: Response): string {
  const offered = req.get(REQUEST_ID_HEADER);
  const requestId = offered && ACCEPTABLE_ID.test(offered) ? offered : randomUUID();
  res.setHeader(REQUEST_ID_HEADER, requestId);
  res.locals.requestId = requestId;
  return requestId;
}

/** The id `requestContext` or `adoptRequestId` settled on for this response. */
export function requestIdOf(res: Response): string | undefined {
  return res.locals.requestId as string | undefined;
}

/**
 * Express middleware: settles the request id (`requestIdOf`) and runs the rest of the request
 * with it as the current id (`currentRequestId`), so every log line, audit entry and hub call made
 * on its behalf, however deep, carries it. Mount it after the body parser: the parser's stream
 * callbacks would otherwise lose the context.
 */
export function requestContext(req: Request, res: Response, next: NextFunction): void {
  requests.run({ requestId: settleRequestId(req, res) }, next);
}

/**
 * Express middleware: settles the request id (`requestIdOf`) only, for a service that hands it on
 * explicitly. Why the gateway does: on Node 20 an AsyncLocalStorage in use runs a hook at every
 * promise the process makes, and Apollo Gateway makes many per request — the same gateway on the
 * cases page, canned subgraphs: 6.96 ms of CPU per request with it, 5.89 without (151 → 179 req/s).
 */
export function adoptRequestId(req: Request, res: Response, next: NextFunction): void {
  settleRequestId(req, res);
  next();
}
