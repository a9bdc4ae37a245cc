import { legacyHealthReport } from '../../adapters/kit';
import { PensionsClient, PensionsClientOptions } from '../../adapters/pensions';
import { Logger } from '../../lib/logger';
import { RunningServer, startSubgraphServer } from '../../lib/server';
import { createPensionsContext } from './context';
import { buildPensionsSchema } from './schema';

export interface PensionsOptions {
  port: number;
  host?: string;
  logger: Logger;
  /** Where the pension system is, its UsernameToken and call settings (from `config.ts`). */
  client: Omit<PensionsClientOptions, 'logger'>;
}

/** Serves the pensions subgraph in front of the 城乡居民养老保险 system. */
export async function startPensions(options: PensionsOptions): Promise<RunningServer> {
  const client = new PensionsClient({ ...options.client, logger: options.logger });
  try {
    return await startSubgraphServer({
      name: 'pensions',
      schema: await buildPensionsSchema(),
      port: options.port,
      host: options.host,
      logger: options.logger,
      context: async () => createPensionsContext(client),
      ready: () => legacyHealthReport([client]),
      onStop: async () => client.close(),
    });
  } catch (error) {
    client.close();
    throw error;
  }
}
