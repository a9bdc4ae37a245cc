import { EntityClass, EntityManager, FilterQuery, LockMode, QueryOrderMap } from '@mikro-orm/core';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { Backoff, nextDelayMs } from './backoff';

/**
 * The columns every outbox row carries, whatever it delivers: when it is next tried, who holds
 * it, and how it has failed so far. The cases service has two outboxes over this one mechanism:
 * dispatches to the department subgraphs (dispatch/) and reports to the provincial platform
 * (province/).
 */
export interface OutboxRow {
  attempts: number;
  /** Set after `stuckAfter` failed attempts: a supervisor should look (the row is still retried). */
  stuck: boolean;
  nextAttemptAt: Date;
  /** While a round holds the row; after a crash it lapses and a later round takes the row again. */
  leaseUntil: Date | null;
  lastError: string | null;
}

/** One outbox table: its entity, what makes a row still to deliver, and in which order rows are taken. */
export interface Outbox<T extends OutboxRow> {
  entity: EntityClass<T>;
  /** Rows with something left to deliver, e.g. `{ state: PENDING }`. */
  undelivered: FilterQuery<T>;
  /** Among due rows, which go first (after the longest-waiting: `nextAttemptAt`). */
  tieBreak: QueryOrderMap<T>;
}

/** How failures are spaced, and when a failing row is flagged for supervisors. */
export interface RetryPolicy {
  backoff: Backoff;
  stuckAfter: number;
}

/**
 * Claims up to `limit` due rows: undelivered, due, and not held by another round. On PostgreSQL
 * the rows are read `FOR UPDATE SKIP LOCKED`, so replicas claiming at the same moment take
 * disjoint rows; SQLite has a single writer. The claim is a lease written in the same short
 * transaction: delivery happens outside any transaction, and if the process dies mid-delivery the
 * lease lapses and a later round (of any replica) delivers again — at least once, so every
 * receiver must take a repeat harmlessly.
 */
export async function claimDue<T extends OutboxRow>(
  em: EntityManager,
  outbox: Outbox<T>,
  now: Date,
  limit: number,
  leaseMs: number,
): Promise<T[]> {
  return em.transactional(async (tx) => {
    const lockMode = tx.getDriver() instanceof PostgreSqlDriver ? LockMode.PESSIMISTIC_PARTIAL_WRITE : undefined;
    const due = await tx.find(
      outbox.entity,
      {
        $and: [
          outbox.undelivered,
          { nextAttemptAt: { $lte: now } },
          { $or: [{ leaseUntil: null }, { leaseUntil: { $lt: now } }] },
        ],
      } as FilterQuery<T>,
      { orderBy: [{ nextAttemptAt: 'asc' } as QueryOrderMap<T>, outbox.tieBreak], limit, lockMode },
    );
    const leaseUntil = new Date(now.getTime() + leaseMs);
    for (const row of due) row.leaseUntil = leaseUntil;
    return due;
  });
}

/**
 * A failed attempt: counted, the next one scheduled with backoff, the lease released, and `change`
 * applied in the same transaction (e.g. progress made before the failure). After `stuckAfter`
 * attempts the row is flagged stuck for supervisors; it is never given up. Nothing happens to a
 * row delivered meanwhile.
 */
export async function recordFailure<T extends OutboxRow>(
  em: EntityManager,
  outbox: Outbox<T>,
  key: FilterQuery<T>,
  now: Date,
  error: string,
  { backoff, stuckAfter }: RetryPolicy,
  change?: (row: T) => void,
): Promise<void> {
  await em.transactional(async (tx) => {
    const row = await tx.findOne(outbox.entity, { $and: [key, outbox.undelivered] } as FilterQuery<T>);
    if (!row) return;
    row.attempts += 1;
    row.stuck = row.attempts >= stuckAfter;
    row.nextAttemptAt = new Date(now.getTime() + nextDelayMs(backoff, row.attempts));
    row.leaseUntil = null;
    row.lastError = error.slice(0, 2000);
    change?.(row);
  });
}
