import { badUserInput } from '../../../lib/errors';
import { shanghaiDate } from '../../../lib/scalars';
import { Actor, SYSTEM } from '../actor';
import { Case, CaseDepartment, DispatchEntry } from '../entities';
import { MissingMaterial } from '../entities/supplement-notice';
import { DepartmentDecision, DispatchState } from '../enums';
import { IN_HUB } from '../dispatch/routes';
import { ActorRole, CaseStatus, illegalTransition } from '../workflow';
import { CaseWorkflow, Move } from './case-workflow';

/** A department's decision, from its legacy system (through the poll) or from its officer in the hub. */
export interface ReportedDecision {
  decision: DepartmentDecision;
  resultNumber?: string | null;
  reason?: string | null;
  missingMaterials?: { code: string; reason: string }[];
  reviewer: string | null;
  /** When the department decided. */
  decidedAt: Date;
  /** The legacy system's own time of the decision, as it reported it; null for an officer's. */
  systemDecidedAt?: string | null;
}

/** The status a decision leads the case towards (named in a refusal). */
const TARGET: Record<DepartmentDecision, CaseStatus> = {
  APPROVED: CaseStatus.APPROVED,
  DENIED: CaseStatus.DENIED,
  MATERIALS_REQUESTED: CaseStatus.NEEDS_SUPPLEMENT,
};

const FINAL: readonly (DepartmentDecision | null)[] = [DepartmentDecision.APPROVED, DepartmentDecision.DENIED];

/** The deciding department as the actor of its moves: its code names it in the case's events. */
const departmentActor = (departmentCode: string): Actor => ({
  role: ActorRole.DEPARTMENT,
  name: departmentCode,
  windowCode: null,
});

/**
 * 后台分类审批: what the back office does to a case, through the workflow (so every move is asked
 * of the table and leaves an event). Delivery of a dispatch entry starts the review; each
 * department's decision is recorded on its review, and the case moves when the decisions say so:
 * APPROVED only when every deciding department approved, DENIED as soon as one denies, to
 * NEEDS_SUPPLEMENT when one asks for materials. A decided case's result is ready at once
 * (the certificate number or the denial notice leaves through the window).
 */
export class BackOffice {
  constructor(
    private readonly workflow: CaseWorkflow,
    private readonly clock: () => Date,
  ) {}

  /**
   * Marks a dispatch entry delivered. The case's first delivery moves it ACCEPTED → DISPATCHED
   * → IN_REVIEW (the department's system registered it: its review has begun); later ones, and
   * a repeated delivery of the same entry, change no status.
   */
  delivered(caseNumber: string, entryId: number, recordNumber: string | null): Promise<Case> {
    const now = this.clock();
    return this.workflow.transact(caseNumber, async (kase, tx) => {
      const entry = await tx.findOneOrFail(DispatchEntry, entryId);
      if (entry.state === DispatchState.DELIVERED) return [];
      Object.assign(entry, {
        state: DispatchState.DELIVERED,
        deliveredAt: now,
        recordNumber,
        stuck: false,
        leaseUntil: null,
        lastError: null,
      });
      if (kase.status !== CaseStatus.ACCEPTED) return [];
      const where = entry.system === IN_HUB ? 'its back-office queue in the hub' : `${entry.system} as ${recordNumber}`;
      return [
        { to: CaseStatus.DISPATCHED, actor: SYSTEM, note: `dispatched to ${entry.departmentCode}` },
        { to: CaseStatus.IN_REVIEW, actor: departmentActor(entry.departmentCode), note: `registered on ${where}` },
      ];
    });
  }

