import 'reflect-metadata';
import { callSettingsFrom } from '../../adapters/kit';
import { subgraphTrust } from '../../lib/auth/subgraph-secrets';
import { auditRecorder } from '../../lib/audit';
import { runService } from '../../lib/run-service';
import { partyBuildingSettings } from './config';
import { startPartyBuilding } from './index';

runService('party-building', partyBuildingSettings, (config, logger) =>
  startPartyBuilding({
    port: config.PORT,
    host: config.HOST,
    ...subgraphTrust(config),
    audit: auditRecorder('party-building', config, logger),
    logger,
    partyBuilding: {
      url: config.PARTY_BUILDING_URL,
      username: config.PARTY_BUILDING_USERNAME,
      password: config.PARTY_BUILDING_PASSWORD,
      pageSize: config.PARTY_BUILDING_PAGE_SIZE,
      ...callSettingsFrom('PARTY_BUILDING', config),
    },
  }),
);
