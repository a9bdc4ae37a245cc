import { createLogger } from '../../../lib/logger';
import { Dispatcher } from '../../../subgraphs/cases/dispatch/dispatcher';
import { ENTERPRISE_CODE, HARVEST, INVESTMENT } from './support/catalogue-fixtures';
import { FakeDepartments } from './support/fake-departments';
import { CasesHarness, errorsOf, GraphQLAnswer } from './support/harness';
import { ACCEPT, harvestApplication, SUBMIT } from './support/operations';

let h: CasesHarness;
let departments: FakeDepartments;
let dispatcher: Dispatcher;
beforeEach(async () => {
  h = await CasesHarness.start('cases_back_office');
  h.now = new Date('2025-09-26T02:00:00Z'); // Friday 10:00 in Shanghai
  departments = new FakeDepartments();
  dispatcher = new Dispatcher(h.orm, h.catalogue, departments, () => h.now, createLogger('test'), {
    intervalMs: 1_000,
    batchSize: 10,
    leaseMs: 30_000,
    stuckAfterAttempts: 3,
    backoff: { baseDelayMs: 1_000, maxDelayMs: 4_000 },
    pollIntervalMs: 0,
  });
});
afterEach(() => h.stop());

const atInvestWindow = { clerk: '王窗口', windowCode: 'CW-INVEST' };
const CASE_STATE = `status reason decidedAt
  events { from to actorRole actor note }
  reviews { department { code } system decision reason resultNumber reviewer }
  supplementNotices { requestedInStatus issuedByRole clerk missing { code name reason } resolvedAt }`;
const stateOf = async (caseNumber: string) =>
  (await h.data(`query ($n: String!) { case(caseNumber: $n) { ${CASE_STATE} } }`, { n: caseNumber })).case;

const DECIDE = `mutation ($input: RecordDepartmentDecisionInput!) { recordDepartmentDecision(input: $input) { ${CASE_STATE} } }`;
const decide = (caseNumber: string, departmentCode: string, decision: string, extra: Record<string, unknown> = {}) =>
  h.run(DECIDE, { input: { caseNumber, departmentCode, officer: '科员 陈', decision, ...extra } });

/** An accepted investment case: three departments (发改, 住建, 环保) decide in the hub. */
async function investmentCase(): Promise<string> {
  const { submitApplication } = await h.data(SUBMIT, {
    input: harvestApplication({
      itemCode: INVESTMENT.code,
      applicant: { type: 'ENTERPRISE', name: '蒙自林丰木业有限公司', creditCode: ENTERPRISE_CODE },
      materials: ['M01'],
    }),
  });
  await h.data(ACCEPT, { input: { caseNumber: submitApplication.caseNumber, ...atInvestWindow } });
  return submitApplication.caseNumber;
}

/** Refused with exactly this error, and the case exactly as before. */
async function expectRefused(caseNumber: string, attempt: () => Promise<GraphQLAnswer>, error: unknown) {
  const before = await stateOf(caseNumber);
  const answer = await attempt();
  expect([answer.data, errorsOf(answer)]).toEqual([null, [error]]);
  expect(await stateOf(caseNumber)).toEqual(before);
}

const illegal = (from: string, to: string, reason: string) => ({
  message: `A case cannot go from ${from} to ${to} (${reason}, by DEPARTMENT)`,
  extensions: { code: 'ILLEGAL_TRANSITION', from, to, actorRole: 'DEPARTMENT', reason },
});

