import { PortableMigration } from '../../../lib/portable-migration';

/** The audit log: one table, only ever inserted into (portable across SQLite and PostgreSQL). */
export class AuditSchema extends PortableMigration {
  async up(): Promise<void> {
    this.schema((schema) =>
      schema.createTable('audit_records', (table) => {
        table.integer('sequence').primary();
        table.string('entry_id', 36).notNullable().unique();
        table.timestamp('at', { useTz: true }).notNullable().index();
        table.string('service', 40).notNullable();
        table.string('request_id', 128).nullable().index();
        table.string('subject', 128).nullable().index();
        table.string('roles', 128).nullable();
        table.string('action', 8).notNullable();
        table.string('entity_type', 20).notNullable();
        table.string('entity_key', 64).notNullable().index();
        table.text('field_list').notNullable();
        table.string('system', 40).nullable();
        table.string('operation_hash', 64).nullable();
        table.string('previous_hash', 64).notNullable();
        table.string('hash', 64).notNullable();
      }),
    );
  }

  async down(): Promise<void> {
    this.schema((schema) => schema.dropTable('audit_records'));
  }
}
