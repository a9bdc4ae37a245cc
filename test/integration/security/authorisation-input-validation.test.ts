import { NAMED_RESIDENTS } from '../../../adapters/kit/population';
import { Identity } from '../../../lib/auth/identity';
import { GraphQLAnswer, postGraphQL } from '../../support/graphql';
import { startTestHub, TestHub } from '../../support/hub';

// Every argument that takes a resident ID or a credit code refuses a bad one by name, and every
// filter refuses (or, where free text is allowed, merely fails to match) SQL-looking strings:
// a clear answer, and no data changed.
const FARMER = NAMED_RESIDENTS.forestFarmer;
const BAD_ID = '532503198001010016'; // checksum wrong
const BAD_CODE = '91532503MA6K123405'; // checksum wrong
const SQL = "' OR '1'='1' --";
const SUPERVISOR: Identity = { subject: 'sup-001', roles: ['SUPERVISOR'] };
const CLERK: Identity = { subject: 'clerk-CW-INVEST', roles: ['WINDOW_CLERK'], windowCode: 'CW-INVEST' };
const TERMINAL: Identity = { subject: 'ST-F1-01', roles: ['TERMINAL'] };

const problems = (answer: GraphQLAnswer) =>
  (answer.errors ?? []).map(({ extensions }) => [extensions.code, extensions.field]);

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub('authorisation_input');
}, 60_000);
afterAll(() => hub.stop());

/** Everything the tests might have changed: the cases, the waiting tickets, the catalogue's items. */
async function snapshot() {
  const answer = await hub.query(
    `{ cases(first: 100) { totalCount nodes { caseNumber status } }
       waitingTickets(zoneCode: "MZ-F1-L") { number }
       serviceItems(first: 100) { totalCount } }`,
    {},
    { identity: SUPERVISOR },
  );
  if (answer.errors) throw new Error(JSON.stringify(answer.errors));
  return answer.data;
}

const application = (applicant: Record<string, unknown>) => ({
  input: {
    idempotencyKey: `bad-${Math.random()}`,
    itemCode: 'XK00001000-532503',
    applicant,
    channel: 'WINDOW',
    windowCode: 'CW-INVEST',
    clerk: CLERK.subject,
    materials: ['M01', 'M02', 'M03'],
  },
});

