import { requestIdentity } from '../../lib/auth/request-identity';
import { Logger } from '../../lib/logger';
import { openDatabase } from '../../lib/database';
import { databaseReadiness } from '../../lib/health';
import { RunningServer, startSubgraphServer, SubgraphTrustOptions } from '../../lib/server';
import { CATALOGUE_CACHE_MAX_AGE_SECONDS } from './config';
import { createContext } from './context';
import { catalogueEntities } from './entities';
import { catalogueMigrations } from './migrations';
import { ProvincialCataloguePort } from './provincial/catalogue-sync';
import { scheduleCatalogueSync } from './provincial/catalogue-sync-job';
import { buildCatalogueSchema } from './schema';
import { seedCalendar, seedCatalogue } from './seed';

export interface CatalogueOptions extends SubgraphTrustOptions {
  port: number;
  host?: string;
  /** `postgres://…`, a SQLite file path, or `:memory:`. */
  databaseUrl: string;
  logger: Logger;
  /** Load the pilot's catalogue into an empty database and any missing calendar years (default true). */
  seed?: boolean;
  /**
   * The provincial platform to push the implementation list to: on demand (pushCatalogueToProvince)
   * and, with `syncIntervalMs`, at start and on that interval.
   */
  province?: { client: ProvincialCataloguePort; syncIntervalMs?: number };
  /** How long anyone may reuse its answers to queries (CACHE_MAX_AGE_SECONDS); 0: never. */
  cacheMaxAgeSeconds?: number;
}

/** Opens the catalogue's database, brings it up to date, seeds it if asked, and serves the subgraph. */
export async function startCatalogue({
  port,
  host,
  databaseUrl,
  logger,
  seed = true,
  province,
  cacheMaxAgeSeconds = CATALOGUE_CACHE_MAX_AGE_SECONDS,
  ...trust
}: CatalogueOptions): Promise<RunningServer> {
  const orm = await openDatabase({ url: databaseUrl, entities: catalogueEntities, migrations: catalogueMigrations });
  try {
    if (seed) {
      const years = await seedCalendar(orm.em.fork());
      const seeded = await seedCatalogue(orm.em.fork());
      logger.info({ calendarYearsLoaded: years, catalogueSeeded: seeded }, 'catalogue seed checked');
    }
    const stopSync = province?.syncIntervalMs
      ? scheduleCatalogueSync(orm, province.client, {
          intervalMs: province.syncIntervalMs,
          logger,
          clock: () => new Date(),
        })
      : () => undefined;
    return await startSubgraphServer({
      name: 'catalogue',
      ...trust,
      schema: await buildCatalogueSchema(),
      port,
      host,
      logger,
      cacheMaxAgeSeconds,
      context: async ({ res }) => createContext(orm.em, undefined, province?.client ?? null, requestIdentity(res)),
      ready: () => databaseReadiness(() => orm.isConnected()),
      onStop: async () => {
        stopSync();
        await orm.close();
      },
    });
  } catch (error) {
    await orm.close();
    throw error;
  }
}
