import { HealthInsuranceClient, HealthInsuranceClientOptions } from '../../adapters/health-insurance';
import { legacyHealthReport } from '../../adapters/kit';
import { Logger } from '../../lib/logger';
import { RunningServer, startSubgraphServer } from '../../lib/server';
import { createHealthInsuranceContext } from './context';
import { buildHealthInsuranceSchema } from './schema';

export interface HealthInsuranceOptions {
  port: number;
  host?: string;
  logger: Logger;
  /** Where the 新农合 system is, its credentials and call settings (from `config.ts`). */
  client: Omit<HealthInsuranceClientOptions, 'logger'>;
}

/** Serves the health-insurance subgraph in front of the township 新农合 system. */
export async function startHealthInsurance(options: HealthInsuranceOptions): Promise<RunningServer> {
  const client = new HealthInsuranceClient({ ...options.client, logger: options.logger });
  try {
    return await startSubgraphServer({
      name: 'health-insurance',
      schema: await buildHealthInsuranceSchema(),
      port: options.port,
      host: options.host,
      logger: options.logger,
      context: async () => createHealthInsuranceContext(client),
      ready: () => legacyHealthReport([client]),
      onStop: async () => client.close(),
    });
  } catch (error) {
    client.close();
    throw error;
  }
}
