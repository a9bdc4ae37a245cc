import { Entity, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { CaseStatus } from '../workflow';

/**
 * What a row of `case_status_counts` counts cases by, beside their status: every case (ALL, with
 * the code ''), a deciding department (a case several departments decide counts at each), the
 * service item, the window handling the case (a case at no window yet has no WINDOW row).
 */
export enum CountScope {
  ALL = 'ALL',
  DEPARTMENT = 'DEPARTMENT',
  ITEM = 'ITEM',
  WINDOW = 'WINDOW',
}

/**
 * How many cases of one scope are in one status, in one shard: the rows `cases(filter) {
 * totalCount }` sums instead of counting the matching cases (`services/case-status-counts.ts`,
 * which also says why a scope is spread over shards). Kept by the submission and every transition,
 * in their transactions; created (and back-filled) by Migration20261127000002CaseStatusCounts.
 */
@Entity({ tableName: 'case_status_counts' })
export class CaseStatusCount {
  [PrimaryKeyProp]?: ['scope', 'scopeCode', 'status', 'shard'];

  @PrimaryKey({ type: 'string', length: 20 })
  scope!: CountScope;

  /** The department, item or window code; '' for ALL. */
  @PrimaryKey({ type: 'string', length: 50 })
  scopeCode!: string;

  @PrimaryKey({ type: 'string', length: 20 })
  status!: CaseStatus;

  @PrimaryKey({ type: 'smallint' })
  shard!: number;

  @Property({ type: 'integer', default: 0 })
  cases!: number;
}
