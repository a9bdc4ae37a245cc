import { GraphQLError } from 'graphql';
import { Identity } from '../../../lib/auth/identity';
import { DEFAULT_AUDIENCE, DEVELOPMENT_ISSUER, tokenVerifier, TokenRefused } from '../../../lib/auth/tokens';

/**
 * What the peers do to call the hub's subgraphs, the same work our gateway does: verify the
 * bearer token with the run's key (AUTH_JWT_SECRET, test/bench/trust.ts) — once per request — so
 * the identity can go, signed with SUBGRAPH_SECRET, to every subgraph call. Without it the stock
 * and Hive gateways could not ask for personal data at all, and would skip work ours does.
 */
export function benchIdentity(): (authorization: string | null | undefined) => Promise<Identity | null> {
  const verify = tokenVerifier({
    secret: process.env.AUTH_JWT_SECRET,
    issuer: DEVELOPMENT_ISSUER,
    audience: DEFAULT_AUDIENCE,
  });
  return async (authorization) => {
    if (!authorization) return null;
    try {
      return await verify(authorization.replace(/^Bearer /, ''));
    } catch (error) {
      if (!(error instanceof TokenRefused)) throw error;
      throw new GraphQLError(error.message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
    }
  };
}

/** The secret every subgraph of the bench run verifies with. */
export function benchSubgraphSecret(): string {
  const secret = process.env.SUBGRAPH_SECRET;
  if (!secret) throw new Error('SUBGRAPH_SECRET: the bench sets it for every gateway (test/bench/trust.ts)');
  return secret;
}
