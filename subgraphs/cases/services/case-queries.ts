import { EntityManager, FilterQuery } from '@mikro-orm/core';
import { badUserInput } from '../../../lib/errors';
import { assertCreditCode, assertResidentId } from '../../../lib/identity';
import { isIsoDate } from '../../../lib/scalars';
import { isCaseNumber } from '../case-number';
import { Case } from '../entities';
import { CaseFilter } from '../inputs/case-filter.input';
import { CaseConnection } from '../types/case-connection';
import { CaseStatus } from '../workflow';

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

/** The filter as a query; identity numbers are checksum validated like everywhere else. */
export function caseWhere(filter: CaseFilter = {}): FilterQuery<Case> {
  const where: FilterQuery<Case> & Record<string, unknown> = {};
  if (filter.status) where.status = filter.status;
  if (filter.itemCode) where.itemCode = filter.itemCode;
  if (filter.windowCode) where.windowCode = filter.windowCode;
  if (filter.departmentCode) where.departments = { departmentCode: filter.departmentCode };
  if (filter.applicantIdNumber)
    where.applicantIdNumber = assertResidentId(filter.applicantIdNumber, 'filter.applicantIdNumber');
  if (filter.applicantCreditCode)
    where.applicantCreditCode = assertCreditCode(filter.applicantCreditCode, 'filter.applicantCreditCode');
  return where;
}

/** One page of cases in case-number (submission) order, with the total over all pages. */
export async function listCases(
  em: EntityManager,
  filter: CaseFilter | undefined,
  first: number,
  after?: string | null,
): Promise<CaseConnection> {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badUserInput('first', `first must be between 1 and ${MAX_PAGE_SIZE}`);
  }
  const where = caseWhere(filter);
  const page: FilterQuery<Case> = after ? { $and: [where, { caseNumber: { $gt: decodeCursor(after) } }] } : where;
  const [rows, totalCount] = await Promise.all([
    em.find(Case, page, { orderBy: { caseNumber: 'asc' }, limit: first + 1 }),
    em.count(Case, where),
  ]);
  const nodes = rows.slice(0, first);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(node.caseNumber), node }));
  return {
    totalCount,
    edges,
    nodes,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
  };
}

/** Cases accepted but not decided whose due date is before `asOf`, most overdue first. */
export async function overdueCases(em: EntityManager, asOf: string, departmentCode?: string | null): Promise<Case[]> {
  if (!isIsoDate(asOf)) throw badUserInput('asOf', 'asOf must be a date written yyyy-MM-dd');
  const where: FilterQuery<Case> & Record<string, unknown> = {
    decidedAt: null,
    dueDate: { $lt: asOf },
    status: { $ne: CaseStatus.REJECTED },
  };
  if (departmentCode) where.departments = { departmentCode };
  return em.find(Case, where, { orderBy: { dueDate: 'asc', caseNumber: 'asc' } });
}
