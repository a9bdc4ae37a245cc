import { createHash, createHmac, randomUUID } from 'node:crypto';
import { currentRequestId } from '../request-context';
import type { Identity } from './identity';
import { systemIdentity } from './subgraph-secrets';

/**
 * How the gateway (and a hub service calling another, as SYSTEM) proves to a subgraph who is
 * asking: an HMAC-SHA256, keyed with the subgraph's own secret, over the identity, the request id,
 * a timestamp, a nonce and the SHA-256 of the exact body. A subgraph that checks it
 * (./verify-signed-request.ts) can trust the identity header, and nobody else can make one.
 */
export const SIGNED_HEADERS = {
  /** The caller's identity: base64url of its JSON, or `anonymous`. */
  identity: 'x-hub-identity',
  /** Milliseconds since the epoch when the request was signed. */
  timestamp: 'x-hub-timestamp',
  /** Unique per signed request: a subgraph accepts each nonce once. */
  nonce: 'x-hub-nonce',
  /** `v1=<hex HMAC-SHA256>` of the canonical string below. */
  signature: 'x-hub-signature',
  /** The client request this call serves (lib/request-context.ts), signed so a log cannot be misled. */
  requestId: 'x-request-id',
} as const;

export const SIGNATURE_VERSION = 'v1';
const ANONYMOUS = 'anonymous';

export interface SignedRequestParts {
  identity: string;
  timestamp: string;
  nonce: string;
  requestId: string;
  bodyHash: string;
}

export const sha256Hex = (body: string | Buffer) => createHash('sha256').update(body).digest('hex');

/** The string the HMAC covers: every signed part, one per line, in a fixed order. */
export function canonicalString(parts: SignedRequestParts): string {
  return [SIGNATURE_VERSION, parts.timestamp, parts.nonce, parts.requestId, parts.identity, parts.bodyHash].join('\n');
}

export function signatureOf(secret: string, parts: SignedRequestParts): string {
  return `${SIGNATURE_VERSION}=${createHmac('sha256', secret).update(canonicalString(parts)).digest('hex')}`;
}

export function encodeIdentity(identity: Identity | null): string {
  return identity ? Buffer.from(JSON.stringify(identity), 'utf8').toString('base64url') : ANONYMOUS;
}

/** The identity a verified header carries; throws on one that is not an identity's JSON. */
export function decodeIdentity(header: string): Identity | null {
  if (header === ANONYMOUS) return null;
  const parsed = JSON.parse(Buffer.from(header, 'base64url').toString('utf8')) as Identity;
  if (typeof parsed?.subject !== 'string' || !Array.isArray(parsed.roles)) throw new Error('not an identity');
  return parsed;
}

export type SignRequestOptions = {
  /** The called subgraph's secret. */
  secret: string;
  /** The exact bytes that will be sent. */
  body: string;
  /** The client request this call serves; a fresh id when the caller acts on its own. */
  requestId?: string;
  /** Signing time; now by default. */
  now?: number;
} & (
  | { identity: Identity | null }
  /** The identity header as already written (`encodeIdentity`): the gateway's data source writes it first. */
  | { encodedIdentity: string }
);

/** The headers that make a subgraph accept this body from this identity (add them to the POST). */
export function signRequest(options: SignRequestOptions) {
  const { secret, body, requestId, now = Date.now() } = options;
  const parts: SignedRequestParts = {
    identity: 'encodedIdentity' in options ? options.encodedIdentity : encodeIdentity(options.identity),
    timestamp: String(now),
    nonce: randomUUID(),
    requestId: requestId ?? randomUUID(),
    bodyHash: sha256Hex(body),
  };
  return {
    [SIGNED_HEADERS.identity]: parts.identity,
    [SIGNED_HEADERS.timestamp]: parts.timestamp,
    [SIGNED_HEADERS.nonce]: parts.nonce,
    [SIGNED_HEADERS.requestId]: parts.requestId,
    [SIGNED_HEADERS.signature]: signatureOf(secret, parts),
  };
}

/**
 * The headers of a hub service's own call to a subgraph (the cases dispatcher, the catalogue
 * clients): JSON, signed as SYSTEM with the service's name, within the current request if any.
 */
export function systemRequestHeaders(service: string, secret: string, body: string): Record<string, string> {
  return {
    'content-type': 'application/json',
    ...signRequest({ secret, body, identity: systemIdentity(service), requestId: currentRequestId() }),
  };
}
