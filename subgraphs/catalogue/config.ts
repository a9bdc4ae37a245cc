import { join } from 'node:path';
import { z } from 'zod';
import { metricsTokenInProduction, subgraphTrustSettings } from '../../lib/auth/subgraph-secrets';
import { provincialPlatformSettings } from '../../adapters/provincial-platform/config';
import { secret, serviceSettings } from '../../lib/config';
import { dataDir } from '../../lib/paths';
import { findSubgraph } from '../../lib/services';

/** Everything the catalogue subgraph reads from the environment. */
export const catalogueSettings = z
  .object({
    ...serviceSettings(findSubgraph('catalogue').defaultPort),
    /** SUBGRAPH_SECRET (requests signed by the gateway) and METRICS_TOKEN: lib/auth/README.md. */
    ...subgraphTrustSettings(),
    /** `postgres://…` in production (it may hold a password); a SQLite file under data/ by default. */
    DATABASE_URL: secret(z.string().min(1).default(join(dataDir(), 'catalogue.sqlite'))),
    /** Load the pilot's catalogue into an empty database, and any missing calendar year, at start. */
    CATALOGUE_SEED: z.enum(['true', 'false']).default('true'),
    /** Where and as whom the implementation list is pushed to the provincial platform. */
    ...provincialPlatformSettings,
    /** How often the implementation list is pushed (milliseconds); 0 pushes only on demand. */
    PROVINCIAL_SYNC_INTERVAL_MS: z.coerce.number().int().min(0).default(300_000),
  })
  .superRefine(metricsTokenInProduction);
