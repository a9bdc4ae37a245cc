import { requestIdentity } from '../../lib/auth/request-identity';
import { openDatabase } from '../../lib/database';
import { databaseReadiness } from '../../lib/health';
import { Logger } from '../../lib/logger';
import { RunningServer, startSubgraphServer, SubgraphTrustOptions } from '../../lib/server';
import { createAuditContext } from './context';
import { AUDIT_ENTITIES } from './entities';
import { AUDIT_MIGRATIONS } from './migrations';
import { buildAuditSchema } from './schema';

export interface AuditOptions extends SubgraphTrustOptions {
  port: number;
  host?: string;
  /** `postgres://…`, a SQLite file path, or `:memory:`. */
  databaseUrl: string;
  logger: Logger;
}

/** Opens the audit database (running its migrations) and serves the audit subgraph. */
export async function startAudit(options: AuditOptions): Promise<RunningServer> {
  const orm = await openDatabase({ url: options.databaseUrl, entities: AUDIT_ENTITIES, migrations: AUDIT_MIGRATIONS });
  try {
    return await startSubgraphServer({
      name: 'audit',
      secret: options.secret,
      metricsToken: options.metricsToken,
      schema: await buildAuditSchema(),
      port: options.port,
      host: options.host,
      logger: options.logger,
      context: async ({ res }) => createAuditContext(orm, requestIdentity(res)),
      ready: () => databaseReadiness(() => orm.isConnected()),
      onStop: () => orm.close(),
    });
  } catch (error) {
    await orm.close();
    throw error;
  }
}
