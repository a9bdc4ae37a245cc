import fc from 'fast-check';
import { isPostgresUrl } from '../../../lib/database';
import { createLogger } from '../../../lib/logger';
import { Dispatcher } from '../../../subgraphs/cases/dispatch/dispatcher';
import { DEPARTMENTS, DISABILITY_CARD, ENTERPRISE_CODE, INVESTMENT } from './support/catalogue-fixtures';
import { FakeDepartments } from './support/fake-departments';
import { CasesHarness, GraphQLAnswer } from './support/harness';
import {
  ACCEPT,
  CASE,
  DECIDE,
  harvestApplication,
  REJECT,
  REQUEST_SUPPLEMENT,
  SUBMIT,
  SUPPLY,
} from './support/operations';

/**
 * `departmentStats` reads maintained counters; these tests hold it to what it meant when it counted
 * every row: the straightforward count below, over the cases and their deciding departments.
 */
const REFERENCE_SQL = `
  select d.department_code,
    count(*) as received,
    sum(case when coalesce(d.decided_on, c.decided_on) <= c.due_date then 1 else 0 end) as on_time,
    sum(case when coalesce(d.decided_on, c.decided_on) > c.due_date
              or (coalesce(d.decided_on, c.decided_on) is null and c.status <> 'REJECTED' and c.due_date < ?)
        then 1 else 0 end) as overdue,
    sum(case when c.status = 'REJECTED' then 1 else 0 end) as rejected
  from case_departments d
  join cases c on c.case_number = d.case_number
  group by d.department_code`;

const STATS = `query ($asOf: Date) { departmentStats(asOf: $asOf) { department { code } received onTime overdue inProgress rejected } }`;
const RECORD_DECISION = `mutation ($input: RecordDepartmentDecisionInput!) { recordDepartmentDecision(input: $input) { status } }`;
const MARK_READY = `mutation ($input: MarkResultReadyInput!) { markResultReady(input: $input) { status } }`;
const DELIVER = `mutation ($input: DeliverCaseInput!) { deliverCase(input: $input) { status } }`;

const atInvestWindow = { clerk: '王窗口', windowCode: 'CW-INVEST' };
const atDisabilityWindow = { clerk: '残窗口', windowCode: 'DW-CL' };
const DAY_MS = 24 * 3600 * 1000;

async function referenceStats(h: CasesHarness, asOf: string) {
  const rows: Record<string, string | number>[] = await h.orm.em
    .fork()
    .getConnection()
    .execute(REFERENCE_SQL, [asOf], 'all');
  return DEPARTMENTS.map(({ code }) => {
    const row = rows.find((candidate) => candidate.department_code === code);
    const [received, onTime, overdue, rejected] = ['received', 'on_time', 'overdue', 'rejected'].map((column) =>
      Number(row?.[column] ?? 0),
    );
    return {
      department: { code },
      received,
      onTime,
      overdue,
      inProgress: received - onTime - overdue - rejected,
      rejected,
    };
  });
}

/** Served and reference figures on days before, around and after everything the history holds. */
async function expectStatsAsCounted(h: CasesHarness) {
  const today = h.now.toISOString().slice(0, 10);
  const shifted = (days: number) => new Date(h.now.getTime() + days * DAY_MS).toISOString().slice(0, 10);
  for (const asOf of [
    '2025-01-01',
    shifted(-20),
    shifted(-7),
    shifted(-1),
    today,
    shifted(3),
    shifted(14),
    '2030-01-01',
  ]) {
    const served = (await h.data(STATS, { asOf })).departmentStats;
    expect({ asOf, stats: served }).toEqual({ asOf, stats: await referenceStats(h, asOf) });
  }
}

/** The harness's dispatcher, run by hand (`runOnce`), polling at every round. */
function dispatcherOf(h: CasesHarness, departments: FakeDepartments): Dispatcher {
  return new Dispatcher(h.orm, h.catalogue, departments, () => h.now, createLogger('test'), {
    intervalMs: 1_000,
    batchSize: 50,
    leaseMs: 30_000,
    stuckAfterAttempts: 3,
    backoff: { baseDelayMs: 1_000, maxDelayMs: 4_000 },
    pollIntervalMs: 0,
  });
}

type Kind = 'harvest' | 'investment' | 'disability';
type Action = 'accept' | 'reject' | 'supplement' | 'supply' | 'decide' | 'report' | 'deliver';

/** One step of a walk; `which` picks a case among those submitted, `variant` the details of the act. */
type Step =
  | { do: 'submit'; kind: Kind; complete: boolean }
  | { do: 'act'; which: number; action: Action; variant: number }
  | { do: 'dispatch' }
  | { do: 'nextDays'; days: number };

