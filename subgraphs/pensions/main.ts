import 'reflect-metadata';
import { callSettingsFrom } from '../../adapters/kit';
import { subgraphTrust } from '../../lib/auth/subgraph-secrets';
import { auditRecorder } from '../../lib/audit';
import { runService } from '../../lib/run-service';
import { pensionsSettings } from './config';
import { startPensions } from './index';

runService('pensions', pensionsSettings, (config, logger) =>
  startPensions({
    port: config.PORT,
    host: config.HOST,
    ...subgraphTrust(config),
    audit: auditRecorder('pensions', config, logger),
    logger,
    client: {
      baseUrl: config.PENSIONS_URL,
      username: config.PENSIONS_USERNAME,
      password: config.PENSIONS_PASSWORD,
      settings: callSettingsFrom('PENSIONS', config),
    },
  }),
);
