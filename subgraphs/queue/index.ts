import { requestIdentity } from '../../lib/auth/request-identity';
import { secretOrTestDefault } from '../../lib/auth/subgraph-secrets';
import { AuditRecorder, requestAccess, startAuditRecorder } from '../../lib/audit';
import { openDatabase } from '../../lib/database';
import { databaseReadiness } from '../../lib/health';
import { Logger } from '../../lib/logger';
import { RunningServer, startSubgraphServer, SubgraphTrustOptions } from '../../lib/server';
import { createQueueContext } from './context';
import { QUEUE_ENTITIES } from './entities';
import { catalogueHallDirectory, HallDirectory } from './hall/hall-directory';
import { QUEUE_MIGRATIONS } from './migrations';
import { buildQueueSchema } from './schema';
import { Terminal, terminalRegistry } from './terminal/terminals';

export interface QueueOptions extends SubgraphTrustOptions {
  port: number;
  host?: string;
  /** `postgres://…`, a SQLite file path, or `:memory:`. */
  databaseUrl: string;
  /** Where the catalogue subgraph answers, for the hall's zones and windows, unless `hall` is given. */
  catalogueUrl?: string;
  hall?: HallDirectory;
  /** The catalogue's signing secret, for calls to `catalogueUrl` (under jest, the test run's when omitted). */
  catalogueSecret?: string;
  /** The hall's registered ticket machines and self-service terminals (each signs in with its TERMINAL token). */
  terminals: Terminal[];
  logger: Logger;
  /** Where reads of ticket holders' IDs are recorded; from the environment when omitted. */
  audit?: AuditRecorder;
  /** The current instant; tests pin it. */
  clock?: () => Date;
}

/** Opens the queue database (running its migrations) and serves the queue subgraph. */
export async function startQueue(options: QueueOptions): Promise<RunningServer> {
  const catalogueSecret = () => secretOrTestDefault(options.catalogueSecret, 'the catalogue subgraph');
  const hall =
    options.hall ??
    (options.catalogueUrl ? catalogueHallDirectory(options.catalogueUrl, catalogueSecret()) : undefined);
  if (!hall) throw new Error('startQueue needs catalogueUrl or hall');
  const clock = options.clock ?? (() => new Date());
  const terminalOf = terminalRegistry(options.terminals);
  const orm = await openDatabase({ url: options.databaseUrl, entities: QUEUE_ENTITIES, migrations: QUEUE_MIGRATIONS });
  const audit = startAuditRecorder('queue', options.audit, options.logger);
  try {
    return await startSubgraphServer({
      name: 'queue',
      secret: options.secret,
      metricsToken: options.metricsToken,
      schema: await buildQueueSchema(),
      port: options.port,
      host: options.host,
      logger: options.logger,
      context: async ({ req, res }) =>
        createQueueContext(orm, hall, clock, terminalOf(requestIdentity(res)), requestAccess(audit, req, res)),
      ready: () => databaseReadiness(() => orm.isConnected()),
      onStop: async () => {
        await audit.stop();
        await orm.close();
      },
    });
  } catch (error) {
    await audit.stop();
    await orm.close();
    throw error;
  }
}
