import { PortableMigration } from '../../../lib/portable-migration';

/**
 * The exchange with the provincial platform (issue 9): a reporting cursor per case (the outbox
 * row of the case's events and evaluation), the applications taken in from the provincial portal,
 * and the position reached in the platform's delivery sequence. Portable like the first migration.
 */
export class Migration20251210000001ProvincialExchange extends PortableMigration {
  async up(): Promise<void> {
    // one row per case: how far its events (and its evaluation) have reached the province
    this.schema((schema) =>
      schema.createTable('provincial_reports', (table) => {
        table.string('case_number', 20).primary().references('case_number').inTable('cases').onDelete('CASCADE');
        table.integer('reported_events').notNullable().defaultTo(0);
        table.boolean('evaluation_reported').notNullable().defaultTo(false);
        table.integer('case_version').notNullable().defaultTo(0);
        table.boolean('pending').notNullable().defaultTo(true);
        table.string('refusal_code', 10).nullable();
        table.boolean('stuck').notNullable().defaultTo(false);
        table.integer('attempts').notNullable().defaultTo(0);
        table.timestamp('next_attempt_at', { useTz: true }).notNullable();
        table.timestamp('lease_until', { useTz: true }).nullable();
        table.text('last_error').nullable();
        table.timestamp('created_at', { useTz: true }).notNullable();
        table.timestamp('last_reported_at', { useTz: true }).nullable();
        table.index(['pending', 'next_attempt_at']);
      }),
    );

    // each application of the provincial portal, once: taken as a case, or refused with the reason
    this.schema((schema) =>
      schema.createTable('provincial_applications', (table) => {
        table.string('application_number', 50).primary();
        table.integer('delivery_sequence').notNullable();
        table.string('item_code', 50).notNullable();
        table.string('applicant_name', 200).notNullable();
        table.string('id_number', 50).notNullable();
        table.json('material_codes').notNullable();
        table.string('submitted_at', 14).notNullable();
        table.string('state', 20).notNullable().index();
        table.string('case_number', 20).nullable().references('case_number').inTable('cases').onDelete('SET NULL');
        table.string('refusal_code', 30).nullable();
        table.string('refusal_field', 100).nullable();
        table.text('refusal_reason').nullable();
        table.timestamp('received_at', { useTz: true }).notNullable();
      }),
    );

    // where a poller has read up to in another system's feed (the platform's application deliveries)
    this.schema((schema) =>
      schema.createTable('sync_cursors', (table) => {
        table.string('name', 50).primary();
        table.integer('position').notNullable();
        table.timestamp('updated_at', { useTz: true }).notNullable();
      }),
    );
  }

  async down(): Promise<void> {
    this.schema((schema) => schema.dropTable('sync_cursors'));
    this.schema((schema) => schema.dropTable('provincial_applications'));
    this.schema((schema) => schema.dropTable('provincial_reports'));
  }
}