describe('the state machine refuses the back office’s illegal moves, changing nothing', () => {
  test('a decision for a case never dispatched, or from a department that does not decide it', async () => {
    const caseNumber = await investmentCase();
    await expectRefused(
      caseNumber,
      () => decide(caseNumber, '532503-FGJ', 'APPROVED'),
      illegal('ACCEPTED', 'APPROVED', 'NOT_DISPATCHED'),
    );
    await dispatcher.runOnce();
    await expectRefused(
      caseNumber,
      () => decide(caseNumber, '532503-LYJ', 'DENIED', { reason: '不属于本部门' }),
      illegal('IN_REVIEW', 'DENIED', 'NOT_DISPATCHED'),
    );
  });

  test('a second decision from the same department', async () => {
    const caseNumber = await investmentCase();
    await dispatcher.runOnce();
    expect(
      (await decide(caseNumber, '532503-FGJ', 'APPROVED', { resultNumber: '蒙发改核准〔2025〕1号' })).errors,
    ).toBeUndefined();
    await expectRefused(
      caseNumber,
      () => decide(caseNumber, '532503-FGJ', 'DENIED', { reason: '改变主意' }),
      illegal('IN_REVIEW', 'DENIED', 'ALREADY_DECIDED'),
    );
  });

  test('a second request for materials while the first is open; a denial is still possible', async () => {
    const caseNumber = await investmentCase();
    await dispatcher.runOnce();
    const asked = await decide(caseNumber, '532503-ZJJ', 'MATERIALS_REQUESTED', {
      reason: '报告缺少规划内容',
      missingMaterials: [{ code: 'M01', reason: '缺少规划选址章节' }],
    });
    expect(asked.data!.recordDepartmentDecision).toMatchObject({
      status: 'NEEDS_SUPPLEMENT',
      supplementNotices: [
        {
          requestedInStatus: 'IN_REVIEW',
          issuedByRole: 'DEPARTMENT',
          clerk: '科员 陈',
          missing: [{ code: 'M01', name: '项目申请报告', reason: '缺少规划选址章节' }],
          resolvedAt: null,
        },
      ],
    });
    await expectRefused(
      caseNumber,
      () =>
        decide(caseNumber, '532503-HBJ', 'MATERIALS_REQUESTED', {
          missingMaterials: [{ code: 'M01', reason: '缺环评' }],
        }),
      illegal('NEEDS_SUPPLEMENT', 'NEEDS_SUPPLEMENT', 'NO_SUCH_TRANSITION'),
    );
    const denied = await decide(caseNumber, '532503-HBJ', 'DENIED', { reason: '不符合环境功能区划' });
    expect(denied.data!.recordDepartmentDecision).toMatchObject({
      status: 'RESULT_READY',
      reason: '不符合环境功能区划',
      decidedAt: '2025-09-26T02:00:00.000Z',
      events: [
        {},
        {},
        {},
        {},
        {
          from: 'IN_REVIEW',
          to: 'NEEDS_SUPPLEMENT',
          actorRole: 'DEPARTMENT',
          actor: '532503-ZJJ',
          note: '532503-ZJJ asks for 1 material(s): 报告缺少规划内容',
        },
        {
          from: 'NEEDS_SUPPLEMENT',
          to: 'DENIED',
          actorRole: 'DEPARTMENT',
          actor: '532503-HBJ',
          note: 'denied by 532503-HBJ: 不符合环境功能区划',
        },
        {
          from: 'DENIED',
          to: 'RESULT_READY',
          actorRole: 'SYSTEM',
          actor: 'system',
          note: 'denial notice ready for collection',
        },
      ],
    });
  });

  test('an officer cannot decide for a department that decides on its own system; a denial states its reason', async () => {
    const { submitApplication } = await h.data(SUBMIT, { input: harvestApplication() });
    const caseNumber = submitApplication.caseNumber;
    await h.data(ACCEPT, { input: { caseNumber, ...atInvestWindow } });
    await dispatcher.runOnce();
    await expectRefused(caseNumber, () => decide(caseNumber, '532503-LYJ', 'APPROVED'), {
      message: '532503-LYJ decides this case on its FORESTRY_HARVEST system; the decision comes from there',
      extensions: { code: 'BAD_USER_INPUT', field: 'input.departmentCode' },
    });
    const investment = await investmentCase();
    await dispatcher.runOnce();
    await expectRefused(investment, () => decide(investment, '532503-FGJ', 'DENIED'), {
      message: 'A denial must state its reason',
      extensions: { code: 'BAD_USER_INPUT', field: 'input.reason' },
    });
    await expectRefused(
      investment,
      () =>
        decide(investment, '532503-FGJ', 'MATERIALS_REQUESTED', { missingMaterials: [{ code: 'M09', reason: '?' }] }),
      {
        message: `${INVESTMENT.code} version 1 lists no material M09`,
        extensions: { code: 'BAD_USER_INPUT', field: 'input.missingMaterials[0].code' },
      },
    );
  });

  test('APPROVED only when every deciding department approved', async () => {
    const caseNumber = await investmentCase();
    await dispatcher.runOnce();
    for (const department of ['532503-FGJ', '532503-ZJJ']) {
      expect((await decide(caseNumber, department, 'APPROVED')).data!.recordDepartmentDecision.status).toBe(
        'IN_REVIEW',
      );
    }
    const last = await decide(caseNumber, '532503-HBJ', 'APPROVED', { resultNumber: '蒙环审〔2025〕3号' });
    expect(last.data!.recordDepartmentDecision).toMatchObject({
      status: 'RESULT_READY',
      reviews: [
        { department: { code: '532503-FGJ' }, system: 'NONE', decision: 'APPROVED', reviewer: '科员 陈' },
        { department: { code: '532503-ZJJ' }, system: 'NONE', decision: 'APPROVED', reviewer: '科员 陈' },
        { department: { code: '532503-HBJ' }, system: 'NONE', decision: 'APPROVED', resultNumber: '蒙环审〔2025〕3号' },
      ],
    });
  });
});

