import { EntityManager } from '@mikro-orm/core';
import { hubError } from '../../lib/errors';
import { shanghaiDate } from '../../lib/scalars';

/** Mengzi city's division code (GB/T 2260): every case number of this hub starts with it. */
export const CASE_NUMBER_PREFIX = '532503';
const SEQUENCE_DIGITS = 6;
const CASE_NUMBER = /^532503\d{8}\d{6}$/;

/** 532503 + yyyyMMdd (Asia/Shanghai) + 6-digit sequence: fixed width, so string order is issue order. */
export function formatCaseNumber(day: string, sequence: number): string {
  return `${CASE_NUMBER_PREFIX}${day}${String(sequence).padStart(SEQUENCE_DIGITS, '0')}`;
}

export function isCaseNumber(value: string): boolean {
  return CASE_NUMBER.test(value);
}

/** `yyyyMMdd` of the Shanghai day at `instant`. */
export function caseNumberDay(instant: Date): string {
  return shanghaiDate(instant).replace(/-/g, '');
}

/**
 * Takes the next number of the day. The upsert is one statement that locks the day's counter row
 * (PostgreSQL) or the database (SQLite) until the caller's transaction ends, so concurrent
 * submissions on any number of replicas get distinct numbers, and a rollback returns the number.
 * Must run inside the submission's transaction (`em` from `em.transactional`).
 */
export async function allocateCaseNumber(em: EntityManager, instant: Date): Promise<string> {
  const day = caseNumberDay(instant);
  const rows = await em
    .getConnection()
    .execute<{ last_sequence: number }[]>(
      'insert into case_number_counters (day, last_sequence) values (?, 1) ' +
        'on conflict (day) do update set last_sequence = case_number_counters.last_sequence + 1 ' +
        'returning last_sequence',
      [day],
      'all',
      em.getTransactionContext(),
    );
  const sequence = Number(rows[0].last_sequence);
  if (sequence >= 10 ** SEQUENCE_DIGITS) {
    throw hubError('CONFLICT', `Case numbers for ${day} are exhausted`, { day });
  }
  return formatCaseNumber(day, sequence);
}
