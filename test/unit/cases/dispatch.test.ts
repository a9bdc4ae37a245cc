import { createLogger } from '../../../lib/logger';
import { nextDelayMs } from '../../../subgraphs/cases/outbox/backoff';
import { Dispatcher, DispatcherSettings } from '../../../subgraphs/cases/dispatch/dispatcher';
import { claimDueEntries } from '../../../subgraphs/cases/dispatch/outbox';
import { HARVEST, INVESTMENT, ENTERPRISE_CODE } from './support/catalogue-fixtures';
import { FakeDepartments } from './support/fake-departments';
import { CasesHarness } from './support/harness';
import { ACCEPT, harvestApplication, SUBMIT } from './support/operations';

const SETTINGS: DispatcherSettings = {
  intervalMs: 1_000,
  batchSize: 10,
  leaseMs: 30_000,
  stuckAfterAttempts: 3,
  backoff: { baseDelayMs: 1_000, maxDelayMs: 4_000 },
  pollIntervalMs: 0,
};

let h: CasesHarness;
let departments: FakeDepartments;
let dispatcher: Dispatcher;
// a fresh database per test: the dispatcher takes every due entry there is
beforeEach(async () => {
  h = await CasesHarness.start('cases_dispatch');
  h.now = new Date('2025-09-26T02:00:00Z');
  departments = new FakeDepartments();
  dispatcher = new Dispatcher(h.orm, h.catalogue, departments, () => h.now, createLogger('test'), SETTINGS);
  // the jitter is half the delay, fixed here so the schedule is exact
  jest.spyOn(Math, 'random').mockReturnValue(0.5);
});
afterEach(async () => {
  jest.restoreAllMocks();
  await h.stop();
});

const later = (ms: number) => (h.now = new Date(h.now.getTime() + ms));

async function accepted(overrides: Record<string, unknown> = {}): Promise<string> {
  const { submitApplication } = await h.data(SUBMIT, { input: harvestApplication(overrides) });
  await h.data(ACCEPT, {
    input: { caseNumber: submitApplication.caseNumber, clerk: '王窗口', windowCode: 'CW-INVEST' },
  });
  return submitApplication.caseNumber;
}

const DISPATCHES = `query ($n: String!) { case(caseNumber: $n) {
  status dispatches { department { code } system state stuck attempts nextAttemptAt lastError deliveredAt recordNumber }
} }`;

describe('backoff', () => {
  test('doubles from the base with equal jitter, up to the cap', () => {
    const backoff = { baseDelayMs: 1_000, maxDelayMs: 4_000 };
    expect([1, 2, 3, 4, 9].map((attempts) => nextDelayMs(backoff, attempts, () => 0))).toEqual([
      500, 1_000, 2_000, 2_000, 2_000,
    ]);
    expect([1, 2, 3, 4, 9].map((attempts) => nextDelayMs(backoff, attempts, () => 1))).toEqual([
      1_000, 2_000, 4_000, 4_000, 4_000,
    ]);
  });
});

describe('the outbox', () => {
  test('acceptance writes one pending entry per deciding department, with the system it decides on', async () => {
    const harvest = await accepted();
    const { submitApplication } = await h.data(SUBMIT, {
      input: harvestApplication({
        itemCode: INVESTMENT.code,
        applicant: { type: 'ENTERPRISE', name: '蒙自林丰木业有限公司', creditCode: ENTERPRISE_CODE },
        materials: ['M01'],
      }),
    });
    await h.data(ACCEPT, {
      input: { caseNumber: submitApplication.caseNumber, clerk: '王窗口', windowCode: 'CW-INVEST' },
    });
    const pending = (n: string) =>
      h.data(
        `query ($n: String!) { case(caseNumber: $n) { dispatches { department { code } system state attempts } } }`,
        { n },
      );
    expect((await pending(harvest)).case.dispatches).toEqual([
      { department: { code: '532503-LYJ' }, system: 'FORESTRY_HARVEST', state: 'PENDING', attempts: 0 },
    ]);
    expect((await pending(submitApplication.caseNumber)).case.dispatches).toEqual([
      { department: { code: '532503-FGJ' }, system: 'NONE', state: 'PENDING', attempts: 0 },
      { department: { code: '532503-ZJJ' }, system: 'NONE', state: 'PENDING', attempts: 0 },
      { department: { code: '532503-HBJ' }, system: 'NONE', state: 'PENDING', attempts: 0 },
    ]);
  });
});

