import { auditRecorderSettings } from '../../lib/audit';
import { join } from 'node:path';
import { z } from 'zod';
import { metricsTokenInProduction, signingSecret, subgraphTrustSettings } from '../../lib/auth/subgraph-secrets';
import { credential, secret, serviceSettings } from '../../lib/config';
import { dataDir } from '../../lib/paths';
import { defaultSubgraphUrl, findSubgraph } from '../../lib/services';
import { DEVELOPMENT_TERMINALS } from './terminal/terminals';

/** Everything the queue subgraph reads from the environment. */
export const queueSettings = z
  .object({
    ...serviceSettings(findSubgraph('queue').defaultPort),
    /** SUBGRAPH_SECRET (requests signed by the gateway) and METRICS_TOKEN: lib/auth/README.md. */
    ...subgraphTrustSettings(),
    /** SUBGRAPH_AUDIT_URL, SUBGRAPH_AUDIT_SECRET, AUDIT_SPOOL_DIR: where personal-data access is recorded. */
    ...auditRecorderSettings(),
    /** `postgres://…` in production (it may hold a password); a SQLite file under data/ by default. */
    DATABASE_URL: secret(z.string().min(1).default(join(dataDir(), 'queue.sqlite'))),
    /** The catalogue subgraph, for the hall's zones and windows. */
    CATALOGUE_URL: z.url().default(defaultSubgraphUrl(findSubgraph('catalogue'))),
    /** The catalogue's signing secret, for the hall's layout. */
    SUBGRAPH_CATALOGUE_SECRET: signingSecret(),
    /**
     * The hall's devices, JSON [{ "id", "name", "zoneCode" }] (each signs in with its TERMINAL
     * token); the default is the development hall's, refused in production.
     */
    QUEUE_TERMINALS: credential(JSON.stringify(DEVELOPMENT_TERMINALS)),
  })
  .superRefine(metricsTokenInProduction);
