import { systemIdentity } from '../../../lib/auth/subgraph-secrets';
import { MikroORM } from '@mikro-orm/core';
import { Logger } from '../../../lib/logger';
import { CatalogueClient } from '../catalogue/catalogue-client';
import { Case, CaseDepartment, CaseMaterial, DispatchEntry } from '../entities';
import { DepartmentDecision, DispatchState } from '../enums';
import { Backoff } from '../outbox/backoff';
import { Rounds } from '../outbox/rounds';
import { BackOffice } from '../services/back-office';
import { CaseWorkflow } from '../services/case-workflow';
import { CaseStatus } from '../workflow';
import { DepartmentClient, DepartmentRecord, DispatchPayload } from './department-client';
import { claimDueEntries, recordFailure } from './outbox';
import { IN_HUB } from './routes';

export interface DispatcherSettings {
  /** Pause between rounds of the background loop. */
  intervalMs: number;
  /** Entries claimed (and delivered concurrently) per round. */
  batchSize: number;
  /** How long a claim holds an entry; longer than a delivery can take. */
  leaseMs: number;
  /** Failed attempts after which an entry is flagged stuck. */
  stuckAfterAttempts: number;
  backoff: Backoff;
  /** How often the departments are asked for decisions on their open cases. */
  pollIntervalMs: number;
}

export const DEFAULT_DISPATCHER_SETTINGS: DispatcherSettings = {
  intervalMs: 2_000,
  batchSize: 25,
  leaseMs: 60_000,
  stuckAfterAttempts: 8,
  backoff: { baseDelayMs: 5_000, maxDelayMs: 15 * 60_000 },
  pollIntervalMs: 30_000,
};

/** What one round did. */
export interface DispatchRound {
  delivered: number;
  failed: number;
  /** Department decisions applied from the poll. */
  decisions: number;
}

/** References per status request: what the department subgraphs accept. */
const POLL_BATCH = 50;

const DECISION_OF: Record<Exclude<DepartmentRecord['status'], 'IN_REVIEW'>, DepartmentDecision> = {
  APPROVED: DepartmentDecision.APPROVED,
  DENIED: DepartmentDecision.DENIED,
  MATERIALS_REQUESTED: DepartmentDecision.MATERIALS_REQUESTED,
};

/**
 * The cases service's back-office loop. Each round: claim due outbox entries and deliver them to
 * their department subgraphs (an entry for a department without a system is delivered to the
 * hub's own queue), then — every `pollIntervalMs` — ask each department subgraph for its systems'
 * records of the open cases and apply the decisions found. `runOnce` is one round (tests call it);
 * `start` runs rounds in the background until `stop`.
 */
export class Dispatcher {
  private readonly rounds: Rounds<DispatchRound>;
  private lastPollAt = 0;

  constructor(
    private readonly orm: MikroORM,
    private readonly catalogue: CatalogueClient,
    private readonly client: DepartmentClient,
    private readonly clock: () => Date,
    private readonly logger: Logger,
    readonly settings: DispatcherSettings,
  ) {
    this.rounds = new Rounds('dispatch', settings.intervalMs, logger);
  }

  /** One round; concurrent calls share the round in flight. `poll: true` polls whatever the interval. */
  runOnce({ poll = false }: { poll?: boolean } = {}): Promise<DispatchRound> {
    return this.rounds.run(() => this.doRound(poll));
  }

  start(): void {
    this.rounds.start(() => this.doRound(false));
  }

  /** Stops the loop and waits for the round in flight. */
  stop(): Promise<void> {
    return this.rounds.stop();
  }

  private async doRound(forcePoll: boolean): Promise<DispatchRound> {
    const outcomes = await this.deliverDue();
    let decisions = 0;
    if (forcePoll || this.clock().getTime() - this.lastPollAt >= this.settings.pollIntervalMs) {
      this.lastPollAt = this.clock().getTime();
      decisions = await this.pollDecisions();
    }
    return {
      delivered: outcomes.filter(Boolean).length,
      failed: outcomes.filter((ok) => !ok).length,
      decisions,
    };
  }

  private async deliverDue(): Promise<boolean[]> {
    const { batchSize, leaseMs } = this.settings;
    const claimed = await claimDueEntries(this.orm.em.fork(), this.clock(), batchSize, leaseMs);
    return Promise.all(claimed.map((entry) => this.deliver(entry)));
  }

