import 'reflect-metadata';
import { callSettingsFrom } from '../../adapters/kit';
import { subgraphTrust } from '../../lib/auth/subgraph-secrets';
import { auditRecorder } from '../../lib/audit';
import { runService } from '../../lib/run-service';
import { forestrySettings } from './config';
import { startForestry } from './index';

runService('forestry', forestrySettings, (config, logger) =>
  startForestry({
    port: config.PORT,
    host: config.HOST,
    ...subgraphTrust(config),
    audit: auditRecorder('forestry', config, logger),
    logger,
    harvest: { url: config.FORESTRY_HARVEST_URL, ...callSettingsFrom('FORESTRY_HARVEST', config) },
    transport: { url: config.FORESTRY_TRANSPORT_URL, ...callSettingsFrom('FORESTRY_TRANSPORT', config) },
    landUse: { url: config.FORESTRY_LAND_USE_URL, ...callSettingsFrom('FORESTRY_LAND_USE', config) },
  }),
);
