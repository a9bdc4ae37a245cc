import { hubError } from '../../lib/errors';
import { HandlingMode } from '../../lib/enums';

export { HandlingMode };

/**
 * The one-window case workflow as data: every status a case can be in, who may move it, and the
 * only moves allowed. Pure (no database, no GraphQL types): the services ask it before writing,
 * and the back-office dispatcher of issue 4 asks the same table.
 */
export enum CaseStatus {
  SUBMITTED = 'SUBMITTED',
  NEEDS_SUPPLEMENT = 'NEEDS_SUPPLEMENT',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
  DISPATCHED = 'DISPATCHED',
  IN_REVIEW = 'IN_REVIEW',
  APPROVED = 'APPROVED',
  DENIED = 'DENIED',
  RESULT_READY = 'RESULT_READY',
  DELIVERED = 'DELIVERED',
}

/** Who acts. Until tokens land (issue 5) the role follows from the window named in the input. */
export enum ActorRole {
  APPLICANT = 'APPLICANT',
  COMPREHENSIVE_WINDOW = 'COMPREHENSIVE_WINDOW',
  DEPARTMENT_WINDOW = 'DEPARTMENT_WINDOW',
  /** A deciding department's back office (its legacy system, through its subgraph). */
  DEPARTMENT = 'DEPARTMENT',
  /** The cases service itself: the material check at submission, the dispatcher. */
  SYSTEM = 'SYSTEM',
}

/** What the guards of a transition look at. */
export interface TransitionContext {
  handlingMode: HandlingMode;
  /** For a case in NEEDS_SUPPLEMENT: the status it was in when its open notice was issued. */
  supplementRequestedIn?: CaseStatus | null;
}

export interface TransitionRule {
  from: CaseStatus;
  to: CaseStatus;
  /** What the move means, in the words of the hall; the default note of its event. */
  action: string;
  by: readonly ActorRole[];
  /** Conditions on the case beyond its status. */
  when?: Partial<TransitionContext>;
}

const {
  SUBMITTED,
  NEEDS_SUPPLEMENT,
  ACCEPTED,
  REJECTED,
  DISPATCHED,
  IN_REVIEW,
  APPROVED,
  DENIED,
  RESULT_READY,
  DELIVERED,
} = CaseStatus;
const { APPLICANT, COMPREHENSIVE_WINDOW, DEPARTMENT_WINDOW, DEPARTMENT, SYSTEM } = ActorRole;
const WINDOWS = [COMPREHENSIVE_WINDOW, DEPARTMENT_WINDOW] as const;

export const TRANSITIONS: readonly TransitionRule[] = [
  // acceptance (受理): promised items only; an immediate item is accepted and decided in one step
  { from: SUBMITTED, to: ACCEPTED, action: 'accepted', by: WINDOWS, when: { handlingMode: HandlingMode.PROMISED } },
  { from: SUBMITTED, to: REJECTED, action: 'not accepted (不予受理)', by: WINDOWS },
  { from: SUBMITTED, to: NEEDS_SUPPLEMENT, action: 'supplement requested (补正告知)', by: [...WINDOWS, SYSTEM] },
  {
    from: SUBMITTED,
    to: APPROVED,
    action: 'approved on the spot',
    by: [DEPARTMENT_WINDOW],
    when: { handlingMode: HandlingMode.IMMEDIATE },
  },
  {
    from: SUBMITTED,
    to: DENIED,
    action: 'denied on the spot',
    by: [DEPARTMENT_WINDOW],
    when: { handlingMode: HandlingMode.IMMEDIATE },
  },
  // a notice issued before acceptance returns the case to the window, or ends in 不予受理
  {
    from: NEEDS_SUPPLEMENT,
    to: SUBMITTED,
    action: 'materials supplied',
    by: [APPLICANT, ...WINDOWS],
    when: { supplementRequestedIn: SUBMITTED },
  },
  {
    from: NEEDS_SUPPLEMENT,
    to: REJECTED,
    action: 'not accepted (不予受理)',
    by: WINDOWS,
    when: { supplementRequestedIn: SUBMITTED },
  },
  // back office (后台分类审批)
  { from: ACCEPTED, to: DISPATCHED, action: 'dispatched to the deciding departments', by: [SYSTEM] },
  { from: DISPATCHED, to: IN_REVIEW, action: 'review started', by: [DEPARTMENT] },
  { from: IN_REVIEW, to: APPROVED, action: 'approved', by: [DEPARTMENT] },
  { from: IN_REVIEW, to: DENIED, action: 'denied (不予许可)', by: [DEPARTMENT] },
  // a department may still ask for materials during review; the case returns to review, or is denied
  { from: IN_REVIEW, to: NEEDS_SUPPLEMENT, action: 'supplement requested in review', by: [DEPARTMENT] },
  {
    from: NEEDS_SUPPLEMENT,
    to: IN_REVIEW,
    action: 'materials supplied',
    by: [APPLICANT, ...WINDOWS],
    when: { supplementRequestedIn: IN_REVIEW },
  },
  {
    from: NEEDS_SUPPLEMENT,
    to: DENIED,
    action: 'denied (不予许可)',
    by: [DEPARTMENT],
    when: { supplementRequestedIn: IN_REVIEW },
  },
  // results leave through the window (统一窗口出件): a denial notice too
  {
    from: APPROVED,
    to: RESULT_READY,
    action: 'result ready for collection',
    by: [DEPARTMENT, DEPARTMENT_WINDOW, SYSTEM],
  },
  {
    from: DENIED,
    to: RESULT_READY,
    action: 'denial notice ready for collection',
    by: [DEPARTMENT, DEPARTMENT_WINDOW, SYSTEM],
  },
  { from: RESULT_READY, to: DELIVERED, action: 'delivered', by: [...WINDOWS, SYSTEM] },
];

