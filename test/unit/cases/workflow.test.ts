import { GraphQLError } from 'graphql';
import {
  ActorRole,
  assertTransition,
  CaseStatus,
  checkTransition,
  HandlingMode,
  TransitionContext,
} from '../../../subgraphs/cases/workflow';

const STATUSES = Object.values(CaseStatus);
const ROLES = Object.values(ActorRole);
const CONTEXTS: TransitionContext[] = [HandlingMode.PROMISED, HandlingMode.IMMEDIATE].flatMap((handlingMode) =>
  [null, CaseStatus.SUBMITTED, CaseStatus.IN_REVIEW].map((supplementRequestedIn) => ({
    handlingMode,
    supplementRequestedIn,
  })),
);

const WINDOWS = ['COMPREHENSIVE_WINDOW', 'DEPARTMENT_WINDOW'];
type Guard = (context: TransitionContext) => boolean;
const promised: Guard = (context) => context.handlingMode === HandlingMode.PROMISED;
const immediate: Guard = (context) => context.handlingMode === HandlingMode.IMMEDIATE;
const noticeAtWindow: Guard = (context) => context.supplementRequestedIn === CaseStatus.SUBMITTED;
const noticeInReview: Guard = (context) => context.supplementRequestedIn === CaseStatus.IN_REVIEW;
const always: Guard = () => true;

/** The workflow as the issue and README state it, written out independently of the table under test. */
const EXPECTED: Record<string, { by: string[]; when: Guard }> = {
  'SUBMITTED>ACCEPTED': { by: WINDOWS, when: promised },
  'SUBMITTED>REJECTED': { by: WINDOWS, when: always },
  'SUBMITTED>NEEDS_SUPPLEMENT': { by: [...WINDOWS, 'SYSTEM'], when: always },
  'SUBMITTED>APPROVED': { by: ['DEPARTMENT_WINDOW'], when: immediate },
  'SUBMITTED>DENIED': { by: ['DEPARTMENT_WINDOW'], when: immediate },
  'NEEDS_SUPPLEMENT>SUBMITTED': { by: ['APPLICANT', ...WINDOWS], when: noticeAtWindow },
  'NEEDS_SUPPLEMENT>REJECTED': { by: WINDOWS, when: noticeAtWindow },
  'NEEDS_SUPPLEMENT>IN_REVIEW': { by: ['APPLICANT', ...WINDOWS], when: noticeInReview },
  'NEEDS_SUPPLEMENT>DENIED': { by: ['DEPARTMENT'], when: noticeInReview },
  'ACCEPTED>DISPATCHED': { by: ['SYSTEM'], when: always },
  'DISPATCHED>IN_REVIEW': { by: ['DEPARTMENT'], when: always },
  'IN_REVIEW>APPROVED': { by: ['DEPARTMENT'], when: always },
  'IN_REVIEW>DENIED': { by: ['DEPARTMENT'], when: always },
  'IN_REVIEW>NEEDS_SUPPLEMENT': { by: ['DEPARTMENT'], when: always },
  'APPROVED>RESULT_READY': { by: ['DEPARTMENT', 'DEPARTMENT_WINDOW', 'SYSTEM'], when: always },
  'DENIED>RESULT_READY': { by: ['DEPARTMENT', 'DEPARTMENT_WINDOW', 'SYSTEM'], when: always },
  'RESULT_READY>DELIVERED': { by: [...WINDOWS, 'SYSTEM'], when: always },
};

const PAIRS = STATUSES.flatMap((from) => STATUSES.map((to) => [from, to] as const));

describe('the workflow table over every status × status × actor × case context', () => {
  test.each(PAIRS)('%s → %s', (from, to) => {
    const expected = EXPECTED[`${from}>${to}`];
    for (const role of ROLES) {
      for (const context of CONTEXTS) {
        const check = checkTransition(from, to, role, context);
        if (!expected) {
          expect(check).toEqual({ allowed: false, reason: 'NO_SUCH_TRANSITION' });
        } else if (!expected.when(context)) {
          expect(check).toEqual({ allowed: false, reason: 'CONDITION_NOT_MET' });
        } else if (!expected.by.includes(role)) {
          expect(check).toEqual({ allowed: false, reason: 'ACTOR_NOT_ALLOWED' });
        } else {
          expect(check).toMatchObject({ allowed: true, rule: { from, to } });
        }
      }
    }
  });

  test('the table holds exactly the expected moves (17 of 100 status pairs)', () => {
    const allowedPairs = PAIRS.filter(([from, to]) =>
      ROLES.some((role) => CONTEXTS.some((context) => checkTransition(from, to, role, context).allowed)),
    ).map(([from, to]) => `${from}>${to}`);
    expect(allowedPairs.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  test('REJECTED and DELIVERED are final', () => {
    for (const from of [CaseStatus.REJECTED, CaseStatus.DELIVERED]) {
      for (const to of STATUSES)
        expect(checkTransition(from, to, ActorRole.SYSTEM, CONTEXTS[0])).toEqual({
          allowed: false,
          reason: 'NO_SUCH_TRANSITION',
        });
    }
  });
});

describe('assertTransition', () => {
  test('returns the rule of an allowed move', () => {
    expect(
      assertTransition(CaseStatus.SUBMITTED, CaseStatus.ACCEPTED, ActorRole.COMPREHENSIVE_WINDOW, {
        handlingMode: HandlingMode.PROMISED,
      }),
    ).toEqual({
      from: 'SUBMITTED',
      to: 'ACCEPTED',
      action: 'accepted',
      by: ['COMPREHENSIVE_WINDOW', 'DEPARTMENT_WINDOW'],
      when: { handlingMode: 'PROMISED' },
    });
  });

  test('refuses with ILLEGAL_TRANSITION naming from, to, the actor and why', () => {
    const attempt = () =>
      assertTransition(CaseStatus.DELIVERED, CaseStatus.SUBMITTED, ActorRole.APPLICANT, {
        handlingMode: HandlingMode.PROMISED,
      });
    expect(attempt).toThrow(GraphQLError);
    expect(attempt).toThrow('A case cannot go from DELIVERED to SUBMITTED (NO_SUCH_TRANSITION, by APPLICANT)');
    try {
      attempt();
    } catch (error) {
      expect((error as GraphQLError).extensions).toEqual({
        code: 'ILLEGAL_TRANSITION',
        from: 'DELIVERED',
        to: 'SUBMITTED',
        actorRole: 'APPLICANT',
        reason: 'NO_SUCH_TRANSITION',
      });
    }
  });

  test('an immediate item cannot be accepted for the back office, a promised one cannot be decided on the spot', () => {
    expect(
      checkTransition(CaseStatus.SUBMITTED, CaseStatus.ACCEPTED, ActorRole.DEPARTMENT_WINDOW, {
        handlingMode: HandlingMode.IMMEDIATE,
      }),
    ).toEqual({
      allowed: false,
      reason: 'CONDITION_NOT_MET',
    });
    expect(
      checkTransition(CaseStatus.SUBMITTED, CaseStatus.APPROVED, ActorRole.DEPARTMENT_WINDOW, {
        handlingMode: HandlingMode.PROMISED,
      }),
    ).toEqual({
      allowed: false,
      reason: 'CONDITION_NOT_MET',
    });
  });
});