  /** Delivers one claimed entry; a failure is recorded and retried later. True when delivered. */
  private async deliver(entry: DispatchEntry): Promise<boolean> {
    const caseNumber = entry.case.caseNumber;
    try {
      const recordNumber = entry.subgraph
        ? (await this.client.receive(entry.subgraph, await this.payloadOf(entry))).recordNumber
        : null;
      await this.backOffice().delivered(caseNumber, entry.id, recordNumber);
      this.logger.info({ caseNumber, department: entry.departmentCode, recordNumber }, 'case dispatched');
      return true;
    } catch (error) {
      const message = (error as Error).message;
      this.logger.warn({ caseNumber, department: entry.departmentCode, attempts: entry.attempts + 1 }, message);
      const { backoff, stuckAfterAttempts: stuckAfter } = this.settings;
      await recordFailure(this.orm.em.fork(), entry.id, this.clock(), message, { backoff, stuckAfter });
      return false;
    }
  }

  private async payloadOf(entry: DispatchEntry): Promise<DispatchPayload> {
    const em = this.orm.em.fork();
    const kase = await em.findOneOrFail(Case, entry.case.caseNumber);
    const materials = await em.find(CaseMaterial, { case: kase }, { orderBy: { id: 'asc' } });
    return {
      caseNumber: kase.caseNumber,
      system: entry.system,
      itemCode: kase.itemCode,
      itemName: kase.itemName,
      applicant: {
        type: kase.applicantType,
        name: kase.applicantName,
        idNumber: (kase.applicantIdNumber ?? kase.applicantCreditCode)!,
      },
      acceptedAt: kase.acceptedAt!.toISOString(),
      dueDate: kase.dueDate,
      materials: [...new Set(materials.map((material) => material.name))],
    };
  }

  /**
   * Asks every department subgraph, in batches, what its systems say of the open cases it holds
   * (delivered, in review or waiting for materials) and applies each decision not applied yet.
   * A decision the case cannot take now (a second request for materials while one is open) is
   * left for a later poll; the system keeps reporting it.
   */
  private async pollDecisions(): Promise<number> {
    const em = this.orm.em.fork();
    const open = await em.find(DispatchEntry, {
      state: DispatchState.DELIVERED,
      system: { $ne: IN_HUB },
      case: { status: { $in: [CaseStatus.IN_REVIEW, CaseStatus.NEEDS_SUPPLEMENT] } },
    });
    if (open.length === 0) return 0;
    const reviews = await em.find(CaseDepartment, { case: { $in: open.map((entry) => entry.case.caseNumber) } });
    const reviewOf = (caseNumber: string, departmentCode: string) =>
      reviews.find((review) => review.case.caseNumber === caseNumber && review.departmentCode === departmentCode);

    const groups = new Map<string, DispatchEntry[]>();
    for (const entry of open) {
      const key = `${entry.subgraph}\u0000${entry.system}`;
      groups.set(key, [...(groups.get(key) ?? []), entry]);
    }
    let applied = 0;
    for (const entries of groups.values()) {
      const { subgraph, system } = entries[0];
      for (let start = 0; start < entries.length; start += POLL_BATCH) {
        const batch = entries.slice(start, start + POLL_BATCH);
        let records: DepartmentRecord[];
        try {
          records = await this.client.records(
            subgraph!,
            system,
            batch.map((entry) => entry.case.caseNumber),
          );
        } catch (error) {
          this.logger.warn({ subgraph, system }, `status poll failed: ${(error as Error).message}`);
          continue;
        }
        for (const record of records) {
          const entry = batch.find((candidate) => candidate.case.caseNumber === record.caseNumber);
          const review = entry && reviewOf(record.caseNumber, entry.departmentCode);
          if (entry && review && (await this.apply(entry.departmentCode, review, record))) applied++;
        }
      }
    }
    return applied;
  }

  /** Applies a reported decision unless it is the one already applied. True when the case changed. */
  private async apply(departmentCode: string, review: CaseDepartment, record: DepartmentRecord): Promise<boolean> {
    if (record.status === 'IN_REVIEW') return false;
    const decision = DECISION_OF[record.status];
    if (review.decision === decision && review.systemDecidedAt === record.decidedAt) return false;
    try {
      await this.backOffice().decide(record.caseNumber, departmentCode, {
        decision,
        resultNumber: record.resultNumber,
        reason: record.reason,
        missingMaterials: record.missingMaterials,
        reviewer: record.reviewer,
        decidedAt: record.decidedAt ? new Date(record.decidedAt) : this.clock(),
        systemDecidedAt: record.decidedAt,
      });
      this.logger.info({ caseNumber: record.caseNumber, department: departmentCode, decision }, 'decision applied');
      return true;
    } catch (error) {
      this.logger.warn(
        { caseNumber: record.caseNumber, department: departmentCode, decision },
        `decision not applied now: ${(error as Error).message}`,
      );
      return false;
    }
  }

  /** A back office on a fresh EntityManager: each delivery and decision is its own unit of work. */
  private backOffice(): BackOffice {
    const workflow = new CaseWorkflow(this.orm.em.fork(), this.catalogue, this.clock, systemIdentity('cases'));
    return new BackOffice(workflow, this.clock);
  }
}
