import { HealthInsuranceClient, HealthInsuranceClientOptions } from '../../adapters/health-insurance';
import { legacyHealthReport } from '../../adapters/kit';
import { AuditRecorder, requestAccess, startAuditRecorder } from '../../lib/audit';
import { Logger } from '../../lib/logger';
import { RunningServer, startSubgraphServer, SubgraphTrustOptions } from '../../lib/server';
import { createHealthInsuranceContext } from './context';
import { buildHealthInsuranceSchema } from './schema';

export interface HealthInsuranceOptions extends SubgraphTrustOptions {
  port: number;
  host?: string;
  logger: Logger;
  /** Where reads of personal data are recorded; from the environment when omitted. */
  audit?: AuditRecorder;
  /** Where the 新农合 system is, its credentials and call settings (from `config.ts`). */
  client: Omit<HealthInsuranceClientOptions, 'logger'>;
}

/** Serves the health-insurance subgraph in front of the township 新农合 system. */
export async function startHealthInsurance(options: HealthInsuranceOptions): Promise<RunningServer> {
  const client = new HealthInsuranceClient({ ...options.client, logger: options.logger });
  const audit = startAuditRecorder('health-insurance', options.audit, options.logger);
  try {
    return await startSubgraphServer({
      name: 'health-insurance',
      secret: options.secret,
      metricsToken: options.metricsToken,
      schema: await buildHealthInsuranceSchema(),
      port: options.port,
      host: options.host,
      logger: options.logger,
      context: async ({ req, res }) => createHealthInsuranceContext(client, requestAccess(audit, req, res)),
      ready: () => legacyHealthReport([client]),
      onStop: async () => {
        client.close();
        await audit.stop();
      },
    });
  } catch (error) {
    client.close();
    await audit.stop();
    throw error;
  }
}
