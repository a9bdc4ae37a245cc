import 'reflect-metadata';
import { callSettingsFrom } from '../../adapters/kit';
import { subgraphTrust } from '../../lib/auth/subgraph-secrets';
import { auditRecorder } from '../../lib/audit';
import { runService } from '../../lib/run-service';
import { healthInsuranceSettings } from './config';
import { startHealthInsurance } from './index';

runService('health-insurance', healthInsuranceSettings, (config, logger) =>
  startHealthInsurance({
    port: config.PORT,
    host: config.HOST,
    ...subgraphTrust(config),
    audit: auditRecorder('health-insurance', config, logger),
    logger,
    client: {
      baseUrl: config.HEALTH_INSURANCE_URL,
      username: config.HEALTH_INSURANCE_USERNAME,
      password: config.HEALTH_INSURANCE_PASSWORD,
      settings: callSettingsFrom('HEALTH_INSURANCE', config),
    },
  }),
);
