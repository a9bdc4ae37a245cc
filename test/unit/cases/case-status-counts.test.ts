import fc from 'fast-check';
import { isPostgresUrl } from '../../../lib/database';
import { Case } from '../../../subgraphs/cases/entities';
import { CaseFilter } from '../../../subgraphs/cases/inputs/case-filter.input';
import { caseWhere, validFilter } from '../../../subgraphs/cases/services/case-queries';
import { CaseStatus } from '../../../subgraphs/cases/workflow';
import {
  DEPARTMENTS,
  DISABILITY_CARD,
  ENTERPRISE_CODE,
  HARVEST,
  INVESTMENT,
  ITEMS,
  OTHER_PERSON_ID,
  PERSON_ID,
  WINDOWS,
} from './support/catalogue-fixtures';
import { FakeDepartments } from './support/fake-departments';
import { asClerk, CasesHarness } from './support/harness';
import { ACCEPT, DECIDE, harvestApplication, REJECT, SUBMIT } from './support/operations';
import { atInvestWindow, dispatcherOf, Walk, WALK_SEED, walkArbitrary } from './support/random-walk';

/**
 * `cases { totalCount }` answers the filters a list screen pages through from maintained counts;
 * these tests hold it to an exact count of the matching cases (what it did before).
 */

/** Every filter the counts cover, for every code the fixtures know: a scope, with a status or without. */
const COVERED_FILTERS: CaseFilter[] = [
  {},
  ...DEPARTMENTS.map(({ code }) => ({ departmentCode: code })),
  ...[...new Set(ITEMS.map(({ code }) => code))].map((itemCode) => ({ itemCode })),
  ...WINDOWS.map(({ code }) => ({ windowCode: code })),
].flatMap((scope) => [scope, ...Object.values(CaseStatus).map((status) => ({ ...scope, status }))]);

/** `totalCount` of each filter, asked in one request (one aliased `cases` field per filter). */
async function servedTotals(h: CasesHarness, filters: CaseFilter[]): Promise<number[]> {
  const parameters = filters.map((_, index) => `$f${index}: CaseFilter`).join(', ');
  const fields = filters.map((_, index) => `t${index}: cases(first: 1, filter: $f${index}) { totalCount }`);
  const variables = Object.fromEntries(filters.map((filter, index) => [`f${index}`, filter]));
  const data = await h.data(`query (${parameters}) { ${fields.join(' ')} }`, variables);
  return filters.map((_, index) => data[`t${index}`].totalCount);
}

/** The same filters counted case by case. */
async function exactTotals(h: CasesHarness, filters: CaseFilter[]): Promise<number[]> {
  const em = h.orm.em.fork();
  const totals: number[] = [];
  for (const filter of filters) totals.push(await em.count(Case, caseWhere(em, validFilter(filter))));
  return totals;
}

async function expectTotalsAsCounted(h: CasesHarness, filters: CaseFilter[] = COVERED_FILTERS) {
  const [served, exact] = [await servedTotals(h, filters), await exactTotals(h, filters)];
  expect(filters.map((filter, index) => ({ filter, totalCount: served[index] }))).toEqual(
    filters.map((filter, index) => ({ filter, totalCount: exact[index] })),
  );
}

/** What the history holds, so a walk is known to have moved cases between every kind of row. */
async function historyReached(h: CasesHarness): Promise<string[]> {
  const rows: Record<string, unknown>[] = await h.orm.em
    .fork()
    .getConnection()
    .execute(
      `select distinct status,
         case when window_code is null then 'no window'
              when channel = 'WINDOW' and window_code <> 'CW-INVEST' then 'moved to another window'
              when channel <> 'WINDOW' then 'given a window'
              else 'kept its window' end as window
       from cases`,
      [],
      'all',
    );
  return rows.flatMap((row) => [`status ${row.status}`, `window: ${row.window}`]);
}

/** The count rows holding cases, in one order (a row a transition emptied stays at zero). */
async function countRows(h: CasesHarness) {
  const rows: Record<string, unknown>[] = await h.orm.em
    .fork()
    .getConnection()
    .execute(
      `select scope, scope_code, status, shard, cases from case_status_counts where cases <> 0
       order by scope, scope_code, status, shard`,
      [],
      'all',
    );
  return rows.map((row) => ({ ...row, shard: Number(row.shard), cases: Number(row.cases) }));
}