it('refuses a bad resident ID or credit code in every argument that takes one, naming it', async () => {
  const before = await snapshot();
  const cases: [string, Record<string, unknown>, Identity, [string, string][]][] = [
    [
      `query ($v: String!) { person(idNumber: $v) { idNumber } }`,
      { v: BAD_ID },
      SUPERVISOR,
      [['BAD_USER_INPUT', 'idNumber']],
    ],
    [
      `query ($v: String!) { person(idNumber: $v) { idNumber } }`,
      { v: SQL },
      SUPERVISOR,
      [['BAD_USER_INPUT', 'idNumber']],
    ],
    [
      `query ($v: String!) { enterprise(creditCode: $v) { creditCode } }`,
      { v: BAD_CODE },
      SUPERVISOR,
      [['BAD_USER_INPUT', 'creditCode']],
    ],
    [
      `query ($v: String!) { enterprise(creditCode: $v) { creditCode } }`,
      { v: SQL },
      SUPERVISOR,
      [['BAD_USER_INPUT', 'creditCode']],
    ],
    [
      `query ($v: String!) { cases(filter: { applicantIdNumber: $v }) { nodes { caseNumber } } }`,
      { v: BAD_ID },
      SUPERVISOR,
      [['BAD_USER_INPUT', 'filter.applicantIdNumber']],
    ],
    [
      `query ($v: String!) { cases(filter: { applicantCreditCode: $v }) { nodes { caseNumber } } }`,
      { v: SQL },
      SUPERVISOR,
      [['BAD_USER_INPUT', 'filter.applicantCreditCode']],
    ],
    [
      `mutation ($input: SubmitApplicationInput!) { submitApplication(input: $input) { caseNumber } }`,
      application({ type: 'PERSON', name: FARMER.name, idNumber: BAD_ID }),
      CLERK,
      [['BAD_USER_INPUT', 'input.applicant.idNumber']],
    ],
    [
      `mutation ($input: SubmitApplicationInput!) { submitApplication(input: $input) { caseNumber } }`,
      application({ type: 'ENTERPRISE', name: '某公司', creditCode: BAD_CODE }),
      CLERK,
      [['BAD_USER_INPUT', 'input.applicant.creditCode']],
    ],
    [
      `query ($v: String!) { terminal { resident(idNumber: $v) { idNumber } } }`,
      { v: SQL },
      TERMINAL,
      [['BAD_USER_INPUT', 'idNumber']],
    ],
    [
      `mutation ($v: String!) { takeTicket(input: { idNumber: $v }) { number } }`,
      { v: BAD_ID },
      TERMINAL,
      [['BAD_USER_INPUT', 'input.idNumber']],
    ],
    [
      `query ($v: String!) { auditLog(filter: { entityKey: $v }) { totalCount } }`,
      { v: BAD_ID },
      SUPERVISOR,
      [['BAD_USER_INPUT', 'filter.entityKey']],
    ],
  ];
  for (const [query, variables, identity, expected] of cases) {
    const answer = await hub.query(query, variables, { identity });
    expect({ query, problems: problems(answer) }).toEqual({ query, problems: expected });
  }
  // a hand-made `_entities` call to a subgraph: its representations are arguments like any other
  for (const subgraph of ['cases', 'health-insurance', 'pensions', 'party-building', 'forestry']) {
    const answer = await postGraphQL(
      hub.subgraphs[subgraph].url,
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Person { idNumber } } }`,
      { r: [{ __typename: 'Person', idNumber: SQL }] },
      { identity: SUPERVISOR, secret: hub.secrets[subgraph] },
    );
    expect({ subgraph, problems: problems(answer) }).toEqual({
      subgraph,
      problems: [['BAD_USER_INPUT', 'representations.idNumber']],
    });
  }
  expect(await snapshot()).toEqual(before);
});

it('refuses SQL-looking strings in every filter, naming the field, and changes nothing', async () => {
  const before = await snapshot();
  const filters: [string, [string, string][]][] = [
    [`{ cases(filter: { itemCode: "${SQL}" }) { nodes { caseNumber } } }`, [['BAD_USER_INPUT', 'filter.itemCode']]],
    [`{ cases(filter: { windowCode: "${SQL}" }) { nodes { caseNumber } } }`, [['BAD_USER_INPUT', 'filter.windowCode']]],
    [
      `{ cases(filter: { departmentCode: "${SQL}" }) { nodes { caseNumber } } }`,
      [['BAD_USER_INPUT', 'filter.departmentCode']],
    ],
    [`{ dispatchEntries(filter: { departmentCode: "${SQL}" }) { id } }`, [['BAD_USER_INPUT', 'filter.departmentCode']]],
    [`{ dispatchEntries(filter: { caseNumber: "${SQL}" }) { id } }`, [['BAD_USER_INPUT', 'filter.caseNumber']]],
    [`{ overdueCases(departmentCode: "${SQL}") { caseNumber } }`, [['BAD_USER_INPUT', 'departmentCode']]],
    [`{ auditLog(filter: { requestId: "${SQL}" }) { totalCount } }`, [['BAD_USER_INPUT', 'filter.requestId']]],
    [`{ waitingTickets(zoneCode: "${SQL}") { number } }`, [['BAD_USER_INPUT', 'zoneCode']]],
    [`{ queueStats(zoneCode: "${SQL}") { day } }`, [['BAD_USER_INPUT', 'zoneCode']]],
    [`{ callingDisplay(zoneCode: "${SQL}") { zone { code } } }`, [['BAD_USER_INPUT', 'zoneCode']]],
  ];
  for (const [query, expected] of filters) {
    const answer = await hub.query(query, {}, { identity: SUPERVISOR });
    expect({ query, problems: problems(answer) }).toEqual({ query, problems: expected });
  }
  // free text (an item's name, a caller's subject) is only ever a bound parameter: it matches nothing
  const text = await hub.query(
    `{ serviceItems(filter: { keyword: "${SQL}", departmentCode: "${SQL}", windowCode: "${SQL}" }) { totalCount } auditLog(filter: { subject: "${SQL}" }) { totalCount } }`,
    {},
    { identity: SUPERVISOR },
  );
  expect(text).toEqual({ data: { serviceItems: { totalCount: 0 }, auditLog: { totalCount: 0 } } });
  expect(await snapshot()).toEqual(before);
});
