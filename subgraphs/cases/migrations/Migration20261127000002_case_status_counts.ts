import { PortableMigration } from '../../../lib/portable-migration';
import { CountScope } from '../entities/case-status-count';
import { shardOfSql } from '../services/case-status-counts';

/**
 * Fills the case counts from the cases already held, each case counted in every row the workflow
 * counts it in (`statusCountRowsOf`): run once by the migration (the table is empty then), and by
 * the scale bench after it generates cases with SQL, so both fill it the same way. One pass over
 * the cases per scope; plain SQL both engines run.
 */
export const CASE_STATUS_COUNTS_BACKFILL = `
  insert into case_status_counts (scope, scope_code, status, shard, cases)
  select scope, scope_code, status, shard, count(*)
  from (
    select '${CountScope.ALL}' as scope, '' as scope_code, c.status, ${shardOfSql('c.case_number')} as shard
    from cases c
    union all
    select '${CountScope.DEPARTMENT}', d.department_code, c.status, ${shardOfSql('c.case_number')}
    from case_departments d
    join cases c on c.case_number = d.case_number
    union all
    select '${CountScope.ITEM}', c.item_code, c.status, ${shardOfSql('c.case_number')}
    from cases c
    union all
    select '${CountScope.WINDOW}', c.window_code, c.status, ${shardOfSql('c.case_number')}
    from cases c
    where c.window_code is not null
  ) counted
  group by scope, scope_code, status, shard`;

/**
 * Maintained case counts per scope (all cases, deciding department, item, window), status and
 * shard, kept by the workflow's submission and transitions, so `cases { totalCount }` no longer
 * counts every match (issue: page and filter latency flat from 10k to 1M cases).
 */
export class Migration20261127000002CaseStatusCounts extends PortableMigration {
  async up(): Promise<void> {
    this.schema((schema) =>
      schema.createTable('case_status_counts', (table) => {
        table.string('scope', 20).notNullable();
        table.string('scope_code', 50).notNullable();
        table.string('status', 20).notNullable();
        table.smallint('shard').notNullable();
        table.integer('cases').notNullable().defaultTo(0);
        table.primary(['scope', 'scope_code', 'status', 'shard']);
      }),
    );
    this.addSql(CASE_STATUS_COUNTS_BACKFILL);
  }

  async down(): Promise<void> {
    this.schema((schema) => schema.dropTable('case_status_counts'));
  }
}
