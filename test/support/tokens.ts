import { Identity } from '../../lib/auth/identity';
import { secretOrTestDefault } from '../../lib/auth/subgraph-secrets';
import { mintToken, MintOptions } from '../../lib/auth/tokens';

/**
 * A bearer token for `identity` that a gateway started without `auth` accepts (it verifies with
 * the test run's secret under jest), or signed with `secret` for one that was given its own.
 */
export function testToken(identity: Identity, options: Partial<MintOptions> = {}): Promise<string> {
  return mintToken(identity, { ...options, secret: options.secret ?? secretOrTestDefault(undefined, 'testToken') });
}
