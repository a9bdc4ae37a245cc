import { EntityManager, FilterQuery } from '@mikro-orm/core';
import { badUserInput } from '../../../lib/errors';
import { assertCreditCode, assertResidentId } from '../../../lib/identity';
import { AuditRecord } from '../entities';
import { AuditLogFilter } from '../inputs/audit-log-filter.input';
import { AuditEntryConnection } from '../types/audit-entry-connection';

export const MAX_PAGE_SIZE = 200;
const CURSOR_PREFIX = 'audit:';

export function encodeCursor(sequence: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${sequence}`).toString('base64url');
}

function decodeCursor(cursor: string): number {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  const sequence = Number(decoded.slice(CURSOR_PREFIX.length));
  if (!decoded.startsWith(CURSOR_PREFIX) || !Number.isSafeInteger(sequence) || encodeCursor(sequence) !== cursor) {
    throw badUserInput('after', 'after is not a cursor this service issued');
  }
  return sequence;
}

/** A person's or an enterprise's key, whichever it is; anything else is a BAD_USER_INPUT. */
function entityKeyOf(value: string): string {
  try {
    return assertResidentId(value, 'filter.entityKey');
  } catch {
    try {
      return assertCreditCode(value, 'filter.entityKey');
    } catch {
      throw badUserInput('filter.entityKey', 'filter.entityKey is neither a valid resident ID nor a valid credit code');
    }
  }
}

/** Plain text as stored: short, printable; anything longer cannot match and is refused as such. */
function plain(value: string, field: string, max = 128): string {
  if (value.length > max || /[\u0000-\u001f]/.test(value))
    throw badUserInput(field, `${field} is at most ${max} printable characters`);
  return value;
}

export function auditWhere(filter: AuditLogFilter = {}): FilterQuery<AuditRecord> {
  const where: FilterQuery<AuditRecord> & Record<string, unknown> = {};
  if (filter.entityKey) where.entityKey = entityKeyOf(filter.entityKey);
  if (filter.subject) where.subject = plain(filter.subject, 'filter.subject');
  if (filter.requestId) {
    // the shape request ids are accepted in (lib/request-context.ts): anything else was never stored
    if (!/^[\w.:-]{1,128}$/.test(filter.requestId))
      throw badUserInput('filter.requestId', 'filter.requestId is not a request id');
    where.requestId = filter.requestId;
  }
  if (filter.from && filter.to && filter.to <= filter.from)
    throw badUserInput('filter.to', 'filter.to is after filter.from');
  if (filter.from || filter.to)
    where.at = { ...(filter.from && { $gte: filter.from }), ...(filter.to && { $lt: filter.to }) };
  return where;
}

/** One page of the log, newest first, with the total over all pages. */
export async function listAuditEntries(
  em: EntityManager,
  filter: AuditLogFilter | undefined,
  first: number,
  after?: string | null,
): Promise<AuditEntryConnection> {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badUserInput('first', `first must be between 1 and ${MAX_PAGE_SIZE}`);
  }
  const where = auditWhere(filter);
  const page: FilterQuery<AuditRecord> = after ? { $and: [where, { sequence: { $lt: decodeCursor(after) } }] } : where;
  const [rows, totalCount] = await Promise.all([
    em.find(AuditRecord, page, { orderBy: { sequence: 'desc' }, limit: first + 1 }),
    em.count(AuditRecord, where),
  ]);
  const nodes = rows.slice(0, first);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(node.sequence), node }));
  return {
    totalCount,
    edges,
    nodes,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
