import { PortableMigration } from '../../../lib/portable-migration';

/**
 * The cases schema, written with knex's schema builder so one migration runs on SQLite and
 * PostgreSQL alike. Instants are timestamps with time zone; calendar days are `yyyy-MM-dd` text.
 */
export class Migration20251127000001Cases extends PortableMigration {
  async up(): Promise<void> {
    this.schema((schema) =>
      schema.createTable('cases', (table) => {
        table.string('case_number', 20).primary();
        table.string('idempotency_key', 100).notNullable().unique();
        table.string('payload_fingerprint', 64).notNullable();
        table.string('status', 20).notNullable().index();
        table.string('item_code', 50).notNullable().index();
        table.integer('item_version').notNullable();
        table.string('item_name', 200).notNullable();
        table.string('handling_mode', 20).notNullable();
        table.integer('promised_time_limit').notNullable();
        table.string('department_code', 50).notNullable();
        table.string('applicant_type', 20).notNullable();
        table.string('applicant_name', 200).notNullable();
        table.string('applicant_id_number', 18).nullable().index();
        table.string('applicant_credit_code', 18).nullable().index();
        table.string('channel', 20).notNullable();
        table.string('window_code', 50).nullable().index();
        table.string('clerk', 100).nullable();
        table.timestamp('submitted_at', { useTz: true }).notNullable();
        table.timestamp('accepted_at', { useTz: true }).nullable();
        table.timestamp('decided_at', { useTz: true }).nullable();
        table.string('decided_on', 10).nullable();
        table.string('due_date', 10).nullable().index();
        table.boolean('due_date_provisional').notNullable().defaultTo(false);
        table.text('reason').nullable();
        table.integer('version').notNullable().defaultTo(1);
      }),
    );

    this.schema((schema) =>
      schema.createTable('case_events', (table) => {
        table.increments('id');
        table
          .string('case_number', 20)
          .notNullable()
          .references('case_number')
          .inTable('cases')
          .onDelete('CASCADE')
          .index();
        table.string('from', 20).nullable();
        table.string('to', 20).notNullable();
        table.string('actor_role', 30).notNullable();
        table.string('actor', 100).notNullable();
        table.string('window_code', 50).nullable();
        table.timestamp('at', { useTz: true }).notNullable();
        table.text('note').notNullable();
      }),
    );

    this.schema((schema) =>
      schema.createTable('case_materials', (table) => {
        table.increments('id');
        table
          .string('case_number', 20)
          .notNullable()
          .references('case_number')
          .inTable('cases')
          .onDelete('CASCADE')
          .index();
        table.string('code', 50).notNullable();
        table.string('name', 200).notNullable();
        table.timestamp('received_at', { useTz: true }).notNullable();
      }),
    );

    this.schema((schema) =>
      schema.createTable('case_departments', (table) => {
        table.increments('id');
        table.string('case_number', 20).notNullable().references('case_number').inTable('cases').onDelete('CASCADE');
        table.string('department_code', 50).notNullable().index();
        table.unique(['case_number', 'department_code']);
      }),
    );

    this.schema((schema) =>
      schema.createTable('supplement_notices', (table) => {
        table.increments('id');
        table
          .string('case_number', 20)
          .notNullable()
          .references('case_number')
          .inTable('cases')
          .onDelete('CASCADE')
          .index();
        table.timestamp('issued_at', { useTz: true }).notNullable();
        table.timestamp('received_at', { useTz: true }).notNullable();
        table.string('issued_by_role', 30).notNullable();
        table.string('clerk', 100).nullable();
        table.string('window_code', 50).nullable();
        table.string('department_code', 50).notNullable();
        table.string('department_name', 200).notNullable();
        table.integer('promised_time_limit').notNullable();
        table.string('requested_in_status', 20).notNullable();
        table.json('missing').notNullable();
        table.timestamp('resolved_at', { useTz: true }).nullable();
      }),
    );

    this.schema((schema) =>
      schema.createTable('case_number_counters', (table) => {
        table.string('day', 8).primary();
        table.integer('last_sequence').notNullable();
      }),
    );
  }

  async down(): Promise<void> {
    for (const table of [
      'case_number_counters',
      'supplement_notices',
      'case_departments',
      'case_materials',
      'case_events',
      'cases',
    ]) {
      this.schema((schema) => schema.dropTable(table));
    }
  }
}
