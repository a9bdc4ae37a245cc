import { EvaluationLevel } from '../../../subgraphs/cases/enums';
import { ProvincialReport } from '../../../subgraphs/cases/entities';
import { ProvinceHarness } from './support/province-harness';

/**
 * The hub reports every case's events and evaluation to the provincial double over HTTP: exactly
 * once, in order per case, through outages, repeats, a platform that lost records, and a refused
 * signature. Counts come from the double's own records.
 */
let h: ProvinceHarness;
beforeEach(async () => {
  h = await ProvinceHarness.start('province_reporting');
  // the jitter is half the delay, fixed here so the schedule is exact
  jest.spyOn(Math, 'random').mockReturnValue(0.5);
});
afterEach(async () => {
  jest.restoreAllMocks();
  await h.stop();
});

const reportRequests = async () => (await h.admin().requests('reportCaseEvents')).length;

test('each case’s events arrive once, in order, numbered per case; a round with nothing new sends nothing', async () => {
  const first = await h.caseWith(2);
  const second = await h.caseWith(1);
  const reporter = h.reporter();

  expect(await reporter.runOnce()).toEqual({ events: 5, evaluations: 0, failed: 0, held: 0 });
  expect(await h.recordedEvents()).toEqual({
    count: 5,
    events: [
      {
        SBLSH: first,
        EVENT_NO: 1,
        BJZT: '01',
        EVENT_TIME: '20251103090000',
        ACTOR: 'applicant',
        NOTE: 'application received',
      },
      {
        SBLSH: first,
        EVENT_NO: 2,
        BJZT: '02',
        EVENT_TIME: '20251103090100',
        ACTOR: 'CW-INVEST 王窗口',
        NOTE: 'to accepted',
      },
      { SBLSH: first, EVENT_NO: 3, BJZT: '05', EVENT_TIME: '20251103090200', ACTOR: 'system', NOTE: 'to dispatched' },
      {
        SBLSH: second,
        EVENT_NO: 1,
        BJZT: '01',
        EVENT_TIME: '20251103090200',
        ACTOR: 'applicant',
        NOTE: 'application received',
      },
      {
        SBLSH: second,
        EVENT_NO: 2,
        BJZT: '02',
        EVENT_TIME: '20251103090300',
        ACTOR: 'CW-INVEST 王窗口',
        NOTE: 'to accepted',
      },
    ],
  });
  // one request per case
  expect(await reportRequests()).toBe(2);

  expect(await reporter.runOnce()).toEqual({ events: 0, evaluations: 0, failed: 0, held: 0 });
  expect(await reportRequests()).toBe(2);

  // the case moves on: only its new events go, numbered after the ones the platform has
  await h.advance(first, 2);
  expect(await reporter.runOnce()).toEqual({ events: 2, evaluations: 0, failed: 0, held: 0 });
  expect(await h.sequencesByCase()).toEqual({ [first]: [1, 2, 3, 4, 5], [second]: [1, 2] });
  expect(
    (await h.recordedEvents()).events.slice(3, 5).map(({ EVENT_NO, BJZT, ACTOR }) => ({ EVENT_NO, BJZT, ACTOR })),
  ).toEqual([
    { EVENT_NO: 4, BJZT: '05', ACTOR: '532503-LYJ' },
    { EVENT_NO: 5, BJZT: '06', ACTOR: '532503-LYJ' },
  ]);
  expect(await reportRequests()).toBe(3);
});

