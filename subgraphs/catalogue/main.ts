import 'reflect-metadata';
import { createProvincialPlatformClient } from '../../adapters/provincial-platform';
import { provincialPlatformClientConfig } from '../../adapters/provincial-platform/config';
import { subgraphTrust } from '../../lib/auth/subgraph-secrets';
import { runService } from '../../lib/run-service';
import { catalogueSettings } from './config';
import { startCatalogue } from './index';

runService('catalogue', catalogueSettings, (config, logger) =>
  startCatalogue({
    port: config.PORT,
    host: config.HOST,
    ...subgraphTrust(config),
    databaseUrl: config.DATABASE_URL,
    logger,
    seed: config.CATALOGUE_SEED === 'true',
    cacheMaxAgeSeconds: config.CACHE_MAX_AGE_SECONDS,
    province: {
      client: createProvincialPlatformClient({ ...provincialPlatformClientConfig(config), logger }),
      syncIntervalMs: config.PROVINCIAL_SYNC_INTERVAL_MS,
    },
  }),
);
