import 'reflect-metadata';
import { runService } from '../../lib/run-service';
import { casesSettings, departmentUrls, dispatcherSettings } from './config';
import { startCases } from './index';

runService('cases', casesSettings, (config, logger) =>
  startCases({
    port: config.PORT,
    host: config.HOST,
    databaseUrl: config.DATABASE_URL,
    catalogueUrl: config.CATALOGUE_URL,
    departmentUrls: departmentUrls(config),
    dispatch: {
      settings: dispatcherSettings(config),
      background: config.DISPATCH_ENABLED === 'true',
      timeoutMs: config.DISPATCH_TIMEOUT_MS,
    },
    logger,
  }),
);
