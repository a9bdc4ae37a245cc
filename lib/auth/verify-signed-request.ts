import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { timingSafeEqual } from 'node:crypto';
import type { Identity } from './identity';
import { ReplayCache } from './replay-cache';
import { decodeIdentity, sha256Hex, SIGNED_HEADERS, signatureOf } from './signed-request';

/** How far a signature's timestamp may be from the subgraph's clock, either way. */
export const SIGNATURE_WINDOW_MS = 30_000;

/** A request body as it arrived, kept by the JSON parser (lib/server.ts) for the body hash. */
export interface RawBodyRequest extends Request {
  rawBody?: Buffer;
}

export type Verification = { identity: Identity | null } | { refused: string };

const refusals = {
  unsigned: 'This service answers only the gateway and hub services: the request is not signed',
  malformed: 'The request signature headers are malformed',
  stale: 'The request signature has expired or is not yet valid',
  forged: 'The request signature does not match',
  replayed: 'The request was already received (replay)',
} as const;

const equal = (a: string, b: string) => {
  const [left, right] = [Buffer.from(a), Buffer.from(b)];
  return left.length === right.length && timingSafeEqual(left, right);
};

/**
 * Checks one request's signature (./signed-request.ts): present, well formed, fresh, matching
 * this body and identity under `secret`, and not seen before. The nonce is recorded only once
 * the signature holds, so forged requests cannot fill the cache.
 */
export function verifySignedRequest(
  secret: string,
  header: (name: string) => string | undefined,
  body: Buffer,
  replays: ReplayCache,
  now = Date.now(),
): Verification {
  const signature = header(SIGNED_HEADERS.signature);
  if (!signature) return { refused: refusals.unsigned };
  const parts = {
    identity: header(SIGNED_HEADERS.identity) ?? '',
    timestamp: header(SIGNED_HEADERS.timestamp) ?? '',
    nonce: header(SIGNED_HEADERS.nonce) ?? '',
    requestId: header(SIGNED_HEADERS.requestId) ?? '',
    bodyHash: sha256Hex(body),
  };
  if (!parts.identity || !/^\d{1,15}$/.test(parts.timestamp) || !parts.nonce || !parts.requestId) {
    return { refused: refusals.malformed };
  }
  if (Math.abs(now - Number(parts.timestamp)) > SIGNATURE_WINDOW_MS) return { refused: refusals.stale };
  if (!equal(signature, signatureOf(secret, parts))) return { refused: refusals.forged };
  if (!replays.firstUse(parts.nonce, now)) return { refused: refusals.replayed };
  try {
    return { identity: decodeIdentity(parts.identity) };
  } catch {
    return { refused: refusals.malformed };
  }
}

/**
 * Express middleware in front of a subgraph's GraphQL endpoint: a request that is not signed for
 * this subgraph (unsigned, forged, stale or replayed) gets 401 with a GraphQL error body and never
 * reaches GraphQL — `_entities` and `_service` included. A verified one leaves its identity in
 * `res.locals` for `requestIdentity(res)`. Only POST is signed; anything else is refused.
 */
export function acceptOnlySignedRequests(secret: string): RequestHandler {
  const replays = new ReplayCache(2 * SIGNATURE_WINDOW_MS);
  return (req: RawBodyRequest, res: Response, next: NextFunction) => {
    const verification =
      req.method === 'POST'
        ? verifySignedRequest(secret, (name) => req.get(name), req.rawBody ?? Buffer.alloc(0), replays)
        : { refused: refusals.unsigned };
    if ('refused' in verification) {
      res.status(401).json({ errors: [{ message: verification.refused, extensions: { code: 'UNAUTHENTICATED' } }] });
      return;
    }
    res.locals.identity = verification.identity;
    next();
  };
}
