import { EntityManager } from '@mikro-orm/core';
import { OutboxSnapshot } from '../../../lib/metrics/outbox';
import { DispatchEntry } from '../entities';
import { DispatchState } from '../enums';
import { claimDue, Outbox, recordFailure as recordOutboxFailure, RetryPolicy } from '../outbox/outbox';

/** The dispatch outbox: one entry per deciding department, pending until its subgraph has the case. */
export const DISPATCH_OUTBOX: Outbox<DispatchEntry> = {
  entity: DispatchEntry,
  undelivered: { state: DispatchState.PENDING },
  tieBreak: { id: 'asc' },
};

/**
 * Claims up to `limit` due entries (see `claimDue`). The departments receive idempotently, so an
 * entry delivered again after a lapsed lease still reaches each system once.
 */
export function claimDueEntries(
  em: EntityManager,
  now: Date,
  limit: number,
  leaseMs: number,
): Promise<DispatchEntry[]> {
  return claimDue(em, DISPATCH_OUTBOX, now, limit, leaseMs);
}

/** A failed delivery: counted, retried with backoff, flagged stuck after `stuckAfter` attempts. */
export function recordFailure(
  em: EntityManager,
  entryId: number,
  now: Date,
  error: string,
  policy: RetryPolicy,
): Promise<void> {
  return recordOutboxFailure(em, DISPATCH_OUTBOX, { id: entryId }, now, error, policy);
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
