import { createForestryHarvestClient } from '../../adapters/forestry-harvest';
import { createForestryLandUseClient } from '../../adapters/forestry-land-use';
import { createForestryTransportClient } from '../../adapters/forestry-transport';
import { CallSettings } from '../../adapters/kit';
import { AuditRecorder, requestAccess, startAuditRecorder } from '../../lib/audit';
import { Logger } from '../../lib/logger';
import { RunningServer, startSubgraphServer, SubgraphTrustOptions } from '../../lib/server';
import { createForestryContext, ForestryClients } from './context';
import { forestryHealth } from './health';
import { buildForestrySchema } from './schema';

/** Where a legacy system answers and how it is called. */
export interface LegacyEndpoint extends CallSettings {
  url: string;
}

export interface ForestryOptions extends SubgraphTrustOptions {
  port: number;
  host?: string;
  logger: Logger;
  /** Where reads of personal data are recorded; from the environment when omitted. */
  audit?: AuditRecorder;
  /** The harvest-permit SOAP endpoint (e.g. http://127.0.0.1:4101/lmcf/xkz). */
  harvest: LegacyEndpoint;
  /** Base URL of the transport-permit system. */
  transport: LegacyEndpoint;
  /** Base URL of the land-use system. */
  landUse: LegacyEndpoint;
}

/** Serves the forestry subgraph over the three forestry systems; it owns no database. */
export async function startForestry(options: ForestryOptions): Promise<RunningServer> {
  const { logger } = options;
  const clients: ForestryClients = {
    harvest: createForestryHarvestClient({ ...options.harvest, logger }),
    transport: createForestryTransportClient({ ...options.transport, logger }),
    landUse: createForestryLandUseClient({ ...options.landUse, logger }),
  };
  const audit = startAuditRecorder('forestry', options.audit, logger);
  const closeClients = async () => {
    Object.values(clients).forEach((client) => client.close());
    await audit.stop();
  };
  try {
    return await startSubgraphServer({
      name: 'forestry',
      secret: options.secret,
      metricsToken: options.metricsToken,
      schema: await buildForestrySchema(),
      port: options.port,
      host: options.host,
      logger,
      context: async ({ req, res }) => createForestryContext(clients, requestAccess(audit, req, res)),
      ready: () => forestryHealth(clients),
      onStop: closeClients,
    });
  } catch (error) {
    await closeClients();
    throw error;
  }
}
