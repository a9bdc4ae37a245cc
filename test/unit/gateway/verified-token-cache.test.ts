import { Identity } from '../../../lib/auth/identity';
import { DEVELOPMENT_ISSUER, DEFAULT_AUDIENCE, mintToken, tokenVerifier, TokenRefused } from '../../../lib/auth/tokens';
import { MAX_REUSE_MS, verifiedTokenCache } from '../../../gateway/verifiedTokenCache';

// The verified-token cache (gateway/verifiedTokenCache.ts) in front of the real verifier, counting
// how often the verifier runs, on a clock the test moves.
const SECRET = 'the-verified-token-cache-test-key-000001';
const CLERK: Identity = { subject: 'clerk-01', roles: ['WINDOW_CLERK'], windowCode: 'CW-INVEST' };
const OFFICER: Identity = { subject: 'officer-01', roles: ['DEPARTMENT_OFFICER'], departmentCode: 'LYJ' };

function counted() {
  const verify = tokenVerifier({ secret: SECRET, issuer: DEVELOPMENT_ISSUER, audience: DEFAULT_AUDIENCE });
  const calls: string[] = [];
  return {
    calls,
    verify: (token: string) => {
      calls.push(token);
      return verify(token);
    },
  };
}

/** A clock at the real time (the tokens' `exp` is real), moved by the test. */
function clock() {
  let offset = 0;
  return { now: () => Date.now() + offset, advance: (ms: number) => (offset += ms) };
}

test('a token is verified once, then answered with the same identity until it is reused too long', async () => {
  const { calls, verify } = counted();
  const time = clock();
  const cached = verifiedTokenCache(verify, { maxEntries: 10, now: time.now });
  const token = await mintToken(CLERK, { secret: SECRET, ttlSeconds: 3600 });
  const identities = [await cached(token), await cached(token), await cached(token)];
  expect(identities).toEqual([CLERK, CLERK, CLERK]);
  expect(calls).toHaveLength(1);
  expect(Object.isFrozen(identities[0]) && Object.isFrozen(identities[0].roles)).toBe(true);
  time.advance(MAX_REUSE_MS + 1);
  expect(await cached(token)).toEqual(CLERK);
  expect(calls).toHaveLength(2);
});

test('at its exp a kept token is verified again (and then refused by the verifier, whose clock says so)', async () => {
  const { calls, verify } = counted();
  const time = clock();
  const cached = verifiedTokenCache(verify, { maxEntries: 10, now: time.now });
  const token = await mintToken(CLERK, { secret: SECRET, ttlSeconds: 60 });
  await cached(token);
  time.advance(30_000);
  await cached(token);
  expect(calls).toHaveLength(1);
  time.advance(31_000);
  // the verifier reads the real clock; the kept entry ended at `exp` on the test's clock
  await cached(token);
  expect(calls).toHaveLength(2);
});

test('refused tokens are never kept: each try is verified and refused', async () => {
  const { calls, verify } = counted();
  const cached = verifiedTokenCache(verify, { maxEntries: 10 });
  const forged = await mintToken(CLERK, { secret: 'another-key-that-the-hub-does-not-trust-01' });
  await expect(cached(forged)).rejects.toThrow(new TokenRefused('The token signature is not valid'));
  await expect(cached(forged)).rejects.toThrow(new TokenRefused('The token signature is not valid'));
  expect(calls).toHaveLength(2);
});

test('at most maxEntries tokens are kept; the oldest goes first', async () => {
  const { calls, verify } = counted();
  const cached = verifiedTokenCache(verify, { maxEntries: 1 });
  const clerk = await mintToken(CLERK, { secret: SECRET });
  const officer = await mintToken(OFFICER, { secret: SECRET });
  expect([await cached(clerk), await cached(officer), await cached(officer), await cached(clerk)]).toEqual([
    CLERK,
    OFFICER,
    OFFICER,
    CLERK,
  ]);
  expect(calls).toEqual([clerk, officer, clerk]);
});
