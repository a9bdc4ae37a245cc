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

/**
 * Express middleware: adopts the caller's `x-request-id` (the gateway's, or a client's) or makes
 * one, echoes it in the response, and runs the rest of the request with it as the current id.
 * Mount it after the body parser: the parser's stream callbacks would otherwise lose the context.
 */
export function requestContext(req: Request, res: Response, next: NextFunction): void {
  const offered = req.get(REQUEST_ID_HEADER);
  const requestId = offered && ACCEPTABLE_ID.test(offered) ? offered : randomUUID();
  res.setHeader(REQUEST_ID_HEADER, requestId);
  requests.run({ requestId }, next);
}
