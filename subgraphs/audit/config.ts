import { join } from 'node:path';
import { z } from 'zod';
import { metricsTokenInProduction, subgraphTrustSettings } from '../../lib/auth/subgraph-secrets';
import { secret, serviceSettings } from '../../lib/config';
import { dataDir } from '../../lib/paths';
import { findSubgraph } from '../../lib/services';

/** Everything the audit subgraph reads from the environment. */
export const auditSettings = z
  .object({
    ...serviceSettings(findSubgraph('audit').defaultPort),
    /** SUBGRAPH_SECRET (requests signed by the gateway and the other subgraphs) and METRICS_TOKEN. */
    ...subgraphTrustSettings(),
    /** `postgres://…` in production (its own database); a SQLite file under data/ by default. */
    DATABASE_URL: secret(z.string().min(1).default(join(dataDir(), 'audit.sqlite'))),
  })
  .superRefine(metricsTokenInProduction);
