import { EntityManager } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { ProvincialReport } from '../entities';
import { Outbox } from '../outbox/outbox';

/**
 * The provincial reporting outbox: one cursor row per case, pending while the case has events or
 * an evaluation the platform does not have. A row held for a refusal (`refusalCode`) is not
 * claimed until a probe shows the platform accepts the hub's requests again.
 */
export const PROVINCIAL_REPORT_OUTBOX: Outbox<ProvincialReport> = {
  entity: ProvincialReport,
  undelivered: { pending: true, refusalCode: null },
  tieBreak: { caseNumber: 'asc' },
};

/** Cases enlisted per round at most: a first start over years of cases catches up over a few rounds. */
const ENLIST_LIMIT = 1_000;

type CaseNumberRow = { case_number: string };

/**
 * Makes pending every case with something new for the province: cases without a cursor row yet
 * (a row is created for them), and cases whose version moved since their report was brought up
 * to date (every transition bumps the case's version in the transaction that appends its event)
 * or that were evaluated since. Each statement is safe to run on several replicas at once.
 */
export async function enlistCases(em: EntityManager, now: Date): Promise<void> {
  const connection = em.getConnection();
  const unseen: CaseNumberRow[] = await connection.execute(
    'select c.case_number from cases c left join provincial_reports r on r.case_number = c.case_number ' +
      'where r.case_number is null order by c.case_number limit ?',
    [ENLIST_LIMIT],
  );
  if (unseen.length > 0) {
    await (em as SqlEntityManager)
      .createQueryBuilder(ProvincialReport)
      .insert(unseen.map(({ case_number }) => ({ caseNumber: case_number, nextAttemptAt: now, createdAt: now })))
      .onConflict('caseNumber')
      .ignore()
      .execute();
  }
  const changed: CaseNumberRow[] = await connection.execute(
    'select r.case_number from provincial_reports r join cases c on c.case_number = r.case_number ' +
      'where not r.pending and (c.version <> r.case_version or (not r.evaluation_reported and exists ' +
      '(select 1 from case_evaluations v where v.case_number = r.case_number))) limit ?',
    [ENLIST_LIMIT],
  );
  if (changed.length > 0) {
    await em.nativeUpdate(
      ProvincialReport,
      { caseNumber: { $in: changed.map(({ case_number }) => case_number) }, pending: false },
      { pending: true, nextAttemptAt: now },
    );
  }
}

/** How many cases are held because the platform refused the hub's requests. */
export function countHeld(em: EntityManager): Promise<number> {
  return em.count(ProvincialReport, { refusalCode: { $ne: null } });
}

/** The platform accepts the hub again: the held cases are due now (their attempts and errors stay visible). */
export async function releaseHeld(em: EntityManager, now: Date): Promise<number> {
  return em.nativeUpdate(ProvincialReport, { refusalCode: { $ne: null } }, { refusalCode: null, nextAttemptAt: now });
}

/** How far a report got: the events the platform acknowledged, and whether it has the evaluation. */
export interface ReportProgress {
  reportedEvents: number;
  evaluationReported: boolean;
}

/**
 * The report of a case reached the platform: the cursor moves (never back: a lapsed lease may
 * have let another round report the same events), the row is no longer pending, and the failures
 * are forgotten.
 */
export async function markReported(
  em: EntityManager,
  caseNumber: string,
  progress: ReportProgress,
  caseVersion: number,
  now: Date,
): Promise<void> {
  await em.transactional(async (tx) => {
    const row = await tx.findOneOrFail(ProvincialReport, caseNumber);
    advance(row, progress, now);
    Object.assign(row, {
      caseVersion,
      pending: false,
      refusalCode: null,
      stuck: false,
      attempts: 0,
      nextAttemptAt: now,
      leaseUntil: null,
      lastError: null,
    });
  });
}

/** Moves the cursor forward to `progress` (never back), noting when the platform acknowledged it. */
export function advance(row: ProvincialReport, progress: ReportProgress, now: Date): void {
  if (progress.reportedEvents > row.reportedEvents || (progress.evaluationReported && !row.evaluationReported)) {
    row.lastReportedAt = now;
  }
  row.reportedEvents = Math.max(row.reportedEvents, progress.reportedEvents);
  row.evaluationReported ||= progress.evaluationReported;
}
