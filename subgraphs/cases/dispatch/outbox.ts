import { EntityManager, LockMode } from '@mikro-orm/core';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { OutboxSnapshot } from '../../../lib/metrics/outbox';
import { DispatchEntry } from '../entities';
import { DispatchState } from '../enums';
import { Backoff, nextDelayMs } from './backoff';

/**
 * Claims up to `limit` due entries: pending, due, and not held by another dispatcher. On
 * PostgreSQL the rows are read `FOR UPDATE SKIP LOCKED`, so replicas claiming at the same moment
 * take disjoint rows; SQLite has a single writer. The claim is a lease written in the same short
 * transaction: delivery happens outside any transaction, and if the process dies mid-delivery the
 * lease lapses and a later round (of any replica) delivers again — at least once; the departments
 * receive idempotently, so each case still reaches each system once.
 */
export async function claimDueEntries(
  em: EntityManager,
  now: Date,
  limit: number,
  leaseMs: number,
): Promise<DispatchEntry[]> {
  return em.transactional(async (tx) => {
    const lockMode = tx.getDriver() instanceof PostgreSqlDriver ? LockMode.PESSIMISTIC_PARTIAL_WRITE : undefined;
    const due = await tx.find(
      DispatchEntry,
      {
        state: DispatchState.PENDING,
        nextAttemptAt: { $lte: now },
        $or: [{ leaseUntil: null }, { leaseUntil: { $lt: now } }],
      },
      { orderBy: { nextAttemptAt: 'asc', id: 'asc' }, limit, lockMode },
    );
    const leaseUntil = new Date(now.getTime() + leaseMs);
    for (const entry of due) entry.leaseUntil = leaseUntil;
    return due;
  });
}

/**
 * A failed attempt: counted, the next one scheduled with backoff, the lease released. After
 * `stuckAfter` attempts the entry is flagged stuck for supervisors; it is never given up.
 */
export async function recordFailure(
  em: EntityManager,
  entryId: number,
  now: Date,
  error: string,
  { backoff, stuckAfter }: { backoff: Backoff; stuckAfter: number },
): Promise<void> {
  await em.transactional(async (tx) => {
    const entry = await tx.findOneOrFail(DispatchEntry, entryId);
    if (entry.state !== DispatchState.PENDING) return;
    entry.attempts += 1;
    entry.stuck = entry.attempts >= stuckAfter;
    entry.nextAttemptAt = new Date(now.getTime() + nextDelayMs(backoff, entry.attempts));
    entry.leaseUntil = null;
    entry.lastError = error.slice(0, 2000);
  });
}

/** How deep the outbox is and how old its oldest entry, for the metrics gauges. */
export async function outboxSnapshot(em: EntityManager): Promise<OutboxSnapshot> {
  const pending = { state: DispatchState.PENDING };
  const [depth, oldest] = await Promise.all([
    em.count(DispatchEntry, pending),
    em.findOne(DispatchEntry, pending, { orderBy: { createdAt: 'asc' }, fields: ['createdAt'] }),
  ]);
  return { depth, oldestCreatedAt: oldest?.createdAt ?? null };
}
