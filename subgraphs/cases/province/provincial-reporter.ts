import { MikroORM } from '@mikro-orm/core';
import { LegacyError } from '../../../adapters/kit';
import { MAX_REPORTS_PER_CALL, SIGNATURE_REFUSALS } from '../../../adapters/provincial-platform';
import { Logger } from '../../../lib/logger';
import { Case, CaseEvaluation, CaseEvent, ProvincialReport } from '../entities';
import { Backoff, nextDelayMs } from '../outbox/backoff';
import { claimDue, recordFailure } from '../outbox/outbox';
import { Rounds } from '../outbox/rounds';
import { eventReport, evaluationReport } from './case-reports';
import { ProvincialCasesPort } from './provincial-port';
import {
  advance,
  countHeld,
  enlistCases,
  markReported,
  PROVINCIAL_REPORT_OUTBOX,
  releaseHeld,
  ReportProgress,
} from './report-outbox';

export interface ProvincialReporterSettings {
  /** Pause between rounds of the background loop. */
  intervalMs: number;
  /** Cases claimed (and reported concurrently) per round. */
  batchSize: number;
  /** How long a claim holds a case; longer than its report can take. */
  leaseMs: number;
  /** Failed attempts after which a case is flagged stuck. */
  stuckAfterAttempts: number;
  /** Spaces the attempts at a failing case, and the probes while the platform refuses the hub. */
  backoff: Backoff;
}

export const DEFAULT_PROVINCIAL_REPORTER_SETTINGS: ProvincialReporterSettings = {
  intervalMs: 5_000,
  batchSize: 25,
  leaseMs: 60_000,
  stuckAfterAttempts: 8,
  backoff: { baseDelayMs: 5_000, maxDelayMs: 15 * 60_000 },
};

/** What one round did. */
export interface ReportRound {
  /** Events the platform acknowledged (recorded, or already had). */
  events: number;
  evaluations: number;
  /** Cases whose report failed and waits for its next attempt. */
  failed: number;
  /** Cases held after the platform refused the hub's requests, at the end of the round. */
  held: number;
}

/** The platform lacks events before the ones sent (it lost some): report the case again from its first. */
const GAP = '3001';

/** The platform's own code of a refusal (LEGACY_REJECTED), if that is what the error is. */
function platformCodeOf(error: unknown): string | undefined {
  return error instanceof LegacyError && error.code === 'LEGACY_REJECTED' ? error.extensions.legacyCode : undefined;
}

const isSignatureRefusal = (code: string | undefined) => (SIGNATURE_REFUSALS as readonly string[]).includes(code!);

/**
 * Reports every case's lifecycle events and its 好差评 evaluation to the provincial platform,
 * exactly once and in order per case. The events are read from `case_events` (appended in the
 * same transaction as every change) after each case's cursor, numbered 1, 2, … per case; the
 * platform keeps them in that order and answers DUPLICATE for one it has, so a report repeated
 * after a crash or a lapsed lease is harmless. Each round: enlist the cases with something new,
 * claim due ones (the shared outbox: lease, SKIP LOCKED, backoff, stuck), and report each case
 * in its own requests, so one case's failure never holds up another's.
 *
 * When the platform refuses the hub's requests themselves (app id, signature, clock, nonce:
 * 2001–2004), nothing sent again unchanged can pass: the case is held with the code, flagged
 * stuck, and no case is sent until a signed probe that changes nothing is accepted — after the
 * clock or the credentials were fixed. Then the held cases are released and reported, in order.
 */
export class ProvincialReporter {
  private readonly rounds: Rounds<ReportRound>;
  /** While cases are held: when the platform may next be probed, and how many probes failed. */
  private nextProbeAt = 0;
  private failedProbes = 0;

  constructor(
    private readonly orm: MikroORM,
    private readonly province: ProvincialCasesPort,
    private readonly clock: () => Date,
    private readonly logger: Logger,
    readonly settings: ProvincialReporterSettings,
  ) {
    this.rounds = new Rounds('provincial report', settings.intervalMs, logger);
  }

  /** One round; concurrent calls share the round in flight. */
  runOnce(): Promise<ReportRound> {
    return this.rounds.run(() => this.round());
  }

  start(): void {
    this.rounds.start(() => this.round());
  }

  /** Stops the loop and waits for the round in flight. */
  stop(): Promise<void> {
    return this.rounds.stop();
  }

