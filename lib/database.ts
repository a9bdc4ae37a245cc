import { BetterSqliteDriver } from '@mikro-orm/better-sqlite';
import { Constructor, EntityClass, MikroORM, Options } from '@mikro-orm/core';
import { Migration, Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export interface DatabaseOptions {
  /** `postgres://…` for PostgreSQL; a file path or `:memory:` for SQLite. */
  url: string;
  entities: EntityClass<any>[];
  /** Migrations in the order they apply; named so the migrator can record them. */
  migrations: { name: string; class: Constructor<Migration> }[];
  debug?: boolean;
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

/**
 * MikroORM options for either engine. Migrations are passed as classes rather than found by
 * globbing, so the same list works from `dist/` and under ts-jest.
 */
export function ormOptions({ url, entities, migrations, debug = false }: DatabaseOptions): Options {
  const common = {
    entities,
    debug,
    extensions: [Migrator],
    migrations: { migrationsList: migrations, transactional: true, allOrNothing: true, silent: true },
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    allowGlobalContext: false,
  } satisfies Partial<Options>;
  if (isPostgresUrl(url)) {
    return { ...common, driver: PostgreSqlDriver, clientUrl: url };
  }
  if (url !== ':memory:') mkdirSync(dirname(url), { recursive: true });
  return { ...common, driver: BetterSqliteDriver, dbName: url };
}

/**
 * Opens the database and brings its schema up to date with the service's migrations. A SQLite
 * file is put in write-ahead-log mode (kept in the file): a commit then appends to the log and
 * syncs it once, where the default rollback journal writes, syncs and deletes a journal file on
 * every commit — better-sqlite3 is synchronous, so that I/O stalled the whole service (the audit
 * subgraph, committing a batch at a time, spent a third of its time there). `synchronous` stays
 * FULL: a committed audit batch or queued job survives a power cut.
 */
export async function openDatabase(options: DatabaseOptions): Promise<MikroORM> {
  const orm = await MikroORM.init(ormOptions(options));
  if (!isPostgresUrl(options.url) && options.url !== ':memory:') {
    await orm.em.getConnection().execute('pragma journal_mode = wal');
  }
  await orm.getMigrator().up();
  return orm;
}