test('50 events queued while the platform is down arrive once each, in order, when it returns', async () => {
  const cases: string[] = [];
  for (let i = 0; i < 10; i++) cases.push(await h.caseWith(4)); // 5 events each
  const reporter = h.reporter();
  await h.admin().setFaults({ drop: true });

  expect(await reporter.runOnce()).toEqual({ events: 0, evaluations: 0, failed: 10, held: 0 });
  const waiting = await h.report(cases[0]);
  expect({ ...waiting, lastError: waiting.lastError?.replace(/: .*/, ': …') }).toEqual({
    caseNumber: cases[0],
    reportedEvents: 0,
    evaluationReported: false,
    caseVersion: 0,
    pending: true,
    refusalCode: null,
    stuck: false,
    attempts: 1,
    // 1 s base, half of it fixed, the other half at random 0.5
    nextAttemptAt: new Date(h.now.getTime() + 750),
    leaseUntil: null,
    lastError: 'provincial-platform is unavailable (reportCaseEvents): …',
    createdAt: h.now,
    lastReportedAt: null,
  });
  // not due yet: nothing is tried
  expect(await reporter.runOnce()).toEqual({ events: 0, evaluations: 0, failed: 0, held: 0 });
  h.later(750);
  expect(await reporter.runOnce()).toEqual({ events: 0, evaluations: 0, failed: 10, held: 0 });
  h.later(1_500);
  expect(await reporter.runOnce()).toEqual({ events: 0, evaluations: 0, failed: 10, held: 0 });
  // three failures: flagged stuck for supervisors, still retried
  const stuck = await h.orm.em.fork().find(ProvincialReport, { stuck: true }, { orderBy: { caseNumber: 'asc' } });
  expect(stuck.map((report) => [report.caseNumber, report.attempts])).toEqual(cases.map((n) => [n, 3]));
  expect(await h.recordedEvents()).toEqual({ count: 0, events: [] });

  await h.admin().clearFaults();
  h.later(3_000);
  expect(await reporter.runOnce()).toEqual({ events: 50, evaluations: 0, failed: 0, held: 0 });
  expect((await h.recordedEvents()).count).toBe(50);
  expect(await h.sequencesByCase()).toEqual(Object.fromEntries(cases.map((n) => [n, [1, 2, 3, 4, 5]])));
  expect(await h.orm.em.fork().count(ProvincialReport, { $or: [{ stuck: true }, { pending: true }] })).toBe(0);

  // delivered once: later rounds send nothing more
  h.later(10_000);
  expect(await reporter.runOnce()).toEqual({ events: 0, evaluations: 0, failed: 0, held: 0 });
  expect((await h.recordedEvents()).count).toBe(50);
});

test('an evaluation goes after the delivery, once; one given later goes on its own', async () => {
  const delivered = await h.caseWith(6);
  await h.evaluate(delivered, EvaluationLevel.DISSATISFIED, '等候时间太长');
  const later = await h.caseWith(6);
  const reporter = h.reporter();

  expect(await reporter.runOnce()).toEqual({ events: 14, evaluations: 1, failed: 0, held: 0 });
  expect(await h.sequencesByCase()).toEqual({ [delivered]: [1, 2, 3, 4, 5, 6, 7], [later]: [1, 2, 3, 4, 5, 6, 7] });
  expect((await h.recordedEvents()).events.map((event) => event.BJZT).slice(0, 7)).toEqual([
    '01',
    '02',
    '05',
    '05',
    '06',
    '08',
    '09',
  ]);
  expect(await h.recordedEvaluations()).toEqual({
    count: 1,
    evaluations: [{ SBLSH: delivered, PJDJ: '2', PJNR: '等候时间太长', PJSJ: '20251103090600' }],
  });

  await h.evaluate(later, EvaluationLevel.VERY_SATISFIED, null);
  expect(await reporter.runOnce()).toEqual({ events: 0, evaluations: 1, failed: 0, held: 0 });
  expect((await h.recordedEvaluations()).evaluations).toEqual([
    { SBLSH: delivered, PJDJ: '2', PJNR: '等候时间太长', PJSJ: '20251103090600' },
    { SBLSH: later, PJDJ: '5', PJNR: '', PJSJ: '20251103091200' },
  ]);
  expect(await reporter.runOnce()).toEqual({ events: 0, evaluations: 0, failed: 0, held: 0 });
  expect((await h.recordedEvaluations()).count).toBe(2);
});