  private async round(): Promise<ReportRound> {
    const now = this.clock();
    await enlistCases(this.orm.em.fork(), now);
    const result: ReportRound = { events: 0, evaluations: 0, failed: 0, held: 0 };
    if (await this.platformRefuses(now)) {
      result.held = await countHeld(this.orm.em.fork());
      return result;
    }
    const { batchSize, leaseMs } = this.settings;
    const claimed = await claimDue(this.orm.em.fork(), PROVINCIAL_REPORT_OUTBOX, now, batchSize, leaseMs);
    for (const outcome of await Promise.all(claimed.map((row) => this.report(row, now)))) {
      result.events += outcome.events;
      result.evaluations += outcome.evaluations;
      if (!outcome.ok) result.failed += 1;
    }
    result.held = await countHeld(this.orm.em.fork());
    return result;
  }

  /**
   * True while cases are held and the platform still refuses the hub: probed (a signed read that
   * changes nothing) at most once per backoff interval. An accepted probe releases the held cases.
   */
  private async platformRefuses(now: Date): Promise<boolean> {
    const em = this.orm.em.fork();
    if ((await countHeld(em)) === 0) return false;
    if (now.getTime() < this.nextProbeAt) return true;
    try {
      await this.province.checkAccess();
    } catch (error) {
      this.failedProbes += 1;
      this.nextProbeAt = now.getTime() + nextDelayMs(this.settings.backoff, this.failedProbes);
      this.logger.warn({ err: error }, 'the provincial platform still refuses the hub: reports held');
      return true;
    }
    this.failedProbes = 0;
    this.nextProbeAt = 0;
    const released = await releaseHeld(em, now);
    this.logger.info({ released }, 'the provincial platform accepts the hub again: held reports released');
    return false;
  }

  /** Reports what the platform lacks of one claimed case: its events after the cursor, then its evaluation. */
  private async report(row: ProvincialReport, now: Date) {
    const em = this.orm.em.fork();
    const { caseNumber } = row;
    const progress: ReportProgress = { reportedEvents: row.reportedEvents, evaluationReported: row.evaluationReported };
    let events = 0;
    let evaluations = 0;
    try {
      // the version before the events: an event appended meanwhile moves it, and the case is enlisted again
      const { version } = await em.findOneOrFail(Case, caseNumber, { fields: ['version'] });
      for (;;) {
        const batch = await em.find(
          CaseEvent,
          { case: caseNumber },
          { orderBy: { id: 'asc' }, offset: progress.reportedEvents, limit: MAX_REPORTS_PER_CALL },
        );
        if (batch.length === 0) break;
        const first = progress.reportedEvents + 1;
        await this.province.reportCaseEvents(
          batch.map((event, index) => eventReport(caseNumber, first + index, event)),
        );
        progress.reportedEvents += batch.length;
        events += batch.length;
        if (batch.length < MAX_REPORTS_PER_CALL) break;
      }
      const evaluation = progress.evaluationReported ? null : await em.findOne(CaseEvaluation, { case: caseNumber });
      if (evaluation) {
        await this.province.reportEvaluations([evaluationReport(caseNumber, evaluation)]);
        progress.evaluationReported = true;
        evaluations += 1;
      }
      await markReported(em, caseNumber, progress, version, now);
      return { ok: true, events, evaluations };
    } catch (error) {
      await this.failed(caseNumber, progress, error as Error, now);
      return { ok: false, events, evaluations };
    }
  }

  /**
   * A failed report keeps what the platform acknowledged before the failure, and: for a refusal of
   * the hub's request, holds the case (stuck at once: the configuration needs fixing); for a gap
   * (the platform lacks earlier events), starts the case again from its first event, which the
   * platform takes in order, answering DUPLICATE for those it has; otherwise retries with backoff.
   */
  private async failed(caseNumber: string, progress: ReportProgress, error: Error, now: Date): Promise<void> {
    const code = platformCodeOf(error);
    const { backoff, stuckAfterAttempts: stuckAfter } = this.settings;
    this.logger.warn({ caseNumber, code }, `provincial report failed: ${error.message}`);
    await recordFailure(
      this.orm.em.fork(),
      PROVINCIAL_REPORT_OUTBOX,
      { caseNumber },
      now,
      error.message,
      { backoff, stuckAfter },
      (row) => {
        if (code === GAP) {
          Object.assign(row, { reportedEvents: 0, evaluationReported: false });
          return;
        }
        advance(row, progress, now);
        if (isSignatureRefusal(code)) Object.assign(row, { refusalCode: code, stuck: true });
      },
    );
  }
}