describe('delivery and evaluation', () => {
  const DELIVER = `mutation ($input: DeliverCaseInput!) { deliverCase(input: $input) { status deliveryMethod trackingNumber deliveredAt } }`;
  const EVALUATE = `mutation ($input: EvaluateCaseInput!) { evaluateCase(input: $input) { evaluation { level comment needsCallBack callBackDue evaluatedAt } } }`;

  async function decidedHarvest(): Promise<string> {
    const { submitApplication } = await h.data(SUBMIT, { input: harvestApplication() });
    const caseNumber = submitApplication.caseNumber;
    await h.data(ACCEPT, { input: { caseNumber, ...atInvestWindow } });
    await dispatcher.runOnce();
    departments.reports.set(caseNumber, {
      status: 'APPROVED',
      resultNumber: 'CF2025-0001',
      decidedAt: '2025-09-26T02:00:00.000Z',
    });
    await dispatcher.runOnce();
    return caseNumber;
  }

  test('through the accepting window only, posted with a tracking number; evaluated once after delivery', async () => {
    const caseNumber = await decidedHarvest();
    const early = await h.run(EVALUATE, { input: { caseNumber, level: 'SATISFIED' } });
    expect(errorsOf(early)).toEqual([
      {
        message: `Case ${caseNumber} can be evaluated once it is delivered; it is RESULT_READY`,
        extensions: { code: 'CONFLICT', caseNumber, reason: 'NOT_DELIVERED' },
      },
    ]);
    const elsewhere = await h.run(DELIVER, {
      input: { caseNumber, clerk: '林窗口', windowCode: 'DW-LYJ', method: 'PICK_UP' },
    });
    expect(errorsOf(elsewhere)).toEqual([
      {
        message: `The result of ${caseNumber} leaves through window CW-INVEST`,
        extensions: { code: 'NOT_AUTHORISED_AT_WINDOW', windowCode: 'DW-LYJ', itemCode: HARVEST.code },
      },
    ]);
    const untracked = await h.run(DELIVER, { input: { caseNumber, ...atInvestWindow, method: 'POST' } });
    expect(errorsOf(untracked)).toEqual([
      {
        message: 'A posted result needs its tracking number',
        extensions: { code: 'BAD_USER_INPUT', field: 'input.trackingNumber' },
      },
    ]);
    h.now = new Date('2025-09-29T06:00:00Z');
    expect(
      await h.data(DELIVER, {
        input: { caseNumber, ...atInvestWindow, method: 'POST', trackingNumber: 'EMS1180000002' },
      }),
    ).toEqual({
      deliverCase: {
        status: 'DELIVERED',
        deliveryMethod: 'POST',
        trackingNumber: 'EMS1180000002',
        deliveredAt: '2025-09-29T06:00:00.000Z',
      },
    });

    // 15 working days from Monday 09-29: the National Day week (10-01..10-08) is not counted
    expect(await h.data(EVALUATE, { input: { caseNumber, level: 'VERY_DISSATISFIED', comment: '邮寄太慢' } })).toEqual({
      evaluateCase: {
        evaluation: {
          level: 'VERY_DISSATISFIED',
          comment: '邮寄太慢',
          needsCallBack: true,
          callBackDue: '2025-10-27',
          evaluatedAt: '2025-09-29T06:00:00.000Z',
        },
      },
    });
    expect(errorsOf(await h.run(EVALUATE, { input: { caseNumber, level: 'SATISFIED' } }))).toEqual([
      {
        message: `Case ${caseNumber} was already evaluated`,
        extensions: { code: 'CONFLICT', caseNumber, reason: 'ALREADY_EVALUATED' },
      },
    ]);
    expect(await h.data('{ casesToCallBack { caseNumber evaluation { level callBackDue } } }')).toEqual({
      casesToCallBack: [{ caseNumber, evaluation: { level: 'VERY_DISSATISFIED', callBackDue: '2025-10-27' } }],
    });
  });
});

describe('supervision includes the back office', () => {
  test('each department of a parallel approval is judged on its own decision day; overdue cases are in review', async () => {
    const caseNumber = await investmentCase(); // due 2025-10-16 (10 working days)
    await dispatcher.runOnce();
    await decide(caseNumber, '532503-FGJ', 'APPROVED');
    h.now = new Date('2025-10-20T02:00:00Z');
    await decide(caseNumber, '532503-ZJJ', 'APPROVED');
    const stats = await h.data(
      `{ departmentStats(asOf: "2025-10-20") { department { code } received onTime overdue inProgress onTimeRate } }`,
    );
    expect(stats.departmentStats.filter(({ received }: { received: number }) => received > 0)).toEqual([
      { department: { code: '532503-FGJ' }, received: 1, onTime: 1, overdue: 0, inProgress: 0, onTimeRate: 1 },
      { department: { code: '532503-ZJJ' }, received: 1, onTime: 0, overdue: 1, inProgress: 0, onTimeRate: 0 },
      { department: { code: '532503-HBJ' }, received: 1, onTime: 0, overdue: 1, inProgress: 0, onTimeRate: 0 },
    ]);
    expect(await h.data(`{ overdueCases(asOf: "2025-10-20") { caseNumber status dueDate } }`)).toEqual({
      overdueCases: [{ caseNumber, status: 'IN_REVIEW', dueDate: '2025-10-16' }],
    });
  });
});
