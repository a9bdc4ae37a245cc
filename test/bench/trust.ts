import { randomBytes } from 'node:crypto';
import { Identity } from '../../lib/auth/identity';
import { OWN_SECRET_VARIABLE, subgraphSecretVariable } from '../../lib/auth/subgraph-secrets';
import { mintToken } from '../../lib/auth/tokens';
import { SUBGRAPHS } from '../../lib/services';

/**
 * The trust the hub requires, for one bench run: every subgraph answers only requests signed with
 * its secret, and personal data needs a bearer token. The bench runs like the test suite does
 * (NODE_ENV=test, one SUBGRAPH_SECRET for every subgraph of the run), so that everything the bench
 * process and its children post — seeding, scale, the direct replay, each gateway — signs with the
 * same secret without wiring it through every helper. Gateways get `TOKEN_KEY` for bearer tokens.
 */
export interface BenchTrust {
  /** What every subgraph verifies with and every caller signs with. */
  subgraphSecret: string;
  /** The HS256 key the bench's tokens are signed with (AUTH_JWT_SECRET of every gateway). */
  tokenKey: string;
}

/** Sets the run's secrets in this process's environment, which every child inherits. */
export function installBenchTrust(): BenchTrust {
  const trust = { subgraphSecret: randomBytes(32).toString('hex'), tokenKey: randomBytes(32).toString('hex') };
  process.env.NODE_ENV = 'test';
  process.env[OWN_SECRET_VARIABLE] = trust.subgraphSecret;
  for (const { name } of SUBGRAPHS) process.env[subgraphSecretVariable(name)] = trust.subgraphSecret;
  process.env.AUTH_JWT_SECRET = trust.tokenKey;
  return trust;
}

/** A bearer token for `identity` that lasts the whole run; none for anonymous. */
export async function benchToken(trust: BenchTrust, identity: Identity | null): Promise<string | undefined> {
  return identity ? mintToken(identity, { secret: trust.tokenKey, ttlSeconds: 6 * 3600 }) : undefined;
}