describe('the dispatcher', () => {
  test('delivers the case to the department subgraph, records its number, and starts the review', async () => {
    const caseNumber = await accepted();
    const round = await dispatcher.runOnce();
    expect(round).toEqual({ delivered: 1, failed: 0, decisions: 0 });
    expect(departments.received).toEqual([
      {
        subgraph: 'forestry',
        payload: {
          caseNumber,
          system: 'FORESTRY_HARVEST',
          itemCode: HARVEST.code,
          itemName: HARVEST.name,
          applicant: { type: 'PERSON', name: '张三', idNumber: '34052419800101001X' },
          acceptedAt: '2025-09-26T02:00:00.000Z',
          dueDate: '2025-10-10',
          materials: ['林木采伐申请书', '林权证', '伐区调查设计'],
        },
      },
    ]);
    expect(await h.data(DISPATCHES, { n: caseNumber })).toEqual({
      case: {
        status: 'IN_REVIEW',
        dispatches: [
          {
            department: { code: '532503-LYJ' },
            system: 'FORESTRY_HARVEST',
            state: 'DELIVERED',
            stuck: false,
            attempts: 0,
            nextAttemptAt: '2025-09-26T02:00:00.000Z',
            lastError: null,
            deliveredAt: '2025-09-26T02:00:00.000Z',
            recordNumber: 'R-1',
          },
        ],
      },
    });
    // delivered entries are done: the next round sends nothing
    expect(await dispatcher.runOnce()).toEqual({ delivered: 0, failed: 0, decisions: 0 });
    expect(departments.received).toHaveLength(1);
  });

  test('backs off while the department is down, flags the entry stuck, keeps trying, and clears it on delivery', async () => {
    const caseNumber = await accepted();
    departments.down = true;
    expect(await dispatcher.runOnce()).toEqual({ delivered: 0, failed: 1, decisions: 0 });
    const afterFirst = (await h.data(DISPATCHES, { n: caseNumber })).case;
    expect(afterFirst).toEqual({
      status: 'ACCEPTED',
      dispatches: [
        expect.objectContaining({
          state: 'PENDING',
          stuck: false,
          attempts: 1,
          nextAttemptAt: '2025-09-26T02:00:00.750Z',
          lastError: 'forestry did not answer: connect ECONNREFUSED',
        }),
      ],
    });
    // not due yet: nothing is sent
    later(700);
    expect(await dispatcher.runOnce()).toEqual({ delivered: 0, failed: 0, decisions: 0 });
    // 750 ms, 1.5 s, 3 s, then 3 s again (the cap): stuck from the third attempt on, still retried
    const schedule: string[] = [];
    for (const wait of [50, 1_500, 3_000, 3_000]) {
      later(wait);
      await dispatcher.runOnce();
      const [entry] = (await h.data(DISPATCHES, { n: caseNumber })).case.dispatches;
      schedule.push(`${entry.attempts} ${entry.stuck} ${entry.nextAttemptAt}`);
    }
    expect(schedule).toEqual([
      '2 false 2025-09-26T02:00:02.250Z',
      '3 true 2025-09-26T02:00:05.250Z',
      '4 true 2025-09-26T02:00:08.250Z',
      '5 true 2025-09-26T02:00:11.250Z',
    ]);
    expect((await h.data('{ stuckDispatches { case { caseNumber } attempts } }')).stuckDispatches).toEqual([
      { case: { caseNumber }, attempts: 5 },
    ]);

    departments.down = false;
    later(3_000);
    expect(await dispatcher.runOnce()).toEqual({ delivered: 1, failed: 0, decisions: 0 });
    expect((await h.data(DISPATCHES, { n: caseNumber })).case).toEqual({
      status: 'IN_REVIEW',
      dispatches: [expect.objectContaining({ state: 'DELIVERED', stuck: false, attempts: 5, lastError: null })],
    });
    expect((await h.data('{ stuckDispatches { id } }')).stuckDispatches).toEqual([]);
  });

  test('a claim held by a dispatcher that died is taken again once its lease lapses, and delivered once', async () => {
    const caseNumber = await accepted();
    // another process claimed it, sent it (the department registered it) and died before recording that
    await claimDueEntries(h.orm.em.fork(), h.now, 10, SETTINGS.leaseMs);
    departments.holds(caseNumber);
    expect(await dispatcher.runOnce()).toEqual({ delivered: 0, failed: 0, decisions: 0 });
    later(SETTINGS.leaseMs + 1);
    expect(await dispatcher.runOnce()).toEqual({ delivered: 1, failed: 0, decisions: 0 });
    // the department answered with the number it gave the first time
    expect((await h.data(DISPATCHES, { n: caseNumber })).case.dispatches[0]).toMatchObject({
      state: 'DELIVERED',
      recordNumber: 'R-1',
    });
    const events = await h.data(`query ($n: String!) { case(caseNumber: $n) { events { to } } }`, { n: caseNumber });
    expect(events.case.events.map(({ to }: { to: string }) => to)).toEqual([
      'SUBMITTED',
      'ACCEPTED',
      'DISPATCHED',
      'IN_REVIEW',
    ]);
  });

  test('polls the decisions of open cases and applies each once', async () => {
    const caseNumber = await accepted();
    await dispatcher.runOnce();
    departments.reports.set(caseNumber, {
      status: 'APPROVED',
      resultNumber: 'CF2025-0100',
      reviewer: '林政科 王林',
      decidedAt: '2025-09-29T03:00:00.000Z',
    });
    later(60_000);
    expect(await dispatcher.runOnce()).toEqual({ delivered: 0, failed: 0, decisions: 1 });
    expect(departments.polls.at(-1)).toEqual({
      subgraph: 'forestry',
      system: 'FORESTRY_HARVEST',
      caseNumbers: [caseNumber],
    });
    const decided = await h.data(
      `query ($n: String!) { case(caseNumber: $n) {
      status decidedAt reviews { decision decidedAt resultNumber reviewer }
    } }`,
      { n: caseNumber },
    );
    expect(decided).toEqual({
      case: {
        status: 'RESULT_READY',
        decidedAt: '2025-09-26T02:01:00.000Z',
        reviews: [
          {
            decision: 'APPROVED',
            decidedAt: '2025-09-29T03:00:00.000Z',
            resultNumber: 'CF2025-0100',
            reviewer: '林政科 王林',
          },
        ],
      },
    });
    // a closed case is no longer polled
    const polls = departments.polls.length;
    await dispatcher.runOnce();
    expect(departments.polls).toHaveLength(polls);
  });
});
