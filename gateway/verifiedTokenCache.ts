import { decodeJwt } from 'jose';
import { Identity } from '../lib/auth/identity';
import { TokenVerifier } from '../lib/auth/tokens';

export interface VerifiedTokenCacheOptions {
  /** Tokens kept at most; the oldest go first. */
  maxEntries: number;
  /** The clock, in milliseconds (tests move it). */
  now?: () => number;
}

/**
 * How long a verification is reused at most, even for a longer-lived token: a key withdrawn from
 * the identity provider's key set stops the tokens it signed here within this time.
 */
export const MAX_REUSE_MS = 5 * 60_000;

/**
 * Keeps the identity each accepted bearer token was verified to, until the token expires (`exp`;
 * at most MAX_REUSE_MS), so a client sending the same token with every request costs one
 * signature check, not one per request. Verifying is a pure function of the token and the keys:
 * the same token always yields the same identity until `exp`, after which it is verified again —
 * and refused. A refused token is never kept (each try is verified and refused again), nor one
 * without `exp`. The identity is frozen: requests share it.
 *
 * Why: the profile of our gateway on the person query (`npm run bench`'s canned subgraphs,
 * `node --cpu-prof`) had jose's HS256 verification, with its key import, at about 6 % of the
 * process's CPU. Off with GATEWAY_TOKEN_CACHE_SIZE=0.
 */
export function verifiedTokenCache(
  verify: TokenVerifier,
  { maxEntries, now = Date.now }: VerifiedTokenCacheOptions,
): TokenVerifier {
  const verified = new Map<string, { identity: Identity; until: number }>();
  return async (token) => {
    const kept = verified.get(token);
    if (kept && kept.until > now()) return kept.identity;
    if (kept) verified.delete(token);
    const identity = await verify(token);
    const { exp } = decodeJwt(token);
    if (typeof exp !== 'number') return identity;
    if (verified.size >= maxEntries) verified.delete(verified.keys().next().value!);
    const frozen = Object.freeze({ ...identity, roles: Object.freeze([...identity.roles]) }) as Identity;
    verified.set(token, { identity: frozen, until: Math.min(exp * 1000, now() + MAX_REUSE_MS) });
    return frozen;
  };
}