describe('totalCount from maintained counts', () => {
  // a count of every covered filter every 25 steps: longer than jest's default on PostgreSQL
  test('equals the exact count for every covered filter, throughout random walks through every kind of transition', async () => {
    const reached = new Set<string>();
    await fc.assert(
      fc.asyncProperty(walkArbitrary, async (steps) => {
        const h = await CasesHarness.start('cases_status_counts_walk');
        try {
          await new Walk(h).play(steps, 25, async (walked) => {
            await expectTotalsAsCounted(walked);
            for (const what of await historyReached(walked)) reached.add(what);
          });
        } finally {
          await h.stop();
        }
      }),
      { seed: WALK_SEED, numRuns: 5 },
    );
    // at the checks the walks between them had cases in every status that lasts past a transaction
    // (DISPATCHED does not: delivery moves the case on to IN_REVIEW in the same one), with windows
    // set and moved
    expect([...reached].sort()).toEqual([
      'status ACCEPTED',
      'status APPROVED',
      'status DELIVERED',
      'status DENIED',
      'status IN_REVIEW',
      'status NEEDS_SUPPLEMENT',
      'status REJECTED',
      'status RESULT_READY',
      'status SUBMITTED',
      'window: given a window',
      'window: kept its window',
      'window: moved to another window',
      'window: no window',
    ]);
  }, 180_000);

  test('the migration back-fills the counts from the cases already held, as the transitions kept them', async () => {
    const h = await CasesHarness.start('cases_status_counts_backfill');
    try {
      const [steps] = fc.sample(walkArbitrary, { seed: WALK_SEED, numRuns: 1 });
      await new Walk(h).play(steps, steps.length, expectTotalsAsCounted);
      const kept = await countRows(h);
      expect(kept.length).toBeGreaterThan(0);
      // down drops the table, up creates it and back-fills it from the cases
      await h.redoMigration('Migration20261127000002CaseStatusCounts');
      expect(await countRows(h)).toEqual(kept);
      await expectTotalsAsCounted(h);
    } finally {
      await h.stop();
    }
  });
});

describe('totalCount of a fixed history', () => {
  let h: CasesHarness;
  const uncovered: Record<string, CaseFilter> = {
    person: { applicantIdNumber: PERSON_ID },
    enterprise: { applicantCreditCode: ENTERPRISE_CODE },
    itemAtWindow: { itemCode: HARVEST.code, windowCode: 'CW-INVEST' },
    departmentItemStatus: { departmentCode: '532503-LYJ', itemCode: HARVEST.code, status: CaseStatus.ACCEPTED },
  };
  const covered: Record<string, CaseFilter> = {
    all: {},
    accepted: { status: CaseStatus.ACCEPTED },
    delivered: { status: CaseStatus.DELIVERED },
    forestry: { departmentCode: '532503-LYJ' },
    forestryRejected: { departmentCode: '532503-LYJ', status: CaseStatus.REJECTED },
    development: { departmentCode: '532503-FGJ' },
    harvest: { itemCode: HARVEST.code },
    investWindow: { windowCode: 'CW-INVEST' },
    investWindowSubmitted: { windowCode: 'CW-INVEST', status: CaseStatus.SUBMITTED },
    disabilityWindow: { windowCode: 'DW-CL' },
  };
  const totals = async (filters: Record<string, CaseFilter>) => {
    const served = await servedTotals(h, Object.values(filters));
    return Object.fromEntries(Object.keys(filters).map((name, index) => [name, served[index]]));
  };

  /**
   * harvest, the person, online, accepted at CW-INVEST       ACCEPTED          LYJ   CW-INVEST
   * harvest, the person, online, a material missing          NEEDS_SUPPLEMENT  LYJ   no window
   * harvest, the person, at CW-INVEST, rejected              REJECTED          LYJ   CW-INVEST
   * investment, the enterprise, at CW-INVEST                 SUBMITTED         FGJ, ZJJ, HBJ  CW-INVEST
   * disability card, another person, approved at DW-CL       APPROVED          CL    DW-CL
   */
  beforeAll(async () => {
    h = await CasesHarness.start('cases_status_counts_fixed');
    const submit = async (overrides: Record<string, unknown>) =>
      (await h.data(SUBMIT, { input: harvestApplication(overrides) })).submitApplication.caseNumber as string;
    const accepted = await submit({});
    await h.data(ACCEPT, { input: { caseNumber: accepted, ...atInvestWindow } });
    await submit({ materials: ['M01', 'M02'] });
    const rejected = await submit({ channel: 'WINDOW', ...atInvestWindow });
    await h.data(REJECT, { input: { caseNumber: rejected, ...atInvestWindow, reason: '重复申请' } });
    await submit({
      itemCode: INVESTMENT.code,
      applicant: { type: 'ENTERPRISE', name: '蒙自某某实业有限公司', creditCode: ENTERPRISE_CODE },
      materials: ['M01'],
      channel: 'WINDOW',
      ...atInvestWindow,
    });
    const decided = await submit({
      itemCode: DISABILITY_CARD.code,
      applicant: { type: 'PERSON', name: '李四', idNumber: OTHER_PERSON_ID },
      materials: ['M01', 'M02'],
    });
    await h.data(DECIDE, { input: { caseNumber: decided, clerk: '残窗口', windowCode: 'DW-CL', outcome: 'APPROVED' } });
  });
  afterAll(() => h.stop());

  test('the covered filters: the counts', async () => {
    expect(await totals(covered)).toEqual({
      all: 5,
      accepted: 1,
      delivered: 0,
      forestry: 3,
      forestryRejected: 1,
      development: 1,
      harvest: 3,
      investWindow: 3,
      investWindowSubmitted: 1,
      disabilityWindow: 1,
    });
    await expectTotalsAsCounted(h, Object.values(covered));
  });

  test('a clerk’s list, narrowed to their window, is covered too', async () => {
    const { cases } = await h.data('{ cases(first: 1) { totalCount } }', {}, asClerk('CW-INVEST'));
    expect(cases.totalCount).toBe(3);
  });

  test('the filters the counts do not cover are counted exactly', async () => {
    expect(await totals(uncovered)).toEqual({ person: 3, enterprise: 1, itemAtWindow: 2, departmentItemStatus: 1 });
    await expectTotalsAsCounted(h, Object.values(uncovered));
  });

  test('covered filters read the counts, the others the cases (rows added behind the workflow’s back)', async () => {
    const connection = h.orm.em.fork().getConnection();
    const planted = `insert into case_status_counts (scope, scope_code, status, shard, cases) values
      ('ALL', '', 'DELIVERED', 0, 100), ('ITEM', '${HARVEST.code}', 'DELIVERED', 3, 100),
      ('WINDOW', 'CW-INVEST', 'DELIVERED', 5, 100)`;
    await connection.execute(planted, [], 'run');
    try {
      expect(await totals(covered)).toMatchObject({ all: 105, delivered: 100, harvest: 103, investWindow: 103 });
      expect(await totals(uncovered)).toEqual({ person: 3, enterprise: 1, itemAtWindow: 2, departmentItemStatus: 1 });
    } finally {
      await connection.execute(`delete from case_status_counts where status = 'DELIVERED'`, [], 'run');
    }
  });
});

