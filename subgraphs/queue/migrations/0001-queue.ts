import { PortableMigration } from '../../../lib/portable-migration';

/** The queue schema, portable across SQLite and PostgreSQL (knex schema builder). */
export class QueueSchema extends PortableMigration {
  async up(): Promise<void> {
    this.schema((schema) =>
      schema.createTable('tickets', (table) => {
        table.increments('id');
        table.string('number', 10).notNullable();
        table.integer('sequence').notNullable();
        table.string('zone_code', 40).notNullable().index();
        table.string('window_code', 40).nullable();
        table.string('service_day', 10).notNullable().index();
        table.string('status', 10).notNullable();
        table.string('id_number', 18).nullable();
        table.string('terminal_id', 40).notNullable();
        table.timestamp('taken_at', { useTz: true }).notNullable();
        table.timestamp('queued_at', { useTz: true }).notNullable();
        table.timestamp('called_at', { useTz: true }).nullable();
        table.timestamp('announced_at', { useTz: true }).nullable();
        table.integer('announcements').notNullable().defaultTo(0);
        table.string('serving_window_code', 40).nullable();
        table.string('case_number', 20).nullable();
        table.unique(['zone_code', 'service_day', 'sequence']);
      }),
    );
    this.schema((schema) =>
      schema.createTable('ticket_counters', (table) => {
        table.string('zone_code', 40).notNullable();
        table.string('service_day', 10).notNullable();
        table.integer('last_sequence').notNullable();
        table.primary(['zone_code', 'service_day']);
      }),
    );
  }

  async down(): Promise<void> {
    this.schema((schema) => schema.dropTable('ticket_counters'));
    this.schema((schema) => schema.dropTable('tickets'));
  }
}
