import { randomBytes } from 'node:crypto';
import { OWN_SECRET_VARIABLE, subgraphSecretVariable } from '../../lib/auth/subgraph-secrets';
import { SUBGRAPHS } from '../../lib/services';

/**
 * One random signing secret per test run (jest worker): a subgraph started without one verifies
 * with it, and `postGraphQL` and the hub services sign with it (lib/auth/subgraph-secrets.ts,
 * `secretOrTestDefault`). Set as the environment a service process reads, so a test that spawns
 * `main.js` gets the same one.
 */
const testSecret = `test-${randomBytes(24).toString('hex')}`;
process.env[OWN_SECRET_VARIABLE] ??= testSecret;
for (const { name } of SUBGRAPHS) process.env[subgraphSecretVariable(name)] ??= process.env[OWN_SECRET_VARIABLE];