  /**
   * Records a department's decision and moves the case accordingly, in one transaction. Refused
   * with ILLEGAL_TRANSITION, changing nothing: a department the case was never dispatched to
   * (NOT_DISPATCHED), a second decision after a final one (ALREADY_DECIDED), a decision the case's
   * status does not allow (e.g. a second request for materials while the first is open).
   */
  async decide(caseNumber: string, departmentCode: string, reported: ReportedDecision): Promise<Case> {
    const { decision } = reported;
    // the catalogue first (only a request for materials needs the item's names): a failure writes nothing
    const item =
      decision === DepartmentDecision.MATERIALS_REQUESTED
        ? await this.workflow.pinnedItem(await this.workflow.load(caseNumber))
        : null;
    const actor = departmentActor(departmentCode);
    return this.workflow.transact(caseNumber, async (kase, tx, before) => {
      const target = TARGET[decision];
      const review = await tx.findOne(CaseDepartment, { case: kase, departmentCode });
      const entry = await tx.findOne(DispatchEntry, { case: kase, departmentCode });
      if (!review || entry?.state !== DispatchState.DELIVERED)
        throw illegalTransition(kase.status, target, actor.role, 'NOT_DISPATCHED');
      if (FINAL.includes(review.decision)) throw illegalTransition(kase.status, target, actor.role, 'ALREADY_DECIDED');
      const final = FINAL.includes(decision);
      Object.assign(review, {
        decision,
        decidedAt: reported.decidedAt,
        decidedOn: final ? shanghaiDate(reported.decidedAt) : null,
        reviewer: reported.reviewer,
        resultNumber: reported.resultNumber ?? null,
        reason: reported.reason ?? null,
        systemDecidedAt: reported.systemDecidedAt ?? null,
      });

      if (decision === DepartmentDecision.MATERIALS_REQUESTED) {
        const names = new Map(item!.materials.map((material) => [material.code, material.name]));
        const missing: MissingMaterial[] = (reported.missingMaterials ?? []).map(({ code, reason }) => ({
          code,
          name: names.get(code) ?? code,
          reason,
        }));
        this.workflow.issueNotice(tx, kase, CaseStatus.IN_REVIEW, item!, missing, actor, reported.reviewer);
        const note = `${departmentCode} asks for ${missing.length} material(s)${reported.reason ? `: ${reported.reason}` : ''}`;
        return [{ to: CaseStatus.NEEDS_SUPPLEMENT, actor, note }];
      }

      const reviews = await tx.find(CaseDepartment, { case: kase });
      const everyoneApproved = reviews.every((each) => each.decision === DepartmentDecision.APPROVED);
      if (decision === DepartmentDecision.APPROVED && !everyoneApproved) {
        // one approval of several: recorded; the case waits in review for the others
        const waiting =
          before.status === CaseStatus.IN_REVIEW || before.openNotice?.requestedInStatus === CaseStatus.IN_REVIEW;
        if (!waiting) throw illegalTransition(kase.status, target, actor.role, 'NO_SUCH_TRANSITION');
        return [];
      }
      this.close(kase, decision === DepartmentDecision.DENIED ? (reported.reason ?? null) : null);
      return this.decidedMoves(decision, departmentCode, reported);
    });
  }

  /**
   * The department's officer decides, for a department with no system of its own (system NONE):
   * a denial states its reason, a request for materials names materials of the pinned item version.
   */
  async decideInHub(caseNumber: string, departmentCode: string, reported: ReportedDecision): Promise<Case> {
    const kase = await this.workflow.load(caseNumber);
    const review = await this.workflow.em.findOne(CaseDepartment, { case: kase, departmentCode });
    if (review && review.system !== IN_HUB) {
      throw badUserInput(
        'input.departmentCode',
        `${departmentCode} decides this case on its ${review.system} system; the decision comes from there`,
      );
    }
    if (reported.decision === DepartmentDecision.DENIED && !reported.reason)
      throw badUserInput('input.reason', 'A denial must state its reason');
    if (reported.decision === DepartmentDecision.MATERIALS_REQUESTED) {
      const wanted = reported.missingMaterials ?? [];
      if (wanted.length === 0) throw badUserInput('input.missingMaterials', 'Name at least one material to supplement');
      const known = new Set((await this.workflow.pinnedItem(kase)).materials.map((material) => material.code));
      const unknown = wanted.findIndex((material) => !known.has(material.code));
      if (unknown >= 0) {
        throw badUserInput(
          `input.missingMaterials[${unknown}].code`,
          `${kase.itemCode} version ${kase.itemVersion} lists no material ${wanted[unknown].code}`,
        );
      }
    }
    return this.decide(caseNumber, departmentCode, reported);
  }

  private close(kase: Case, reason: string | null) {
    const now = this.clock();
    Object.assign(kase, { decidedAt: now, decidedOn: shanghaiDate(now) });
    if (reason) kase.reason = reason;
  }

  private decidedMoves(decision: DepartmentDecision, departmentCode: string, reported: ReportedDecision): Move[] {
    const actor = departmentActor(departmentCode);
    if (decision === DepartmentDecision.DENIED) {
      return [
        { to: CaseStatus.DENIED, actor, note: `denied by ${departmentCode}: ${reported.reason}` },
        { to: CaseStatus.RESULT_READY, actor: SYSTEM, note: 'denial notice ready for collection' },
      ];
    }
    const number = reported.resultNumber ? ` (${reported.resultNumber})` : '';
    return [
      {
        to: CaseStatus.APPROVED,
        actor,
        note: `approved by every deciding department, last ${departmentCode}${number}`,
      },
      { to: CaseStatus.RESULT_READY, actor: SYSTEM, note: 'result ready for collection' },
    ];
  }
}