/** Statuses in which the outcome is known: the case has been decided. */
export const DECIDED_STATUSES: readonly CaseStatus[] = [APPROVED, DENIED, RESULT_READY, DELIVERED];
/** Statuses with no way out. */
export const FINAL_STATUSES: readonly CaseStatus[] = [REJECTED, DELIVERED];

/**
 * Why a move is refused. The back office adds two of its own: a decision from a department the
 * case was never dispatched to, and a second decision from a department that already decided.
 */
export type RefusalReason =
  'NO_SUCH_TRANSITION' | 'ACTOR_NOT_ALLOWED' | 'CONDITION_NOT_MET' | 'NOT_DISPATCHED' | 'ALREADY_DECIDED';

export type TransitionCheck = { allowed: true; rule: TransitionRule } | { allowed: false; reason: RefusalReason };

function conditionsHold(rule: TransitionRule, context: TransitionContext): boolean {
  const { when } = rule;
  if (!when) return true;
  if (when.handlingMode && when.handlingMode !== context.handlingMode) return false;
  if (when.supplementRequestedIn && when.supplementRequestedIn !== context.supplementRequestedIn) return false;
  return true;
}

/** Whether `role` may move a case from `from` to `to`; on refusal, the most specific reason. */
export function checkTransition(
  from: CaseStatus,
  to: CaseStatus,
  role: ActorRole,
  context: TransitionContext,
): TransitionCheck {
  const rule = TRANSITIONS.find((candidate) => candidate.from === from && candidate.to === to);
  if (!rule) return { allowed: false, reason: 'NO_SUCH_TRANSITION' };
  if (!conditionsHold(rule, context)) return { allowed: false, reason: 'CONDITION_NOT_MET' };
  if (!rule.by.includes(role)) return { allowed: false, reason: 'ACTOR_NOT_ALLOWED' };
  return { allowed: true, rule };
}

/** The rule for the move, or an ILLEGAL_TRANSITION error carrying from, to, the actor's role and why. */
export function assertTransition(
  from: CaseStatus,
  to: CaseStatus,
  role: ActorRole,
  context: TransitionContext,
): TransitionRule {
  const check = checkTransition(from, to, role, context);
  if (check.allowed) return check.rule;
  throw illegalTransition(from, to, role, check.reason);
}

export function illegalTransition(from: CaseStatus, to: CaseStatus, role: ActorRole, reason: RefusalReason) {
  return hubError('ILLEGAL_TRANSITION', `A case cannot go from ${from} to ${to} (${reason}, by ${role})`, {
    from,
    to,
    actorRole: role,
    reason,
  });
}
