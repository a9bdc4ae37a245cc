import { Logger } from '../../lib/logger';
import { openDatabase } from '../../lib/database';
import { RunningServer, startSubgraphServer } from '../../lib/server';
import { createContext } from './context';
import { catalogueEntities } from './entities';
import { catalogueMigrations } from './migrations';
import { buildCatalogueSchema } from './schema';
import { seedCalendar, seedCatalogue } from './seed';

export interface CatalogueOptions {
  port: number;
  host?: string;
  /** `postgres://…`, a SQLite file path, or `:memory:`. */
  databaseUrl: string;
  logger: Logger;
  /** Load the pilot's catalogue into an empty database and any missing calendar years (default true). */
  seed?: boolean;
}

/** Opens the catalogue's database, brings it up to date, seeds it if asked, and serves the subgraph. */
export async function startCatalogue({
  port,
  host,
  databaseUrl,
  logger,
  seed = true,
}: CatalogueOptions): Promise<RunningServer> {
  const orm = await openDatabase({ url: databaseUrl, entities: catalogueEntities, migrations: catalogueMigrations });
  try {
    if (seed) {
      const years = await seedCalendar(orm.em.fork());
      const seeded = await seedCatalogue(orm.em.fork());
      logger.info({ calendarYearsLoaded: years, catalogueSeeded: seeded }, 'catalogue seed checked');
    }
    return await startSubgraphServer({
      name: 'catalogue',
      schema: await buildCatalogueSchema(),
      port,
      host,
      logger,
      context: async () => createContext(orm.em),
      health: async () => ({ ok: await orm.isConnected() }),
      onStop: () => orm.close(),
    });
  } catch (error) {
    await orm.close();
    throw error;
  }
}
