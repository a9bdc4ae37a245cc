import { legacyHealthReport } from '../../adapters/kit';
import { PensionsClient, PensionsClientOptions } from '../../adapters/pensions';
import { AuditRecorder, requestAccess, startAuditRecorder } from '../../lib/audit';
import { Logger } from '../../lib/logger';
import { RunningServer, startSubgraphServer, SubgraphTrustOptions } from '../../lib/server';
import { createPensionsContext } from './context';
import { buildPensionsSchema } from './schema';

export interface PensionsOptions extends SubgraphTrustOptions {
  port: number;
  host?: string;
  logger: Logger;
  /** Where reads of personal data are recorded; from the environment when omitted. */
  audit?: AuditRecorder;
  /** Where the pension system is, its UsernameToken and call settings (from `config.ts`). */
  client: Omit<PensionsClientOptions, 'logger'>;
}

/** Serves the pensions subgraph in front of the 城乡居民养老保险 system. */
export async function startPensions(options: PensionsOptions): Promise<RunningServer> {
  const client = new PensionsClient({ ...options.client, logger: options.logger });
  const audit = startAuditRecorder('pensions', options.audit, options.logger);
  try {
    return await startSubgraphServer({
      name: 'pensions',
      secret: options.secret,
      metricsToken: options.metricsToken,
      schema: await buildPensionsSchema(),
      port: options.port,
      host: options.host,
      logger: options.logger,
      context: async ({ req, res }) => createPensionsContext(client, requestAccess(audit, req, res)),
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
