import { EntityManager, FilterQuery } from '@mikro-orm/core';
import { SqlEntityManager } from '@mikro-orm/knex';
import { badUserInput } from '../../../lib/errors';
import { assertCreditCode, assertResidentId } from '../../../lib/identity';
import { isIsoDate } from '../../../lib/scalars';
import { isCaseNumber } from '../case-number';
import { Case, CaseDepartment } from '../entities';
import { CaseFilter } from '../inputs/case-filter.input';
import { CaseConnection } from '../types/case-connection';
import { CaseStatus } from '../workflow';
import { countedCases, countedFilterOf } from './case-status-counts';
import { assertCode } from './filter-values';

export const MAX_PAGE_SIZE = 100;
const CURSOR_PREFIX = 'case:';

export function encodeCursor(caseNumber: string): string {
  return Buffer.from(`${CURSOR_PREFIX}${caseNumber}`).toString('base64url');
}

/** The case number behind a cursor; anything we did not issue is a BAD_USER_INPUT naming `after`. */
export function decodeCursor(cursor: string): string {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  const caseNumber = decoded.slice(CURSOR_PREFIX.length);
  if (!decoded.startsWith(CURSOR_PREFIX) || !isCaseNumber(caseNumber)) {
    throw badUserInput('after', 'after is not a cursor this service issued');
  }
  return caseNumber;
}

/**
 * The conditions a filter sets, each value checked: identity numbers by checksum like everywhere
 * else, codes by shape (services/filter-values.ts). An empty value sets no condition.
 */
export function validFilter(filter: CaseFilter = {}): CaseFilter {
  const valid: CaseFilter = {};
  if (filter.status) valid.status = filter.status;
  if (filter.itemCode) valid.itemCode = assertCode(filter.itemCode, 'filter.itemCode');
  if (filter.windowCode) valid.windowCode = assertCode(filter.windowCode, 'filter.windowCode');
  if (filter.departmentCode) valid.departmentCode = assertCode(filter.departmentCode, 'filter.departmentCode');
  if (filter.applicantIdNumber)
    valid.applicantIdNumber = assertResidentId(filter.applicantIdNumber, 'filter.applicantIdNumber');
  if (filter.applicantCreditCode)
    valid.applicantCreditCode = assertCreditCode(filter.applicantCreditCode, 'filter.applicantCreditCode');
  return valid;
}

/**
 * A valid filter as a query: its other conditions are the case's columns of the same names. A
 * deciding department is a semi-join (`case_number in (select case_number from case_departments
 * …)`), not a join: no case is repeated, so neither the page nor the count needs a GROUP BY or
 * DISTINCT, and both read only the `(department_code, case_number)` index for it.
 */
export function caseWhere(em: EntityManager, filter: CaseFilter): FilterQuery<Case> {
  const { departmentCode, ...columns } = filter;
  const where: FilterQuery<Case> & Record<string, unknown> = { ...columns };
  if (departmentCode) where.caseNumber = { $in: decidedBy(em, departmentCode) };
  return where;
}

/** The numbers of the cases a department decides, as a subquery (both databases are SQL ones). */
function decidedBy(em: EntityManager, departmentCode: string): string[] {
  const numbers = (em as SqlEntityManager)
    .createQueryBuilder(CaseDepartment, 'd')
    .select('d.case_number')
    .where({ departmentCode });
  // MikroORM takes a knex subquery as the value of `$in`; its FilterQuery type only knows arrays
  return numbers.getKnexQuery() as unknown as string[];
}

/**
 * One page of cases in case-number (submission) order, by keyset: `case_number > cursor`, read in
 * index order and cut after `first` (each filter has an index led by its column and ending in the
 * case number, so a page costs the same at any depth). The total over all pages is not counted
 * here: `CaseConnectionResolver.totalCount` counts it only when a client selects it.
 */
export async function listCases(
  em: EntityManager,
  filter: CaseFilter | undefined,
  first: number,
  after?: string | null,
): Promise<CaseConnection> {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badUserInput('first', `first must be between 1 and ${MAX_PAGE_SIZE}`);
  }
  const valid = validFilter(filter);
  const where = caseWhere(em, valid);
  const page: FilterQuery<Case> = after ? { $and: [where, { caseNumber: { $gt: decodeCursor(after) } }] } : where;
  const rows = await em.find(Case, page, { orderBy: { caseNumber: 'asc' }, limit: first + 1 });
  const nodes = rows.slice(0, first);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(node.caseNumber), node }));
  return {
    filter: valid,
    edges,
    nodes,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
  };
}

/**
 * How many cases match a connection's filter, over all pages. The filters a list screen pages
 * through (everything, a status, a department, an item or a window, with or without a status) are
 * answered from the maintained counts (services/case-status-counts.ts), in the same time at any
 * number of cases; the rest are counted exactly, case by case.
 */
export function countCases(em: EntityManager, filter: CaseFilter): Promise<number> {
  const counted = countedFilterOf(filter);
  return counted ? countedCases(em, counted) : em.count(Case, caseWhere(em, filter));
}

/** Cases accepted but not decided whose due date is before `asOf`, most overdue first. */
export async function overdueCases(em: EntityManager, asOf: string, departmentCode?: string | null): Promise<Case[]> {
  if (!isIsoDate(asOf)) throw badUserInput('asOf', 'asOf must be a date written yyyy-MM-dd');
  const where: FilterQuery<Case> & Record<string, unknown> = {
    decidedAt: null,
    dueDate: { $lt: asOf },
    status: { $ne: CaseStatus.REJECTED },
  };
  if (departmentCode) where.caseNumber = { $in: decidedBy(em, departmentCode) };
  return em.find(Case, where, { orderBy: { dueDate: 'asc', caseNumber: 'asc' } });
}
