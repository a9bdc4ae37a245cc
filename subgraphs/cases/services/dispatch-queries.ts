import { EntityManager, FilterQuery } from '@mikro-orm/core';
import { DispatchEntry } from '../entities';
import { DispatchFilter } from '../inputs/back-office.input';
import { assertCaseNumber, assertCode } from './filter-values';

/** Enough for any supervisor's screen; the outbox itself is never trimmed. */
export const MAX_DISPATCH_ENTRIES = 500;

export function listDispatchEntries(em: EntityManager, filter: DispatchFilter): Promise<DispatchEntry[]> {
  const where: FilterQuery<DispatchEntry> & Record<string, unknown> = {};
  if (filter.state) where.state = filter.state;
  if (filter.stuck !== undefined && filter.stuck !== null) where.stuck = filter.stuck;
  if (filter.departmentCode) where.departmentCode = assertCode(filter.departmentCode, 'filter.departmentCode');
  if (filter.caseNumber) where.case = assertCaseNumber(filter.caseNumber, 'filter.caseNumber');
  return em.find(DispatchEntry, where, { orderBy: { createdAt: 'asc', id: 'asc' }, limit: MAX_DISPATCH_ENTRIES });
}
