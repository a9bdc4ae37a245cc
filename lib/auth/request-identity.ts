import type { Response } from 'express';
import type { Identity } from './identity';

/** Where the signature check leaves what it verified, for the GraphQL context to read. */
interface VerifiedLocals {
  identity?: Identity | null;
}

/**
 * The identity the gateway (or a hub service acting as SYSTEM) signed for this request, as
 * verified before GraphQL ran; `null` means anonymous. Every subgraph's context calls it.
 */
export function requestIdentity(res: Response): Identity | null {
  return (res.locals as VerifiedLocals).identity ?? null;
}
