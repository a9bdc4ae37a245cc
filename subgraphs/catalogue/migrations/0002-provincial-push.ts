import { PortableMigration } from '../../../lib/portable-migration';

/** What the provincial platform acknowledged of each item version (provincial/catalogue-sync.ts). */
export class ProvincialPushSchema extends PortableMigration {
  async up(): Promise<void> {
    this.schema((schema) =>
      schema.createTable('provincial_push', (table) => {
        table.increments('id');
        table.string('item_code', 60).notNullable();
        table.integer('version').notNullable();
        table.string('fingerprint', 64).notNullable();
        table.timestamp('pushed_at', { useTz: true }).notNullable();
        table.string('result', 10).notNullable();
        table.unique(['item_code', 'version']);
      }),
    );
  }

  async down(): Promise<void> {
    this.schema((schema) => schema.dropTable('provincial_push'));
  }
}