const stepArbitrary: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 2,
    arbitrary: fc.record({
      do: fc.constant('submit' as const),
      kind: fc.constantFrom<Kind>('harvest', 'investment', 'disability'),
      complete: fc.boolean(),
    }),
  },
  {
    weight: 12,
    arbitrary: fc.record({
      do: fc.constant('act' as const),
      which: fc.nat(),
      // more of what moves a case on than of what ends or holds it, so many reach a decision
      action: fc.constantFrom<Action>(
        'accept',
        'accept',
        'decide',
        'decide',
        'decide',
        'report',
        'report',
        'reject',
        'supplement',
        'supply',
        'deliver',
      ),
      variant: fc.nat(),
    }),
  },
  { weight: 3, arbitrary: fc.record({ do: fc.constant('dispatch' as const) }) },
  { weight: 3, arbitrary: fc.record({ do: fc.constant('nextDays' as const), days: fc.integer({ min: 1, max: 7 }) }) },
);
const walkArbitrary = fc.array(stepArbitrary, { minLength: 100, maxLength: 200 });
const SEED = 20261127;

/**
 * Plays a walk on a harness: every kind of transition, legal or not (a refused move must leave the
 * counters as they were) — submissions with and without every material, acceptance, rejection,
 * supplements asked and supplied before acceptance and in review, decisions on the spot, dispatch,
 * decisions of a department's own system (polled) and of officers in the hub for the three
 * departments of a parallel approval, results made ready and delivered, the days moving on.
 */
class Walk {
  private readonly cases: { caseNumber: string; kind: Kind }[] = [];
  private readonly departments = new FakeDepartments();
  private readonly dispatcher: Dispatcher;

  constructor(private readonly h: CasesHarness) {
    this.dispatcher = dispatcherOf(h, this.departments);
  }

  /** Plays the steps, checking the figures every `checkEvery` steps and at the end. */
  async play(steps: Step[], checkEvery: number) {
    for (const [index, step] of steps.entries()) {
      await this.step(step);
      if ((index + 1) % checkEvery === 0) await expectStatsAsCounted(this.h);
    }
    await this.dispatcher.runOnce({ poll: true });
    await expectStatsAsCounted(this.h);
  }

  private async step(step: Step) {
    switch (step.do) {
      case 'submit':
        return this.submit(step.kind, step.complete);
      case 'dispatch':
        return this.dispatcher.runOnce({ poll: true });
      case 'nextDays':
        this.h.now = new Date(this.h.now.getTime() + step.days * DAY_MS);
        return;
      case 'act':
        if (this.cases.length > 0)
          await this.act(this.cases[step.which % this.cases.length], step.action, step.variant);
    }
  }

  private async submit(kind: Kind, complete: boolean) {
    const input = {
      harvest: harvestApplication({ materials: complete ? ['M01', 'M02', 'M03'] : ['M01', 'M02'] }),
      investment: harvestApplication({
        itemCode: INVESTMENT.code,
        applicant: { type: 'ENTERPRISE', name: '蒙自林丰木业有限公司', creditCode: ENTERPRISE_CODE },
        materials: ['M01'],
      }),
      disability: harvestApplication({ itemCode: DISABILITY_CARD.code, materials: ['M01', 'M02'] }),
    }[kind];
    const { submitApplication } = await this.h.data(SUBMIT, { input });
    this.cases.push({ caseNumber: submitApplication.caseNumber, kind });
  }

  /** One act on a case; refusals are part of the walk. */
  private async act({ caseNumber, kind }: { caseNumber: string; kind: Kind }, action: Action, variant: number) {
    const window = kind === 'disability' ? atDisabilityWindow : atInvestWindow;
    const run = (source: string, input: Record<string, unknown>) =>
      this.h.run(source, { input: { caseNumber, ...input } });
    switch (action) {
      case 'accept':
        return run(ACCEPT, atInvestWindow);
      case 'reject':
        return run(REJECT, { ...window, reason: '不符合受理条件' });
      case 'supplement':
        return run(REQUEST_SUPPLEMENT, { ...window, materials: [{ code: 'M01', reason: '复印件不清晰' }] });
      case 'supply': {
        const { case: current } = await this.h.data(CASE, { caseNumber });
        const open = current.supplementNotices.find((notice: any) => notice.resolvedAt === null);
        return open && run(SUPPLY, { materials: open.missing.map((material: any) => material.code) });
      }
      case 'decide':
        if (kind !== 'disability') return this.decideInHub(caseNumber, variant);
        return run(DECIDE, {
          ...window,
          ...(variant % 3 ? { outcome: 'APPROVED' } : { outcome: 'DENIED', reason: '不符合条件' }),
        });
      case 'report':
        return this.reportFromSystem(caseNumber, variant);
      case 'deliver':
        if (kind === 'disability') await run(MARK_READY, window);
        return run(DELIVER, { ...window, method: 'PICK_UP' });
    }
  }

