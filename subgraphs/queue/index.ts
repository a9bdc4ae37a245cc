import { openDatabase } from '../../lib/database';
import { databaseReadiness } from '../../lib/health';
import { Logger } from '../../lib/logger';
import { RunningServer, startSubgraphServer } from '../../lib/server';
import { createQueueContext } from './context';
import { QUEUE_ENTITIES } from './entities';
import { catalogueHallDirectory, HallDirectory } from './hall/hall-directory';
import { QUEUE_MIGRATIONS } from './migrations';
import { buildQueueSchema } from './schema';
import { TERMINAL_KEY_HEADER, TerminalCredential, terminalAuthenticator } from './terminal/terminal-credentials';

export interface QueueOptions {
  port: number;
  host?: string;
  /** `postgres://…`, a SQLite file path, or `:memory:`. */
  databaseUrl: string;
  /** Where the catalogue subgraph answers, for the hall's zones and windows, unless `hall` is given. */
  catalogueUrl?: string;
  hall?: HallDirectory;
  /** The registered ticket machines and self-service terminals with their keys. */
  terminals: TerminalCredential[];
  logger: Logger;
  /** The current instant; tests pin it. */
  clock?: () => Date;
}

/** Opens the queue database (running its migrations) and serves the queue subgraph. */
export async function startQueue(options: QueueOptions): Promise<RunningServer> {
  const hall = options.hall ?? (options.catalogueUrl ? catalogueHallDirectory(options.catalogueUrl) : undefined);
  if (!hall) throw new Error('startQueue needs catalogueUrl or hall');
  const clock = options.clock ?? (() => new Date());
  const authenticate = terminalAuthenticator(options.terminals);
  const orm = await openDatabase({ url: options.databaseUrl, entities: QUEUE_ENTITIES, migrations: QUEUE_MIGRATIONS });
  try {
    return await startSubgraphServer({
      name: 'queue',
      schema: await buildQueueSchema(),
      port: options.port,
      host: options.host,
      logger: options.logger,
      context: async ({ req }) => createQueueContext(orm, hall, clock, authenticate(req.get(TERMINAL_KEY_HEADER))),
      ready: () => databaseReadiness(() => orm.isConnected()),
      onStop: () => orm.close(),
    });
  } catch (error) {
    await orm.close();
    throw error;
  }
}
