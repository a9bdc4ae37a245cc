import { createLogger } from '../../../lib/logger';
import { RunningServer } from '../../../lib/server';
import { startCases } from '../../../subgraphs/cases';
import { startCatalogue } from '../../../subgraphs/catalogue';
import { createTestDatabase } from '../../support/database';
import { postGraphQL } from '../../support/graphql';
import { asCitizen, asClerk, SUPERVISOR } from '../../support/identities';

/** The real catalogue (seeded) and the cases subgraph, each on its own port and database, over HTTP. */
let catalogue: RunningServer;
let cases: RunningServer;
const drops: (() => Promise<void>)[] = [];

const HARVEST = 'XK00001000-532503';
const TRANSPORT = 'XK00002000-532503';
const PERSON_ID = '34052419800101001X';

beforeAll(async () => {
  const catalogueDb = await createTestDatabase('cases_it_catalogue');
  const casesDb = await createTestDatabase('cases_it_cases');
  drops.push(catalogueDb.drop, casesDb.drop);
  catalogue = await startCatalogue({ port: 0, databaseUrl: catalogueDb.url, logger: createLogger('catalogue') });
  cases = await startCases({
    port: 0,
    databaseUrl: casesDb.url,
    catalogueUrl: catalogue.url,
    logger: createLogger('cases'),
    clock: () => new Date('2025-09-26T02:00:00Z'), // Friday before the 2025 National Day holiday
  });
});

afterAll(async () => {
  await cases?.stop();
  await catalogue?.stop();
  for (const drop of drops) await drop();
});

/** Posts as the gateway would sign it: by default for the applicant, who applies online. */
async function post(query: string, variables: Record<string, unknown> = {}, identity = asCitizen(PERSON_ID)) {
  const body = await postGraphQL(cases.url, query, variables, { identity });
  return { data: body.data, errors: body.errors?.map(({ message, extensions }) => ({ message, extensions })) };
}

const SUBMIT = `mutation ($input: SubmitApplicationInput!) {
  submitApplication(input: $input) {
    caseNumber status itemVersion promisedTimeLimit serviceItem { code version }
    supplementNotices { departmentName promisedTimeLimit missing { code reason } }
  }
}`;
const ACCEPT = `mutation ($input: AcceptCaseInput!) { acceptCase(input: $input) { caseNumber status dueDate dueDateProvisional } }`;

let key = 0;
const application = (overrides: Record<string, unknown> = {}) => ({
  idempotencyKey: `it-${++key}`,
  itemCode: HARVEST,
  applicant: { type: 'PERSON', name: '张三', idNumber: PERSON_ID },
  channel: 'ONLINE',
  materials: ['M01', 'M02', 'M03', 'M04'],
  ...overrides,
});

test('a harvest permit is submitted under the catalogue’s current version and accepted at the investment window, due in 10 working days', async () => {
  const submitted = await post(SUBMIT, { input: application() });
  expect(submitted.data.submitApplication).toEqual({
    caseNumber: '53250320250926000001',
    status: 'SUBMITTED',
    itemVersion: 2,
    promisedTimeLimit: 10,
    serviceItem: { code: HARVEST, version: 2 },
    supplementNotices: [],
  });
  const accepted = await post(
    ACCEPT,
    { input: { caseNumber: '53250320250926000001', clerk: '王窗口', windowCode: 'CW-INVEST' } },
    asClerk('CW-INVEST', '王窗口'),
  );
  expect(accepted.data.acceptCase).toEqual({
    caseNumber: '53250320250926000001',
    status: 'ACCEPTED',
    dueDate: '2025-10-16',
    dueDateProvisional: false,
  });
});

test('20 concurrent retries over HTTP make one case', async () => {
  const input = application();
  const answers = await Promise.all(Array.from({ length: 20 }, () => post(SUBMIT, { input })));
  expect(answers.map((answer) => answer.errors)).toEqual(Array(20).fill(undefined));
  expect(new Set(answers.map((answer) => answer.data.submitApplication.caseNumber))).toEqual(
    new Set(['53250320250926000002']),
  );
  const { data } = await post(`{ cases(filter: { itemCode: "${HARVEST}" }) { totalCount } }`, {}, SUPERVISOR);
  expect(data.cases.totalCount).toBe(2);
});

test('missing materials: one notice from the catalogue’s pinned version listing everything missing', async () => {
  const { data } = await post(SUBMIT, { input: application({ materials: ['M02'] }) });
  expect(data.submitApplication).toMatchObject({
    status: 'NEEDS_SUPPLEMENT',
    supplementNotices: [
      {
        departmentName: '蒙自市林业局',
        promisedTimeLimit: 10,
        missing: ['M01', 'M03', 'M04'].map((code) => ({ code, reason: '未提交该材料' })),
      },
    ],
  });
});

test('the retired transport permit refuses new cases', async () => {
  const answer = await post(SUBMIT, { input: application({ itemCode: TRANSPORT, materials: [] }) });
  expect(answer.data).toBeNull();
  expect(answer.errors).toEqual([
    {
      message: `${TRANSPORT} (木材运输证核发) is retired and takes no new applications`,
      extensions: { code: 'ITEM_RETIRED', itemCode: TRANSPORT, retiredOn: '2020-07-01' },
    },
  ]);
});

test('the livelihood window is not authorised for forestry items', async () => {
  const { data } = await post(SUBMIT, { input: application() });
  const answer = await post(
    ACCEPT,
    { input: { caseNumber: data.submitApplication.caseNumber, clerk: '民窗口', windowCode: 'CW-LIVELIHOOD' } },
    asClerk('CW-LIVELIHOOD', '民窗口'),
  );
  expect(answer.errors).toEqual([
    {
      message: `Window CW-LIVELIHOOD may not handle ${HARVEST}: the department has not authorised this window to accept the item`,
      extensions: { code: 'NOT_AUTHORISED_AT_WINDOW', windowCode: 'CW-LIVELIHOOD', itemCode: HARVEST },
    },
  ]);
});

test('departmentStats covers every catalogue department', async () => {
  const { data } = await post(
    '{ departmentStats { department { code } received onTime overdue inProgress rejected } }',
    {},
    SUPERVISOR,
  );
  expect(data.departmentStats.find((row: any) => row.department.code === '532503-LYJ')).toEqual({
    department: { code: '532503-LYJ' },
    received: 4,
    onTime: 0,
    overdue: 0,
    inProgress: 4,
    rejected: 0,
  });
  expect(data.departmentStats.find((row: any) => row.department.code === '532503-CL')).toEqual({
    department: { code: '532503-CL' },
    received: 0,
    onTime: 0,
    overdue: 0,
    inProgress: 0,
    rejected: 0,
  });
});

test('health: ready while its database answers', async () => {
  const response = await fetch(new URL('/health/ready', cases.url));
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ service: 'cases', status: 'ok', database: 'ok' });
});

test('with the catalogue stopped, submission is UPSTREAM_UNAVAILABLE and writes nothing', async () => {
  await catalogue.stop();
  const answer = await post(SUBMIT, { input: application() });
  expect(answer.data).toBeNull();
  expect(answer.errors).toEqual([
    {
      message: 'the catalogue did not answer: fetch failed',
      extensions: { code: 'UPSTREAM_UNAVAILABLE', service: 'catalogue' },
    },
  ]);
  const { data } = await post('{ cases(first: 100) { totalCount } }', {}, SUPERVISOR);
  expect(data.cases.totalCount).toBe(4);
  catalogue = undefined as unknown as RunningServer;
});