  /** An officer of one of the investment item's three departments decides in the hub. */
  private decideInHub(caseNumber: string, variant: number) {
    const { code } = INVESTMENT.decidingDepartments[variant % 3];
    const decisions = [
      { decision: 'APPROVED' },
      { decision: 'APPROVED' },
      { decision: 'DENIED', reason: '不符合规划' },
      { decision: 'MATERIALS_REQUESTED', missingMaterials: [{ code: 'M01', reason: '缺少章节' }] },
    ];
    const input = { caseNumber, departmentCode: code, officer: '科员 陈', ...decisions[Math.floor(variant / 3) % 4] };
    return this.h.run(RECORD_DECISION, { input });
  }

  /** The forestry system reports a decision dated up to three days back; the next poll applies it. */
  private reportFromSystem(caseNumber: string, variant: number) {
    const status = (['APPROVED', 'APPROVED', 'DENIED', 'MATERIALS_REQUESTED'] as const)[variant % 4];
    const decidedAt = new Date(this.h.now.getTime() - (Math.floor(variant / 4) % 4) * DAY_MS + (variant % 1000));
    this.departments.reports.set(caseNumber, {
      status,
      decidedAt: decidedAt.toISOString(),
      resultNumber: status === 'APPROVED' ? `CF-${variant}` : null,
      reason: status === 'APPROVED' ? null : '不符合采伐限额',
      missingMaterials: status === 'MATERIALS_REQUESTED' ? [{ code: 'M03', reason: '设计不完整' }] : [],
    });
  }
}

/** What the history holds, so the walk is known to have reached every kind of standing. */
async function standingsReached(h: CasesHarness) {
  const [row] = await h.orm.em
    .fork()
    .getConnection()
    .execute(
      `select
       sum(case when c.status = 'REJECTED' then 1 else 0 end) as rejected,
       sum(case when c.status = 'DELIVERED' then 1 else 0 end) as delivered,
       sum(case when c.status = 'NEEDS_SUPPLEMENT' then 1 else 0 end) as waiting_for_materials,
       sum(case when coalesce(d.decided_on, c.decided_on) <= c.due_date then 1 else 0 end) as on_time,
       sum(case when coalesce(d.decided_on, c.decided_on) > c.due_date then 1 else 0 end) as late,
       sum(case when d.decided_on is not null and c.decided_on is null then 1 else 0 end) as decided_while_others_review,
       sum(case when d.decided_on is null and c.decided_on is not null then 1 else 0 end) as closed_by_another,
       sum(case when c.decided_on is null and c.status <> 'REJECTED' and c.due_date is not null then 1 else 0 end) as open_with_due_date
     from case_departments d join cases c on c.case_number = d.case_number`,
      [],
      'all',
    );
  return Object.fromEntries(Object.entries(row).map(([key, value]) => [key, Number(value) > 0]));
}

/** The counter tables' rows, in one order. */
async function counterRows(h: CasesHarness) {
  const connection = h.orm.em.fork().getConnection();
  const counts = await connection.execute(
    'select department_code, received, on_time, late, rejected from department_case_counts order by department_code',
    [],
    'all',
  );
  const open = await connection.execute(
    'select department_code, due_date, open_cases from department_open_due_counts order by department_code, due_date',
    [],
    'all',
  );
  const numeric = (rows: Record<string, unknown>[]) =>
    rows.map((row) =>
      Object.fromEntries(
        Object.entries(row).map(([key, value]) => [
          key,
          key.endsWith('code') || key === 'due_date' ? value : Number(value),
        ]),
      ),
    );
  return { counts: numeric(counts), open: numeric(open) };
}

