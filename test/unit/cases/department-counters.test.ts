import fc from 'fast-check';
import { isPostgresUrl } from '../../../lib/database';
import { DEPARTMENTS, ENTERPRISE_CODE, INVESTMENT } from './support/catalogue-fixtures';
import { FakeDepartments } from './support/fake-departments';
import { CasesHarness } from './support/harness';
import { ACCEPT, harvestApplication, SUBMIT } from './support/operations';
import {
  atInvestWindow,
  DAY_MS,
  dispatcherOf,
  RECORD_DECISION,
  Walk,
  WALK_SEED,
  walkArbitrary,
} from './support/random-walk';

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
          await new Walk(h).play(steps, 25, expectStatsAsCounted);
          for (const [standing, seen] of Object.entries(await standingsReached(h))) if (seen) reached.add(standing);
        } finally {
          await h.stop();
        }
      }),
      { seed: WALK_SEED, numRuns: 5 },
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
      const [steps] = fc.sample(walkArbitrary, { seed: WALK_SEED, numRuns: 1 });
      await new Walk(h).play(steps, steps.length, expectStatsAsCounted);
      const kept = await counterRows(h);
      const asOf = h.now.toISOString().slice(0, 10);
      const keptStats = (await h.data(STATS, { asOf })).departmentStats;
      // down drops the counters' tables, up creates them and back-fills them from the cases
      await h.redoMigration('Migration20261127000001DepartmentCounters');
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
