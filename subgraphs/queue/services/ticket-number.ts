import { EntityManager } from '@mikro-orm/core';

/**
 * Every zone has its own calling display and its own sequence, so every zone counts from A001
 * each day; the letter leaves room for a hall that splits a zone into several queues.
 */
const TICKET_PREFIX = 'A';
const DIGITS = 3;

/** A001 … A999, then A1000: the width grows rather than wrapping to a number already called today. */
export function formatTicketNumber(sequence: number): string {
  return `${TICKET_PREFIX}${String(sequence).padStart(DIGITS, '0')}`;
}

/**
 * Takes the zone's next sequence of the day. One upsert statement locks the counter row
 * (PostgreSQL) or the database (SQLite) until the caller's transaction ends, so concurrent takes
 * get distinct numbers and a rolled-back take gives its number back. Run it inside the take's
 * transaction (`em` from `em.transactional`).
 */
export async function allocateTicketSequence(em: EntityManager, zoneCode: string, serviceDay: string): Promise<number> {
  const rows = await em
    .getConnection()
    .execute<{ last_sequence: number }[]>(
      'insert into ticket_counters (zone_code, service_day, last_sequence) values (?, ?, 1) ' +
        'on conflict (zone_code, service_day) do update set last_sequence = ticket_counters.last_sequence + 1 ' +
        'returning last_sequence',
      [zoneCode, serviceDay],
      'all',
      em.getTransactionContext(),
    );
  return Number(rows[0].last_sequence);
}
