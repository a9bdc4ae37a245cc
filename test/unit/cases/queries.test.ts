import {
  DISABILITY_CARD,
  ENTERPRISE_CODE,
  HARVEST,
  INVESTMENT,
  OTHER_PERSON_ID,
  PERSON_ID,
} from './support/catalogue-fixtures';
import { CasesHarness, errorsOf } from './support/harness';
import { ACCEPT, DECIDE, harvestApplication, REJECT, SUBMIT } from './support/operations';

let h: CasesHarness;
const numbers: Record<string, string> = {};
const atInvestWindow = { clerk: '王窗口', windowCode: 'CW-INVEST' };

const submit = async (name: string, overrides: Record<string, unknown> = {}) => {
  const { submitApplication } = await h.data(SUBMIT, { input: harvestApplication(overrides) });
  numbers[name] = submitApplication.caseNumber;
  return submitApplication.caseNumber as string;
};
const at = (iso: string) => {
  h.now = new Date(iso);
};

/**
 * One fixed history, judged on 2025-10-20:
 *  harvestLate     accepted 09-26 (due 10-10), still open        → LYJ overdue
 *  harvestOpen     accepted 10-17 (due 10-24), still open        → LYJ in progress
 *  harvestWaiting  submitted 10-17, waiting for materials        → LYJ in progress
 *  harvestRejected rejected 10-17                                → LYJ rejected
 *  investment      enterprise, accepted 09-26 (due 10-16), open  → FGJ, ZJJ, HBJ overdue
 *  disability      approved on the spot 09-26                    → CL on time
 */
beforeAll(async () => {
  h = await CasesHarness.start('cases_queries');
  at('2025-09-26T02:00:00Z');
  await submit('harvestLate');
  await h.data(ACCEPT, { input: { caseNumber: numbers.harvestLate, ...atInvestWindow } });
  await submit('investment', {
    itemCode: INVESTMENT.code,
    applicant: { type: 'ENTERPRISE', name: '蒙自某某实业有限公司', creditCode: ENTERPRISE_CODE },
    materials: ['M01'],
  });
  await h.data(ACCEPT, { input: { caseNumber: numbers.investment, ...atInvestWindow } });
  await submit('disability', {
    itemCode: DISABILITY_CARD.code,
    materials: ['M01', 'M02'],
    applicant: { type: 'PERSON', name: '李四', idNumber: OTHER_PERSON_ID },
  });
  await h.data(DECIDE, {
    input: { caseNumber: numbers.disability, clerk: '残窗口', windowCode: 'DW-CL', outcome: 'APPROVED' },
  });
  at('2025-10-17T02:00:00Z');
  await submit('harvestOpen');
  await h.data(ACCEPT, { input: { caseNumber: numbers.harvestOpen, clerk: '林窗口', windowCode: 'DW-LYJ' } });
  await submit('harvestWaiting', { materials: ['M01'] });
  await submit('harvestRejected');
  await h.data(REJECT, { input: { caseNumber: numbers.harvestRejected, ...atInvestWindow, reason: '重复申请' } });
  at('2025-10-20T02:00:00Z');
});
afterAll(() => h.stop());

const PAGE = `query Page($filter: CaseFilter, $first: Int, $after: String) {
  cases(filter: $filter, first: $first, after: $after) {
    totalCount edges { cursor node { caseNumber } } nodes { caseNumber } pageInfo { hasNextPage endCursor }
  }
}`;

