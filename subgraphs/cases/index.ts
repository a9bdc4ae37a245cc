import { openDatabase } from '../../lib/database';
import { Logger } from '../../lib/logger';
import { RunningServer, startSubgraphServer } from '../../lib/server';
import { CatalogueClient } from './catalogue/catalogue-client';
import { HttpCatalogueClient } from './catalogue/http-catalogue-client';
import { createCasesContext } from './context';
import { CASES_ENTITIES } from './entities';
import { CASES_MIGRATIONS } from './migrations';
import { buildCasesSchema } from './schema';

export interface CasesOptions {
  port: number;
  host?: string;
  /** `postgres://…`, a SQLite file path, or `:memory:`. */
  databaseUrl: string;
  /** Where the catalogue subgraph answers (service to service), unless `catalogue` is given. */
  catalogueUrl?: string;
  /** A ready catalogue client (tests pass an in-memory one). */
  catalogue?: CatalogueClient;
  logger: Logger;
  /** The current instant; tests pin it. */
  clock?: () => Date;
}

/** Opens the cases database (running its migrations) and serves the cases subgraph. */
export async function startCases(options: CasesOptions): Promise<RunningServer> {
  const catalogue =
    options.catalogue ?? (options.catalogueUrl ? new HttpCatalogueClient({ url: options.catalogueUrl }) : undefined);
  if (!catalogue) throw new Error('startCases needs catalogueUrl or catalogue');
  const clock = options.clock ?? (() => new Date());
  const orm = await openDatabase({ url: options.databaseUrl, entities: CASES_ENTITIES, migrations: CASES_MIGRATIONS });
  try {
    return await startSubgraphServer({
      name: 'cases',
      schema: await buildCasesSchema(),
      port: options.port,
      host: options.host,
      logger: options.logger,
      context: async () => createCasesContext(orm, catalogue, clock),
      health: async () => ({ ok: await orm.isConnected() }),
      onStop: () => orm.close(),
    });
  } catch (error) {
    await orm.close();
    throw error;
  }
}
