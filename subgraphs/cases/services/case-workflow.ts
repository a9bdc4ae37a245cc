import { EntityManager, LockMode, OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { createHash } from 'node:crypto';
import { hasRole, Identity } from '../../../lib/auth/identity';
import { DataSubject, isDataSubject, requireIdentity, requireRole } from '../../../lib/auth/policies';
import { badUserInput, forbidden, hubError, notFound } from '../../../lib/errors';
import { shanghaiDate } from '../../../lib/scalars';
import { Actor, APPLICANT, ClerkAtWindow, clerkAtWindow, SYSTEM } from '../actor';
import { allocateCaseNumber } from '../case-number';
import { CatalogueClient, CatalogueItem, CatalogueWindow, isRetiredOn } from '../catalogue/catalogue-client';
import { decidingSystemOf, subgraphOf } from '../dispatch/routes';
import { Case, CaseDepartment, CaseEvent, CaseMaterial, DispatchEntry, SupplementNotice } from '../entities';
import { MissingMaterial } from '../entities/supplement-notice';
import { Channel, DispatchState, ImmediateOutcome } from '../enums';
import { SubmitApplicationInput } from '../inputs/submit-application.input';
import { assertKnownMaterials, missingRequiredMaterials, noticeList } from '../materials';
import { assertTransition, CaseStatus, illegalTransition, TransitionContext } from '../workflow';
import { applicantOf } from '../policies/case-access';
import { Applicant, applicantSubject, normaliseApplicant } from './applicant';
import { recordStatusCountChanges, statusCountRowsOf } from './case-status-counts';
import { recordStandingChanges, standingsOf } from './department-counters';

/** What a transition changes beyond the status, inside its transaction. */
type CaseChange = (
  kase: Case,
  tx: EntityManager,
  before: { status: CaseStatus; openNotice: SupplementNotice | null },
) => void;

/** One move of a case: the workflow table is asked, then the status set and the event appended. */
export interface Move {
  to: CaseStatus;
  actor: Actor;
  note: string;
}

/**
 * The work of one transaction on a case read fresh (and row-locked on PostgreSQL): it may write
 * the case's documents and returns the moves to make, in order. Returning none changes no status.
 */
export type CasePlan = (
  kase: Case,
  tx: EntityManager,
  before: { status: CaseStatus; openNotice: SupplementNotice | null },
) => Promise<Move[]>;

/**
 * The one-window workflow against the database. Every method asks the catalogue what it needs
 * first (a catalogue failure leaves nothing written), then changes the case, its event and its
 * documents in one transaction, asking the workflow table whether the move is allowed.
 */
export class CaseWorkflow {
  constructor(
    readonly em: EntityManager,
    private readonly catalogue: CatalogueClient,
    private readonly clock: () => Date,
    /** Who asks, as verified; null when anonymous. The dispatcher's workflow acts as SYSTEM. */
    readonly identity: Identity | null,
  ) {}

  /** The clerk at the window the input names, as their token proves them (see actor.ts). */
  clerk(at: ClerkAtWindow): Promise<{ actor: Actor; window: CatalogueWindow }> {
    return clerkAtWindow(this.catalogue, this.identity, at);
  }

  /** The current instant, as the service's clock says. */
  now(): Date {
    return this.clock();
  }

  /** Receives an application. The same idempotency key always answers with the same case. */
  async submit(input: SubmitApplicationInput): Promise<Case> {
    const idempotencyKey = input.idempotencyKey.trim();
    if (!idempotencyKey) throw badUserInput('input.idempotencyKey', 'input.idempotencyKey must not be empty');
    const applicant = normaliseApplicant(input.applicant);
    const materials = [...new Set(input.materials)];
    const fingerprint = fingerprintOf(input, applicant, materials);

    const earlier = await this.em.findOne(Case, { idempotencyKey });
    if (earlier) return sameSubmission(earlier, fingerprint);

    const receiver = await this.receiver(input, applicant);
    const now = this.clock();
    const item = await this.catalogue.serviceItem(input.itemCode);
    if (!item) throw badUserInput('input.itemCode', `There is no service item ${input.itemCode}`);
    if (isRetiredOn(item, shanghaiDate(now))) {
      throw hubError('ITEM_RETIRED', `${item.code} (${item.name}) is retired and takes no new applications`, {
        itemCode: item.code,
        retiredOn: item.retiredOn,
      });
    }
    if (!item.servesApplicantTypes.includes(applicant.type)) {
      throw badUserInput('input.applicant.type', `${item.code} does not serve ${applicant.type} applicants`);
    }
    assertKnownMaterials(item, materials, 'input.materials');
    const missing = missingRequiredMaterials(item, materials);

    try {
      return await this.em.transactional(async (tx) => {
        const kase = tx.create(Case, {
          caseNumber: await allocateCaseNumber(tx, now),
          idempotencyKey,
          payloadFingerprint: fingerprint,
          status: CaseStatus.SUBMITTED,
          itemCode: item.code,
          itemVersion: item.version,
          itemName: item.name,
          handlingMode: item.handlingMode,
          promisedTimeLimit: item.promisedTimeLimit,
          departmentCode: item.department.code,
          applicantType: applicant.type,
          applicantName: applicant.name,
          applicantIdNumber: applicant.idNumber,
          applicantCreditCode: applicant.creditCode,
          channel: input.channel,
          windowCode: receiver.windowCode,
          clerk: receiver.role === APPLICANT.role ? null : receiver.name,
          submittedAt: now,
        });
        for (const code of materials) {
          const { name } = item.materials.find((material) => material.code === code)!;
          tx.create(CaseMaterial, { case: kase, code, name, receivedAt: now });
        }
        const reviews = uniqueByCode(item.decidingDepartments).map((department) =>
          tx.create(CaseDepartment, {
            case: kase,
            departmentCode: department.code,
            system: decidingSystemOf(item, department.code),
          }),
        );
        this.appendEvent(tx, kase, null, CaseStatus.SUBMITTED, receiver, 'application received');
        if (missing.length > 0) {
          // the hub's own check against the pinned version: one notice, everything missing
          const checker = { ...SYSTEM, windowCode: receiver.windowCode };
          this.advance(
            tx,
            kase,
            CaseStatus.NEEDS_SUPPLEMENT,
            checker,
            null,
            `${missing.length} required material(s) missing`,
          );
          this.issueNotice(tx, kase, CaseStatus.SUBMITTED, item, missing, checker, kase.clerk);
        }
        await recordStandingChanges(tx, [], standingsOf(kase, reviews));
        await recordStatusCountChanges(tx, [], statusCountRowsOf(kase, reviews));
        return kase;
      });
    } catch (error) {
      // a concurrent retry with the same key committed first: answer with its case
      if (error instanceof UniqueConstraintViolationException) {
        const winner = await this.em.fork().findOne(Case, { idempotencyKey });
        if (winner) return sameSubmission(winner, fingerprint);
      }
      throw error;
    }
  }

  /**
   * Accepts a promised case at a window allowed to accept its item; the due date runs from today.
   * In the same transaction it writes the outbox: one dispatch entry per deciding department, so
   * an accepted case is never left undispatched, and (the acceptance being one transition, the
   * entries unique per department) a retried acceptance never dispatches twice.
   */
  async accept(caseNumber: string, at: ClerkAtWindow): Promise<Case> {
    const kase = await this.load(caseNumber);
    const { actor, window } = await this.clerk(at);
    await this.assertMayHandle(kase, window);
    assertTransition(kase.status, CaseStatus.ACCEPTED, actor.role, await this.transitionContext(this.em, kase));
    const now = this.clock();
    const deadline = await this.catalogue.deadline(shanghaiDate(now), kase.promisedTimeLimit);
    return this.transact(caseNumber, async (accepted, tx) => {
      Object.assign(accepted, {
        acceptedAt: now,
        dueDate: deadline.dueDate,
        dueDateProvisional: deadline.provisional,
        windowCode: actor.windowCode,
        clerk: actor.name,
      });
      for (const { departmentCode, system } of await tx.find(
        CaseDepartment,
        { case: accepted },
        { orderBy: { id: 'asc' } },
      )) {
        tx.create(DispatchEntry, {
          case: accepted,
          departmentCode,
          system,
          subgraph: subgraphOf(system),
          state: DispatchState.PENDING,
          nextAttemptAt: now,
          createdAt: now,
        });
      }
      return [{ to: CaseStatus.ACCEPTED, actor, note: 'accepted' }];
    });
  }

  /** Refuses to accept a case (不予受理); the reason is required and kept. */
  async reject(caseNumber: string, at: ClerkAtWindow, reason: string): Promise<Case> {
    const stated = reason.trim();
    if (!stated) throw badUserInput('input.reason', 'A rejection must state its reason');
    const kase = await this.load(caseNumber);
    const { actor, window } = await this.clerk(at);
    await this.assertHandles(kase, window);
    return this.commit(caseNumber, CaseStatus.REJECTED, actor, `not accepted: ${stated}`, (rejected) => {
      rejected.reason = stated;
    });
  }

  /** A clerk asks for materials: the notice lists what they flagged plus every required material still missing. */
  async requestSupplement(
    caseNumber: string,
    at: ClerkAtWindow,
    wanted: { code: string; reason: string }[],
  ): Promise<Case> {
    if (wanted.length === 0) throw badUserInput('input.materials', 'Name at least one material to supplement');
    const blank = wanted.findIndex((material) => !material.reason.trim());
    if (blank >= 0) throw badUserInput(`input.materials[${blank}].reason`, 'Say what is wrong with the material');
    const kase = await this.load(caseNumber);
    const { actor, window } = await this.clerk(at);
    await this.assertHandles(kase, window);
    assertTransition(kase.status, CaseStatus.NEEDS_SUPPLEMENT, actor.role, await this.transitionContext(this.em, kase));
    const item = await this.pinnedItem(kase);
    const names = new Map(item.materials.map((material) => [material.code, material.name]));
    const unknown = wanted.findIndex((material) => !names.has(material.code));
    if (unknown >= 0) {
      throw badUserInput(
        `input.materials[${unknown}].code`,
        `${item.code} version ${item.version} lists no material ${wanted[unknown].code}`,
      );
    }
    const flagged = wanted.map(({ code, reason }) => ({ code, name: names.get(code)!, reason: reason.trim() }));
    const received = await this.em.find(CaseMaterial, { case: kase });
    const missing = noticeList(
      flagged,
      missingRequiredMaterials(
        item,
        received.map((material) => material.code),
      ),
    );
    return this.commit(
      caseNumber,
      CaseStatus.NEEDS_SUPPLEMENT,
      actor,
      `supplement requested: ${missing.length} material(s)`,
      (wanting, tx, before) => {
        this.issueNotice(tx, wanting, before.status, item, missing, actor, actor.name);
      },
    );
  }

  /** Receives the materials of the open notice; the case returns to where the notice was issued. */
  async supplyMaterials(caseNumber: string, codes: string[], at: ClerkAtWindow | null): Promise<Case> {
    const kase = await this.load(caseNumber);
    const actor = at ? await this.clerkHandling(kase, at) : this.asApplicant(applicantOf(kase));
    const notice = await this.openNotice(this.em, kase);
    if (!notice) throw illegalTransition(kase.status, CaseStatus.SUBMITTED, actor.role, 'NO_SUCH_TRANSITION');
    const listed = new Set(notice.missing.map((material) => material.code));
    const stray = codes.findIndex((code) => !listed.has(code));
    if (stray >= 0) throw badUserInput(`input.materials[${stray}]`, `${codes[stray]} is not on the supplement notice`);
    const stillMissing = notice.missing
      .filter((material) => !codes.includes(material.code))
      .map((material) => material.code);
    if (stillMissing.length > 0) {
      throw badUserInput(
        'input.materials',
        `Every material on the notice is needed; missing ${stillMissing.join(', ')}`,
        { missing: stillMissing },
      );
    }
    const now = this.clock();
    return this.commit(
      caseNumber,
      notice.requestedInStatus,
      actor,
      'materials supplied',
      (supplied, tx, { openNotice }) => {
        for (const { code, name } of openNotice!.missing)
          tx.create(CaseMaterial, { case: supplied, code, name, receivedAt: now });
        openNotice!.resolvedAt = now;
      },
    );
  }

  /** Decides an immediate item on the spot at its own department's window: accepted and decided in one step. */
  async decideImmediately(
    caseNumber: string,
    at: ClerkAtWindow,
    outcome: ImmediateOutcome,
    reason?: string | null,
  ): Promise<Case> {
    const stated = reason?.trim() || null;
    if (outcome === ImmediateOutcome.DENIED && !stated)
      throw badUserInput('input.reason', 'A denial must state its reason');
    const kase = await this.load(caseNumber);
    const { actor, window } = await this.clerk(at);
    if (window.kind !== 'DEPARTMENT' || window.departmentCode !== kase.departmentCode) {
      throw notAuthorisedAt(window, kase, 'only the department’s own window decides an immediate item');
    }
    const now = this.clock();
    const today = shanghaiDate(now);
    const to = outcome === ImmediateOutcome.APPROVED ? CaseStatus.APPROVED : CaseStatus.DENIED;
    const note = stated ? `${outcome.toLowerCase()} on the spot: ${stated}` : `${outcome.toLowerCase()} on the spot`;
    return this.commit(caseNumber, to, actor, note, (decided) => {
      // accepted and decided in one step, on the day: the day is its own due date
      Object.assign(decided, {
        acceptedAt: now,
        decidedAt: now,
        decidedOn: today,
        dueDate: today,
        dueDateProvisional: false,
      });
      Object.assign(decided, { windowCode: actor.windowCode, clerk: actor.name, reason: stated });
    });
  }

  /**
   * Moves a case in its own transaction: re-reads it, asks the workflow table, sets the status and
   * appends the event, then applies `change`. A concurrent change to the same case makes this one
   * a CONFLICT.
   */
  async commit(caseNumber: string, to: CaseStatus, actor: Actor, note: string, change?: CaseChange): Promise<Case> {
    return this.transact(caseNumber, async (kase, tx, before) => {
      this.advance(tx, kase, to, actor, before.openNotice, note);
      change?.(kase, tx, before);
      return [];
    });
  }

  /**
   * Runs `plan` in one transaction on the case read fresh, then makes the moves it returns, each
   * asked of the workflow table and appended as an event (so an illegal one rolls back everything,
   * the plan's writes included). On PostgreSQL the case row is locked for the transaction, so the
   * back office's decisions on one case (from any replica) are taken one after the other; SQLite
   * has a single writer. A concurrent change the lock did not order is a CONFLICT. Whatever the
   * transaction changed in the case's standing at its deciding departments (decided on time or
   * late, rejected, open with a due date) goes to the supervision counters, and its change of
   * status (and of window) to the case counts `totalCount` reads, in the same transaction.
   */
  async transact(caseNumber: string, plan: CasePlan): Promise<Case> {
    try {
      return await this.em.transactional(async (tx) => {
        const lockMode = tx.getDriver() instanceof PostgreSqlDriver ? LockMode.PESSIMISTIC_WRITE : undefined;
        const kase = await tx.findOneOrFail(Case, caseNumber, { refresh: true, lockMode });
        const openNotice = await this.openNotice(tx, kase);
        // the plan changes these same entities (one identity map per transaction)
        const reviews = await tx.find(CaseDepartment, { case: kase }, { refresh: true });
        const before = standingsOf(kase, reviews);
        const countedBefore = statusCountRowsOf(kase, reviews);
        const moves = await plan(kase, tx, { status: kase.status, openNotice });
        moves.forEach(({ to, actor, note }, index) =>
          // only the first move leaves NEEDS_SUPPLEMENT through the open notice
          this.advance(tx, kase, to, actor, index === 0 ? openNotice : null, note),
        );
        await recordStandingChanges(tx, before, standingsOf(kase, reviews));
        await recordStatusCountChanges(tx, countedBefore, statusCountRowsOf(kase, reviews));
        return kase;
      });
    } catch (error) {
      if (error instanceof OptimisticLockError) {
        throw hubError('CONFLICT', `Case ${caseNumber} changed while this request was handled; reload it`, {
          caseNumber,
        });
      }
      throw error;
    }
  }

  /** Asks the workflow table, then sets the status and appends the event. */
  private advance(
    tx: EntityManager,
    kase: Case,
    to: CaseStatus,
    actor: Actor,
    notice: SupplementNotice | null,
    note: string,
  ) {
    assertTransition(kase.status, to, actor.role, {
      handlingMode: kase.handlingMode,
      supplementRequestedIn: notice?.requestedInStatus ?? null,
    });
    const from = kase.status;
    kase.status = to;
    this.appendEvent(tx, kase, from, to, actor, note);
  }

  private appendEvent(
    tx: EntityManager,
    kase: Case,
    from: CaseStatus | null,
    to: CaseStatus,
    actor: Actor,
    note: string,
  ) {
    tx.create(CaseEvent, {
      case: kase,
      from,
      to,
      actorRole: actor.role,
      actor: actor.name,
      windowCode: actor.windowCode,
      at: this.clock(),
      note,
    });
  }

  /** Writes the 补正材料通知书; `requestedIn` is the status the case returns to once supplied. */
  issueNotice(
    tx: EntityManager,
    kase: Case,
    requestedIn: CaseStatus,
    item: CatalogueItem,
    missing: MissingMaterial[],
    actor: Actor,
    clerk: string | null,
  ) {
    tx.create(SupplementNotice, {
      case: kase,
      issuedAt: this.clock(),
      receivedAt: kase.acceptedAt ?? kase.submittedAt,
      issuedByRole: actor.role,
      clerk,
      windowCode: actor.windowCode,
      departmentCode: item.department.code,
      departmentName: item.department.name,
      promisedTimeLimit: kase.promisedTimeLimit,
      requestedInStatus: requestedIn,
      missing,
    });
  }

  async load(caseNumber: string): Promise<Case> {
    const kase = await this.em.findOne(Case, caseNumber);
    if (!kase) throw notFound('Case', caseNumber);
    return kase;
  }

  private async openNotice(em: EntityManager, kase: Case): Promise<SupplementNotice | null> {
    if (kase.status !== CaseStatus.NEEDS_SUPPLEMENT) return null;
    return em.findOne(SupplementNotice, { case: kase, resolvedAt: null }, { orderBy: { id: 'desc' } });
  }

  private async transitionContext(em: EntityManager, kase: Case): Promise<TransitionContext> {
    const notice = await this.openNotice(em, kase);
    return { handlingMode: kase.handlingMode, supplementRequestedIn: notice?.requestedInStatus ?? null };
  }

  async pinnedItem(kase: Case): Promise<CatalogueItem> {
    const item = await this.catalogue.serviceItem(kase.itemCode, kase.itemVersion);
    if (!item) {
      throw hubError(
        'UPSTREAM_UNAVAILABLE',
        `The catalogue no longer has ${kase.itemCode} version ${kase.itemVersion}`,
        { service: 'catalogue' },
      );
    }
    return item;
  }

  /** Who receives an application: the clerk at the window, or the applicant online or at a terminal. */
  /**
   * Who receives an application: at a window its clerk (as their token proves them); online the
   * applicant themself, or the hub's platform exchange relaying for them (SYSTEM); at a terminal
   * the hall's device (see the README's trust model).
   */
  private async receiver(input: SubmitApplicationInput, applicant: Applicant): Promise<Actor> {
    if (input.channel === Channel.TERMINAL) {
      requireRole(this.identity, ['TERMINAL', 'SYSTEM'], 'the TERMINAL channel');
      return APPLICANT;
    }
    if (input.channel !== Channel.WINDOW) return this.asApplicant(applicantSubject(applicant));
    if (!input.windowCode) throw badUserInput('input.windowCode', 'An application at a window names the window');
    if (!input.clerk) throw badUserInput('input.clerk', 'An application at a window names the receiving clerk');
    return (await this.clerk({ clerk: input.clerk, windowCode: input.windowCode })).actor;
  }

  /**
   * The applicant acting for themself (online): the person or enterprise their token names, or the
   * hub acting for them (SYSTEM). Anyone else is FORBIDDEN: nobody applies or supplies in another's name.
   */
  asApplicant(subject: DataSubject): Actor {
    const identity = requireIdentity(this.identity);
    if (!hasRole(identity, 'SYSTEM') && !isDataSubject(identity, subject)) {
      throw forbidden('Only the applicant acts for themself online', 'NOT_THE_SUBJECT');
    }
    return APPLICANT;
  }

  /** A clerk acting on a case: at a window that handles it (the case's own, or one that may accept it). */
  private async clerkHandling(kase: Case, at: ClerkAtWindow): Promise<Actor> {
    const { actor, window } = await this.clerk(at);
    await this.assertHandles(kase, window);
    return actor;
  }

  /** A case at a window is handled there only; a case at none by a window that may accept its item. */
  async assertHandles(kase: Case, window: CatalogueWindow): Promise<void> {
    if (!kase.windowCode) return this.assertMayHandle(kase, window);
    if (kase.windowCode !== window.code) {
      throw hubError('NOT_AUTHORISED_AT_WINDOW', `Case ${kase.caseNumber} is handled at window ${kase.windowCode}`, {
        windowCode: window.code,
        itemCode: kase.itemCode,
      });
    }
  }

  /**
   * A comprehensive window accepts only the items the deciding department authorised it to; a
   * department window only its own department's items.
   */
  private async assertMayHandle(kase: Case, window: CatalogueWindow): Promise<void> {
    if (window.kind === 'DEPARTMENT') {
      if (window.departmentCode !== kase.departmentCode)
        throw notAuthorisedAt(window, kase, 'the window belongs to another department');
      return;
    }
    if (!(await this.catalogue.isAuthorised(window.code, kase.itemCode))) {
      throw notAuthorisedAt(window, kase, 'the department has not authorised this window to accept the item');
    }
  }
}

/** The case a retry finds, unless the key was reused for a different application. */
function sameSubmission(kase: Case, fingerprint: string): Case {
  if (kase.payloadFingerprint === fingerprint) return kase;
  throw hubError('CONFLICT', 'This idempotency key was already used for a different application', {
    field: 'input.idempotencyKey',
    caseNumber: kase.caseNumber,
  });
}

/** A stable hash of the normalised application: what makes two submissions "the same". */
function fingerprintOf(input: SubmitApplicationInput, applicant: Applicant, materials: string[]): string {
  const canonical = JSON.stringify([
    input.itemCode,
    applicant,
    input.channel,
    input.windowCode ?? null,
    input.clerk ?? null,
    [...materials].sort(),
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

function uniqueByCode<T extends { code: string }>(rows: T[]): T[] {
  return [...new Map(rows.map((row) => [row.code, row])).values()];
}

function notAuthorisedAt(window: CatalogueWindow, kase: Case, why: string) {
  return hubError('NOT_AUTHORISED_AT_WINDOW', `Window ${window.code} may not handle ${kase.itemCode}: ${why}`, {
    windowCode: window.code,
    itemCode: kase.itemCode,
  });
}
