import { PortableMigration } from '../../../lib/portable-migration';

/**
 * The back office (issue 4): the dispatch outbox, each deciding department's decision, delivery
 * through the window, and the applicant's evaluation. Portable like the first migration.
 */
export class Migration20251201000001BackOffice extends PortableMigration {
  async up(): Promise<void> {
    // one row per deciding department, written in the acceptance's transaction; the dispatcher claims due rows
    this.schema((schema) =>
      schema.createTable('dispatch_entries', (table) => {
        table.increments('id');
        table.string('case_number', 20).notNullable().references('case_number').inTable('cases').onDelete('CASCADE');
        table.string('department_code', 50).notNullable();
        table.string('system', 30).notNullable();
        table.string('subgraph', 50).nullable();
        table.string('state', 20).notNullable();
        table.boolean('stuck').notNullable().defaultTo(false);
        table.integer('attempts').notNullable().defaultTo(0);
        table.timestamp('next_attempt_at', { useTz: true }).notNullable();
        table.timestamp('lease_until', { useTz: true }).nullable();
        table.text('last_error').nullable();
        table.timestamp('created_at', { useTz: true }).notNullable();
        table.timestamp('delivered_at', { useTz: true }).nullable();
        table.string('record_number', 100).nullable();
        // a department is dispatched a case once, whatever retries the window or the client make
        table.unique(['case_number', 'department_code']);
        table.index(['state', 'next_attempt_at']);
      }),
    );

    // each deciding department's own decision; `system` is pinned at submission with the department
    this.schema((schema) =>
      schema.alterTable('case_departments', (table) => {
        table.string('system', 30).notNullable().defaultTo('NONE');
        table.string('decision', 30).nullable();
        table.timestamp('decided_at', { useTz: true }).nullable();
        table.string('decided_on', 10).nullable();
        table.string('result_number', 100).nullable();
        table.text('reason').nullable();
        table.string('reviewer', 100).nullable();
        table.string('system_decided_at', 40).nullable();
      }),
    );

    this.schema((schema) =>
      schema.alterTable('cases', (table) => {
        table.timestamp('delivered_at', { useTz: true }).nullable();
        table.string('delivery_method', 20).nullable();
        table.string('tracking_number', 50).nullable();
      }),
    );

    this.schema((schema) =>
      schema.createTable('case_evaluations', (table) => {
        table.increments('id');
        // one evaluation per case (好差评: one per visit or per online item)
        table
          .string('case_number', 20)
          .notNullable()
          .unique()
          .references('case_number')
          .inTable('cases')
          .onDelete('CASCADE');
        table.string('level', 30).notNullable();
        table.text('comment').nullable();
        table.timestamp('evaluated_at', { useTz: true }).notNullable();
        table.boolean('needs_call_back').notNullable();
        table.string('call_back_due', 10).nullable();
      }),
    );
  }

  async down(): Promise<void> {
    this.schema((schema) => schema.dropTable('case_evaluations'));
    this.schema((schema) =>
      schema.alterTable('cases', (table) => table.dropColumns('delivered_at', 'delivery_method', 'tracking_number')),
    );
    this.schema((schema) =>
      schema.alterTable('case_departments', (table) =>
        table.dropColumns(
          'system',
          'decision',
          'decided_at',
          'decided_on',
          'result_number',
          'reason',
          'reviewer',
          'system_decided_at',
        ),
      ),
    );
    this.schema((schema) => schema.dropTable('dispatch_entries'));
  }
}
