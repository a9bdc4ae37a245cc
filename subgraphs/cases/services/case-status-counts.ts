import { EntityManager } from '@mikro-orm/core';
import { Case, CaseDepartment } from '../entities';
import { CountScope } from '../entities/case-status-count';
import { CaseFilter } from '../inputs/case-filter.input';
import { CaseStatus } from '../workflow';
import { byKey } from './row-order';

/**
 * Each scope's count is spread over this many rows (shards), chosen by the case number, and a read
 * sums them. With one row per scope and status, every transition city-wide — acceptances at every
 * window, the dispatcher, the departments' decisions, deliveries, on every replica — would update
 * the ALL rows of its old and new status and hold their locks until commit, so they would wait for
 * one another; cases in different shards update different rows. (Submissions of one day already
 * wait on the day's sequence row, case-number.ts; the shards are for the transitions.) A shard
 * decides only who waits for whom, never a total: a read sums every shard of the scope.
 */
const CASE_COUNT_SHARDS = 8;

/**
 * A case's shard: its daily sequence modulo the shards, so the cases submitted one after the other
 * — and usually moved on one after the other — fall in different shards.
 */
function shardOf(caseNumber: string): number {
  return Number(caseNumber.slice(-6)) % CASE_COUNT_SHARDS;
}

/** `shardOf` in SQL both engines run, for the back-fill; case numbers have a fixed width of 20. */
export function shardOfSql(caseNumberColumn: string): string {
  return `cast(substr(${caseNumberColumn}, 15, 6) as integer) % ${CASE_COUNT_SHARDS}`;
}

/** A row of `case_status_counts`: one case counts one in each of its rows. */
interface StatusCountRow {
  scope: CountScope;
  scopeCode: string;
  status: CaseStatus;
  shard: number;
}

type CountedFacts = Pick<Case, 'caseNumber' | 'status' | 'itemCode' | 'windowCode'>;

/**
 * The rows a case counts in: all cases, each of its deciding departments, its item, and its
 * window once it has one. The departments and the item are fixed at submission; a transition may
 * change the status and the window (acceptance and a decision on the spot set the window acting).
 */
export function statusCountRowsOf(
  kase: CountedFacts,
  reviews: readonly Pick<CaseDepartment, 'departmentCode'>[],
): StatusCountRow[] {
  const { caseNumber, status, itemCode, windowCode } = kase;
  const scopes: [CountScope, string][] = [
    [CountScope.ALL, ''],
    ...reviews.map(({ departmentCode }): [CountScope, string] => [CountScope.DEPARTMENT, departmentCode]),
    [CountScope.ITEM, itemCode],
  ];
  if (windowCode) scopes.push([CountScope.WINDOW, windowCode]);
  const shard = shardOf(caseNumber);
  return scopes.map(([scope, scopeCode]) => ({ scope, scopeCode, status, shard }));
}

const ADD_CASES = `insert into case_status_counts (scope, scope_code, status, shard, cases) values (?, ?, ?, ?, ?)
  on conflict (scope, scope_code, status, shard) do update set
    cases = case_status_counts.cases + excluded.cases`;

/**
 * Moves a case's counts from the rows it counted in before a transition to those it counts in
 * after, inside the transition's transaction (`em` from `em.transactional`); `before` is empty for
 * a new case. Each changed row takes one atomic upsert that adds to it (never read-modify-write),
 * so replicas on one PostgreSQL add up exactly; the row stays locked until commit and a rollback
 * takes the change back. Rows are taken in one order (by scope, code, status, shard) so that two
 * transactions never wait on each other in a cycle; the workflow calls this after the department
 * counters, always. A row at zero stays: there are at most statuses × shards of them per code.
 */
export async function recordStatusCountChanges(
  em: EntityManager,
  before: readonly StatusCountRow[],
  after: readonly StatusCountRow[],
): Promise<void> {
  const changes = new Map<string, { row: StatusCountRow; change: number }>();
  const tally = (rows: readonly StatusCountRow[], sign: 1 | -1) => {
    for (const row of rows) {
      const key = JSON.stringify([row.scope, row.scopeCode, row.status, row.shard]);
      const entry = changes.get(key) ?? { row, change: 0 };
      entry.change += sign;
      changes.set(key, entry);
    }
  };
  tally(before, -1);
  tally(after, 1);

  const connection = em.getConnection();
  const context = em.getTransactionContext();
  for (const [, { row, change }] of [...changes].sort(byKey)) {
    if (change === 0) continue;
    await connection.execute(ADD_CASES, [row.scope, row.scopeCode, row.status, row.shard, change], 'run', context);
  }
}

/** What a filter the counts answer asks: one scope, and a status or any. */
export interface CountedFilter {
  scope: CountScope;
  scopeCode: string;
  status: CaseStatus | null;
}

/**
 * The counts' reading of a (validated) filter: no condition or a status, with at most one of a
 * department, an item and a window. Null for the rest, which are counted case by case: a filter
 * naming an applicant matches the handful of cases one person or enterprise applied for (read from
 * its `(applicant…, case_number)` index), and a pair of scopes (an item at a window) would need a
 * row per pair for what no list screen asks.
 */
export function countedFilterOf(filter: CaseFilter): CountedFilter | null {
  if (filter.applicantIdNumber || filter.applicantCreditCode) return null;
  const scopes: [CountScope, string][] = [];
  if (filter.departmentCode) scopes.push([CountScope.DEPARTMENT, filter.departmentCode]);
  if (filter.itemCode) scopes.push([CountScope.ITEM, filter.itemCode]);
  if (filter.windowCode) scopes.push([CountScope.WINDOW, filter.windowCode]);
  if (scopes.length > 1) return null;
  const [scope, scopeCode] = scopes[0] ?? [CountScope.ALL, ''];
  return { scope, scopeCode, status: filter.status ?? null };
}

const SUM_CASES = 'select coalesce(sum(cases), 0) as cases from case_status_counts where scope = ? and scope_code = ?';

/**
 * The cases of one scope (in one status), summed over its shards and statuses: at most
 * statuses × shards rows read from the primary key, however many cases there are.
 */
export async function countedCases(em: EntityManager, { scope, scopeCode, status }: CountedFilter): Promise<number> {
  const [sql, params] = status
    ? [`${SUM_CASES} and status = ?`, [scope, scopeCode, status]]
    : [SUM_CASES, [scope, scopeCode]];
  const row: { cases: number | string } = await em.getConnection().execute(sql, params, 'get');
  return Number(row.cases);
}