describe('cases(filter, first, after)', () => {
  test('pages walk every case once, in case-number order, with exact boundaries', async () => {
    const all = Object.values(numbers).sort();
    expect(all).toHaveLength(6);
    const first = (await h.data(PAGE, { first: 4 })).cases;
    expect(first.totalCount).toBe(6);
    expect(first.nodes.map((n: any) => n.caseNumber)).toEqual(all.slice(0, 4));
    expect(first.edges.map((e: any) => e.node.caseNumber)).toEqual(all.slice(0, 4));
    expect(first.pageInfo).toEqual({ hasNextPage: true, endCursor: first.edges[3].cursor });
    const second = (await h.data(PAGE, { first: 4, after: first.pageInfo.endCursor })).cases;
    expect(second.nodes.map((n: any) => n.caseNumber)).toEqual(all.slice(4));
    expect(second.pageInfo).toEqual({ hasNextPage: false, endCursor: second.edges[1].cursor });
    expect(second.totalCount).toBe(6);
  });

  test('a page exactly as long as what is left has no next page; the page after it is empty', async () => {
    const exact = (await h.data(PAGE, { first: 6 })).cases;
    expect(exact.nodes).toHaveLength(6);
    expect(exact.pageInfo.hasNextPage).toBe(false);
    const after = (await h.data(PAGE, { first: 6, after: exact.pageInfo.endCursor })).cases;
    expect(after).toEqual({ totalCount: 6, edges: [], nodes: [], pageInfo: { hasNextPage: false, endCursor: null } });
    const five = (await h.data(PAGE, { first: 5 })).cases;
    expect(five.pageInfo.hasNextPage).toBe(true);
  });

  test.each([
    [{ first: 0 }, 'first', 'first must be between 1 and 100'],
    [{ first: 101 }, 'first', 'first must be between 1 and 100'],
    [{ first: 10, after: 'not-a-cursor' }, 'after', 'after is not a cursor this service issued'],
  ])('%j is refused', async (variables, field, message) => {
    const answer = await h.run(PAGE, variables);
    expect(answer.data).toBeNull();
    expect(errorsOf(answer)).toEqual([{ message, extensions: { code: 'BAD_USER_INPUT', field } }]);
  });

  test('first = 1 and first = 100 are the limits', async () => {
    expect((await h.data(PAGE, { first: 1 })).cases.nodes).toHaveLength(1);
    expect((await h.data(PAGE, { first: 100 })).cases.nodes).toHaveLength(6);
  });

  test.each([
    ['status', { status: 'ACCEPTED' }, ['harvestLate', 'investment', 'harvestOpen']],
    ['item', { itemCode: HARVEST.code }, ['harvestLate', 'harvestOpen', 'harvestWaiting', 'harvestRejected']],
    ['deciding department', { departmentCode: '532503-ZJJ' }, ['investment']],
    ['window', { windowCode: 'DW-LYJ' }, ['harvestOpen']],
    ['person', { applicantIdNumber: OTHER_PERSON_ID.toLowerCase() }, ['disability']],
    ['enterprise', { applicantCreditCode: ENTERPRISE_CODE }, ['investment']],
    ['status and item', { status: 'REJECTED', itemCode: HARVEST.code }, ['harvestRejected']],
  ])('filter by %s', async (_name, filter, expected) => {
    const { cases } = await h.data(PAGE, { filter, first: 100 });
    expect(cases.nodes.map((n: any) => n.caseNumber)).toEqual(expected.map((name) => numbers[name]).sort());
    expect(cases.totalCount).toBe(expected.length);
  });

  test('a bad applicant ID in the filter names the field', async () => {
    const answer = await h.run(PAGE, { filter: { applicantIdNumber: '340524198001010013' } });
    expect(errorsOf(answer)).toEqual([
      {
        message: 'filter.applicantIdNumber is not a valid resident ID number (GB 11643): CHECKSUM',
        extensions: { code: 'BAD_USER_INPUT', field: 'filter.applicantIdNumber', problem: 'CHECKSUM' },
      },
    ]);
  });
});

