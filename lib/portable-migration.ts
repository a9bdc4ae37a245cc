import { Knex } from '@mikro-orm/knex';
import { Migration } from '@mikro-orm/migrations';

/**
 * A migration written once with knex's schema builder and run on SQLite and PostgreSQL alike.
 * MikroORM's runner executes one statement per call, while a knex build may produce several
 * (a table and its indexes), so each statement is queued on its own.
 */
export abstract class PortableMigration extends Migration {
  protected schema(build: (schema: Knex.SchemaBuilder) => Knex.SchemaBuilder): void {
    const knex = this.getKnex();
    for (const statement of build(knex.schema).toSQL()) {
      this.addSql(knex.raw(statement.sql, statement.bindings ?? []).toQuery());
    }
  }
}