const onPostgres = isPostgresUrl(process.env.DATABASE_URL ?? '');

(onPostgres ? describe : describe.skip)('two replicas on one PostgreSQL', () => {
  let h: CasesHarness;
  let other: CasesHarness;
  beforeAll(async () => {
    h = await CasesHarness.start('cases_status_counts_replicas');
    other = await h.replica();
  });
  afterAll(async () => {
    await other.stop();
    await h.stop();
  });

  test('concurrent submissions and transitions through both add up exactly, without a deadlock', async () => {
    const replicas = [h, other];
    const submitted = await Promise.all(
      Array.from({ length: 32 }, (_, index) =>
        replicas[index % 2].data(SUBMIT, {
          input: harvestApplication(index % 4 === 3 ? { channel: 'WINDOW', ...atInvestWindow } : {}),
        }),
      ),
    );
    const numbers: string[] = submitted.map((answer) => answer.submitApplication.caseNumber);
    // every case at once: three quarters accepted, the rest rejected, through either replica
    await Promise.all(
      numbers.map((caseNumber, index) =>
        index % 4 === 1
          ? replicas[index % 2].data(REJECT, { input: { caseNumber, ...atInvestWindow, reason: '重复申请' } })
          : replicas[index % 2].data(ACCEPT, { input: { caseNumber, ...atInvestWindow } }),
      ),
    );
    const dispatchers = replicas.map((replica) => dispatcherOf(replica, new FakeDepartments()));
    await Promise.all(dispatchers.map((dispatcher) => dispatcher.runOnce()));
    // acceptance gives an online case its window, a rejection leaves it without one
    expect(await totals(h)).toEqual({ all: 32, inReview: 24, rejected: 8, investWindow: 24 });
    await expectTotalsAsCounted(h);
  });

  async function totals(harness: CasesHarness) {
    const [all, inReview, rejected, investWindow] = await servedTotals(harness, [
      {},
      { status: CaseStatus.IN_REVIEW },
      { status: CaseStatus.REJECTED },
      { windowCode: 'CW-INVEST' },
    ]);
    return { all, inReview, rejected, investWindow };
  }
});