describe('supervision', () => {
  test('overdueCases: accepted, undecided, past the due date, most overdue first', async () => {
    const { overdueCases } = await h.data('{ overdueCases { caseNumber dueDate status } }');
    expect(overdueCases).toEqual([
      { caseNumber: numbers.harvestLate, dueDate: '2025-10-10', status: 'ACCEPTED' },
      { caseNumber: numbers.investment, dueDate: '2025-10-16', status: 'ACCEPTED' },
    ]);
    const early = await h.data('{ overdueCases(asOf: "2025-10-13") { caseNumber } }');
    expect(early.overdueCases).toEqual([{ caseNumber: numbers.harvestLate }]);
    const forestry = await h.data('{ overdueCases(departmentCode: "532503-HBJ") { caseNumber } }');
    expect(forestry.overdueCases).toEqual([{ caseNumber: numbers.investment }]);
  });

  test('departmentStats: one row per catalogue department, with the department as a reference', async () => {
    const { departmentStats } = await h.data(
      '{ departmentStats { department { code } received onTime overdue inProgress rejected } }',
    );
    expect(departmentStats).toEqual([
      { department: { code: '532503-FGJ' }, received: 1, onTime: 0, overdue: 1, inProgress: 0, rejected: 0 },
      { department: { code: '532503-LYJ' }, received: 4, onTime: 0, overdue: 1, inProgress: 2, rejected: 1 },
      { department: { code: '532503-CL' }, received: 1, onTime: 1, overdue: 0, inProgress: 0, rejected: 0 },
      { department: { code: '532503-ZJJ' }, received: 1, onTime: 0, overdue: 1, inProgress: 0, rejected: 0 },
      { department: { code: '532503-HBJ' }, received: 1, onTime: 0, overdue: 1, inProgress: 0, rejected: 0 },
    ]);
  });
});

describe('applicants as entities', () => {
  test('person(idNumber) validates the checksum and lists the person’s cases', async () => {
    const { person } = await h.data(
      `{ person(idNumber: "${PERSON_ID.toLowerCase()}") { idNumber cases { caseNumber } accepted: cases(status: ACCEPTED) { caseNumber } } }`,
    );
    expect(person).toEqual({
      idNumber: PERSON_ID,
      cases: ['harvestLate', 'harvestOpen', 'harvestWaiting', 'harvestRejected'].map((name) => ({
        caseNumber: numbers[name],
      })),
      accepted: ['harvestLate', 'harvestOpen'].map((name) => ({ caseNumber: numbers[name] })),
    });
  });

  test.each([
    [
      'person',
      'idNumber: "340524198001010013"',
      'idNumber is not a valid resident ID number (GB 11643): CHECKSUM',
      'idNumber',
    ],
    [
      'enterprise',
      'creditCode: "91532503MA6K123405"',
      'creditCode is not a valid unified social credit code (GB 32100): CHECKSUM',
      'creditCode',
    ],
  ])('%s(%s) is BAD_USER_INPUT', async (root, argument, message, field) => {
    const answer = await h.run(`{ ${root}(${argument}) { __typename } }`);
    expect(answer.data).toEqual({ [root]: null });
    expect(errorsOf(answer)).toEqual([{ message, extensions: { code: 'BAD_USER_INPUT', field, problem: 'CHECKSUM' } }]);
  });

  test('the gateway’s entity references resolve in one batch: people, enterprises and cases', async () => {
    const { _entities } = await h.data(
      `query ($representations: [_Any!]!) {
        _entities(representations: $representations) {
          ... on Person { idNumber cases { caseNumber } }
          ... on Enterprise { creditCode cases { caseNumber } }
          ... on Case { caseNumber status }
        }
      }`,
      {
        representations: [
          { __typename: 'Person', idNumber: OTHER_PERSON_ID },
          { __typename: 'Enterprise', creditCode: ENTERPRISE_CODE },
          { __typename: 'Case', caseNumber: numbers.disability },
          { __typename: 'Case', caseNumber: '53250320200101000001' },
        ],
      },
    );
    expect(_entities).toEqual([
      { idNumber: OTHER_PERSON_ID, cases: [{ caseNumber: numbers.disability }] },
      { creditCode: ENTERPRISE_CODE, cases: [{ caseNumber: numbers.investment }] },
      { caseNumber: numbers.disability, status: 'APPROVED' },
      null,
    ]);
  });
});
