import { PortableMigration } from '../../../lib/portable-migration';

/** The columns a client filters cases by; each index ends in the case number, the page order. */
const FILTERED_COLUMNS = ['status', 'item_code', 'window_code', 'applicant_id_number', 'applicant_credit_code'];

/**
 * Indexes for the cases at scale (`npm run bench`'s scale section). A filtered page reads its
 * index in case-number order from the cursor and stops after the page: `(column, case_number)`
 * replaces each single-column index (a prefix of it). The deciding-department filter is a
 * semi-join answered from `(department_code, case_number)` alone. `overdueCases` reads the open
 * cases by due date from a partial index that holds undecided cases only.
 */
export class Migration20251211000001CaseIndexes extends PortableMigration {
  async up(): Promise<void> {
    this.schema((schema) =>
      schema.alterTable('cases', (table) => {
        for (const column of FILTERED_COLUMNS) {
          table.dropIndex([column]);
          table.index([column, 'case_number']);
        }
        table.index(['due_date', 'case_number'], 'cases_open_due_date_index', {
          predicate: this.getKnex().whereNull('decided_at'),
        });
      }),
    );
    this.schema((schema) =>
      schema.alterTable('case_departments', (table) => {
        table.dropIndex(['department_code']);
        table.index(['department_code', 'case_number']);
      }),
    );
  }

  async down(): Promise<void> {
    this.schema((schema) =>
      schema.alterTable('case_departments', (table) => {
        table.dropIndex(['department_code', 'case_number']);
        table.index(['department_code']);
      }),
    );
    this.schema((schema) =>
      schema.alterTable('cases', (table) => {
        table.dropIndex(['due_date', 'case_number'], 'cases_open_due_date_index');
        for (const column of FILTERED_COLUMNS) {
          table.dropIndex([column, 'case_number']);
          table.index([column]);
        }
      }),
    );
  }
}