test('a repeated report (the cursor lost after the platform recorded) is answered DUPLICATE and changes nothing', async () => {
  const caseNumber = await h.caseWith(2);
  const reporter = h.reporter();
  await reporter.runOnce();
  const before = await h.recordedEvents();

  // as if the process died after the platform recorded the events, before the cursor was written
  await h.orm.em.fork().nativeUpdate(ProvincialReport, { caseNumber }, { reportedEvents: 0, pending: true });
  expect(await reporter.runOnce()).toEqual({ events: 3, evaluations: 0, failed: 0, held: 0 });
  expect(await h.recordedEvents()).toEqual(before);
  expect(await reportRequests()).toBe(2);
  expect((await h.report(caseNumber)).reportedEvents).toBe(3);
});

test('a gap (the platform lost its records) sends the case again from its first event, in order', async () => {
  const caseNumber = await h.caseWith(2);
  const reporter = h.reporter();
  await reporter.runOnce();
  await fetch(`${h.double.url}/__admin/case-events`, { method: 'DELETE' });
  await h.advance(caseNumber, 1);

  // event 4 alone is out of order for a platform that has none: 3001, and the cursor goes back to the start
  expect(await reporter.runOnce()).toEqual({ events: 0, evaluations: 0, failed: 1, held: 0 });
  expect(await h.report(caseNumber)).toMatchObject({
    reportedEvents: 0,
    pending: true,
    attempts: 1,
    lastError: `provincial-platform refused reportCaseEvents (3001): 办件过程顺序错误：${caseNumber}应先上报第1条`,
  });
  h.later(750);
  expect(await reporter.runOnce()).toEqual({ events: 4, evaluations: 0, failed: 0, held: 0 });
  expect(await h.sequencesByCase()).toEqual({ [caseNumber]: [1, 2, 3, 4] });
});

describe('the platform refuses the hub’s request itself', () => {
  test('a refused signature holds the case, visibly, and nothing is sent until the secret is fixed', async () => {
    const caseNumber = await h.caseWith(1);
    const misconfigured = h.reporter(h.client('not-the-secret'));

    expect(await misconfigured.runOnce()).toEqual({ events: 0, evaluations: 0, failed: 1, held: 1 });
    expect(await h.report(caseNumber)).toMatchObject({
      reportedEvents: 0,
      pending: true,
      refusalCode: '2002',
      stuck: true,
      attempts: 1,
      lastError: 'provincial-platform refused reportCaseEvents (2002): 签名验证失败',
    });
    // later rounds only probe (a signed read), at most once per backoff interval; no event is sent again
    for (const ms of [0, 750, 1_000, 2_000]) {
      h.later(ms);
      expect(await misconfigured.runOnce()).toEqual({ events: 0, evaluations: 0, failed: 0, held: 1 });
    }
    expect(await reportRequests()).toBe(1);
    expect((await h.admin().requests('listTasks')).length).toBe(3);
    await misconfigured.stop();

    // the secret fixed (a restart with the new configuration): the probe passes, the case goes, in order
    const fixed = h.reporter(h.client());
    expect(await fixed.runOnce()).toEqual({ events: 2, evaluations: 0, failed: 0, held: 0 });
    expect(await h.sequencesByCase()).toEqual({ [caseNumber]: [1, 2] });
    expect(await h.report(caseNumber)).toMatchObject({
      reportedEvents: 2,
      pending: false,
      refusalCode: null,
      stuck: false,
      attempts: 0,
      lastError: null,
    });
  });

  test('a clock the platform refuses (2003) holds the case until the clock is right again', async () => {
    const caseNumber = await h.caseWith(1);
    const reporter = h.reporter();
    h.clockSkewMs = 10 * 60_000;

    expect(await reporter.runOnce()).toEqual({ events: 0, evaluations: 0, failed: 1, held: 1 });
    expect((await h.report(caseNumber)).refusalCode).toBe('2003');
    h.later(1_000);
    expect(await reporter.runOnce()).toEqual({ events: 0, evaluations: 0, failed: 0, held: 1 });

    h.clockSkewMs = 0;
    h.later(1_000);
    expect(await reporter.runOnce()).toEqual({ events: 2, evaluations: 0, failed: 0, held: 0 });
    expect(await h.sequencesByCase()).toEqual({ [caseNumber]: [1, 2] });
  });
});