describe('departmentStats from maintained counters', () => {
  test('equals the count over every row, throughout random walks through every kind of transition', async () => {
    const reached = new Set<string>();
    await fc.assert(
      fc.asyncProperty(walkArbitrary, async (steps) => {
        const h = await CasesHarness.start('cases_counters_walk');
        try {
          await new Walk(h).play(steps, 25);
          for (const [standing, seen] of Object.entries(await standingsReached(h))) if (seen) reached.add(standing);
        } finally {
          await h.stop();
        }
      }),
      { seed: SEED, numRuns: 5 },
    );
    // the walks between them went everywhere the figures distinguish
    expect([...reached].sort()).toEqual([
      'closed_by_another',
      'decided_while_others_review',
      'delivered',
      'late',
      'on_time',
      'open_with_due_date',
      'rejected',
      'waiting_for_materials',
    ]);
  });

  test('the migration back-fills the counters from the cases already held, as the transitions kept them', async () => {
    const h = await CasesHarness.start('cases_counters_backfill');
    try {
      const [steps] = fc.sample(walkArbitrary, { seed: SEED, numRuns: 1 });
      await new Walk(h).play(steps, steps.length);
      const kept = await counterRows(h);
      const asOf = h.now.toISOString().slice(0, 10);
      const keptStats = (await h.data(STATS, { asOf })).departmentStats;
      const migrator = h.orm.getMigrator();
      // the counters' migration is the last: down drops its tables, up creates and back-fills them
      const names = (migrations: { name: string }[]) => migrations.map((migration) => migration.name);
      expect(names(await migrator.down())).toEqual(['Migration20261127000001DepartmentCounters']);
      expect(names(await migrator.up())).toEqual(['Migration20261127000001DepartmentCounters']);
      expect(await counterRows(h)).toEqual(kept);
      expect((await h.data(STATS, { asOf })).departmentStats).toEqual(keptStats);
      await expectStatsAsCounted(h);
    } finally {
      await h.stop();
    }
  });
});

const onPostgres = isPostgresUrl(process.env.DATABASE_URL ?? '');

(onPostgres ? describe : describe.skip)('two replicas on one PostgreSQL', () => {
  let h: CasesHarness;
  let other: CasesHarness;
  beforeAll(async () => {
    h = await CasesHarness.start('cases_counters_replicas');
    other = await h.replica();
  });
  afterAll(async () => {
    await other.stop();
    await h.stop();
  });

  test('concurrent submissions and decisions of the same departments through both add up exactly', async () => {
    const replicas = [h, other];
    const investment = () =>
      harvestApplication({
        itemCode: INVESTMENT.code,
        applicant: { type: 'ENTERPRISE', name: '蒙自林丰木业有限公司', creditCode: ENTERPRISE_CODE },
        materials: ['M01'],
      });
    const submitted = await Promise.all(
      Array.from({ length: 24 }, (_, index) =>
        replicas[index % 2].data(SUBMIT, { input: index % 3 ? investment() : harvestApplication() }),
      ),
    );
    const numbers: string[] = submitted.map((answer) => answer.submitApplication.caseNumber);
    await Promise.all(
      numbers.map((caseNumber, index) =>
        replicas[index % 2].data(ACCEPT, { input: { caseNumber, ...atInvestWindow } }),
      ),
    );
    const dispatchers = replicas.map((replica) => dispatcherOf(replica, new FakeDepartments()));
    await Promise.all(dispatchers.map((dispatcher) => dispatcher.runOnce()));
    // the three departments of each investment case decide at once, through either replica: one
    // replica's clock within the due date, the other's past it
    h.now = new Date(h.now.getTime() + 5 * DAY_MS);
    other.now = new Date(h.now.getTime() + 30 * DAY_MS);
    const decisions = numbers.flatMap((caseNumber, index) =>
      INVESTMENT.decidingDepartments.map(({ code }, department) => {
        const denied = index % 4 === 1 && department === 2;
        const input = {
          caseNumber,
          departmentCode: code,
          officer: '科员 陈',
          decision: denied ? 'DENIED' : 'APPROVED',
          reason: denied ? '不符合规划' : null,
        };
        return replicas[(index + department) % 2].run(RECORD_DECISION, { input });
      }),
    );
    const refusals = (await Promise.all(decisions)).flatMap((answer) => answer.errors ?? []);
    // only what the workflow refuses: a harvest case has no officer decisions, a denied case takes no more
    expect([...new Set(refusals.map((error) => error.extensions?.code))]).toEqual(['ILLEGAL_TRANSITION']);
    await expectStatsAsCounted(h);
    // 发改 decides every investment case through replica index % 2: even on time, odd late
    const { departmentStats } = await h.data(STATS, {});
    expect(departmentStats.find((row: any) => row.department.code === '532503-FGJ')).toEqual({
      department: { code: '532503-FGJ' },
      received: 16,
      onTime: 8,
      overdue: 8,
      inProgress: 0,
      rejected: 0,
    });
  });
});
