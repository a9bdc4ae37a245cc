import 'reflect-metadata';
import { createProvincialPlatformClient } from '../../adapters/provincial-platform';
import { provincialPlatformClientConfig } from '../../adapters/provincial-platform/config';
import { callerSecrets, subgraphTrust } from '../../lib/auth/subgraph-secrets';
import { auditRecorder } from '../../lib/audit';
import { runService } from '../../lib/run-service';
import { casesSettings, departmentUrls, dispatcherSettings, provincialExchangeSettings } from './config';
import { DEPARTMENT_SUBGRAPHS } from './dispatch/routes';
import { startCases } from './index';

runService('cases', casesSettings, (config, logger) =>
  startCases({
    port: config.PORT,
    host: config.HOST,
    ...subgraphTrust(config),
    audit: auditRecorder('cases', config, logger),
    databaseUrl: config.DATABASE_URL,
    catalogueUrl: config.CATALOGUE_URL,
    catalogueSecret: callerSecrets(config, ['catalogue']).catalogue,
    departmentUrls: departmentUrls(config),
    departmentSecrets: callerSecrets(config, DEPARTMENT_SUBGRAPHS),
    dispatch: {
      settings: dispatcherSettings(config),
      background: config.DISPATCH_ENABLED === 'true',
      timeoutMs: config.DISPATCH_TIMEOUT_MS,
    },
    province: {
      client: createProvincialPlatformClient({ ...provincialPlatformClientConfig(config), logger }),
      ...provincialExchangeSettings(config),
    },
    logger,
  }),
);
