import { join } from 'node:path';
import { z } from 'zod';
import { metricsTokenInProduction, subgraphTrustSettings } from '../../lib/auth/subgraph-secrets';
import { provincialPlatformSettings } from '../../adapters/provincial-platform/config';
import { secret, serviceSettings } from '../../lib/config';
import { dataDir } from '../../lib/paths';
import { findSubgraph } from '../../lib/services';

/**
 * How long the gateway (and any HTTP cache) may reuse the catalogue's answers: the catalogue is
 * public reference data that changes a few times a day, so a few seconds of staleness cost no one
 * anything and spare it the searches every window terminal and portal repeats.
 */
export const CATALOGUE_CACHE_MAX_AGE_SECONDS = 5;

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
    /** Cache-Control max-age of the catalogue's answers to queries, in seconds; 0: never cached. */
    CACHE_MAX_AGE_SECONDS: z.coerce.number().int().min(0).default(CATALOGUE_CACHE_MAX_AGE_SECONDS),
  })
  .superRefine(metricsTokenInProduction);
