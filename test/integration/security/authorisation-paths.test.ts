import { NAMED_RESIDENTS } from '../../../adapters/kit/population';
import { Identity } from '../../../lib/auth/identity';
import { GraphQLAnswer, postGraphQL } from '../../support/graphql';
import { startTestHub, TestHub } from '../../support/hub';

// Issue 5 part 3 over real HTTP: who may see and do what, through the gateway with real tokens,
// and straight at the subgraphs with the gateway's signature (a hand-made `_entities` call).
const FARMER = NAMED_RESIDENTS.forestFarmer; // applies for a harvest permit at the investment window
const NEIGHBOUR = NAMED_RESIDENTS.pensionContributor; // another resident, curious
const HARVEST = 'XK00001000-532503'; // decided by the forestry bureau (532503-LYJ), authorised to CW-INVEST
const NOT_AUTHORISED = 'JF00014000-532503'; // kept at its department's own window

const citizen = (idNumber: string): Identity => ({ subject: idNumber, roles: ['CITIZEN'] });
const asClerk = (windowCode: string, subject = `clerk-${windowCode}`): Identity => ({
  subject,
  roles: ['WINDOW_CLERK'],
  windowCode,
});
const asOfficer = (departmentCode: string): Identity => ({
  subject: `officer-${departmentCode}`,
  roles: ['DEPARTMENT_OFFICER'],
  departmentCode,
});
const SUPERVISOR: Identity = { subject: 'sup-001', roles: ['SUPERVISOR'] };
const ADMIN: Identity = { subject: 'admin-001', roles: ['ADMIN'] };
const INVEST_CLERK = asClerk('CW-INVEST');

/** What a refusal looks like to the client: code, the rule, and the field or system it names. */
const refusals = (answer: GraphQLAnswer) =>
  (answer.errors ?? []).map(({ path, extensions }) => ({
    path,
    code: extensions.code,
    reason: extensions.reason,
    ...(extensions.field ? { field: extensions.field } : {}),
  }));

let hub: TestHub;
let caseNumber: string;

async function submit(idempotencyKey: string, itemCode: string, windowCode: string, clerk: Identity) {
  const answer = await hub.query(
    `mutation ($input: SubmitApplicationInput!) { submitApplication(input: $input) { caseNumber } }`,
    {
      input: {
        idempotencyKey,
        itemCode,
        applicant: { type: 'PERSON', name: FARMER.name, idNumber: FARMER.idNumber },
        channel: 'WINDOW',
        windowCode,
        clerk: clerk.subject,
        materials: ['M01', 'M02', 'M03'],
      },
    },
    { identity: clerk },
  );
  if (answer.errors) throw new Error(JSON.stringify(answer.errors));
  return answer.data.submitApplication.caseNumber as string;
}

/** The case as its applicant sees it: what a refused attempt must have left unchanged. */
const caseState = async (number: string) =>
  (
    await hub.query(
      `query ($n: String!) { case(caseNumber: $n) { status windowCode events { to actor } } }`,
      { n: number },
      {
        identity: citizen(FARMER.idNumber),
      },
    )
  ).data.case;

beforeAll(async () => {
  hub = await startTestHub('authorisation_paths');
  caseNumber = await submit('authz-harvest', HARVEST, 'CW-INVEST', INVEST_CLERK);
}, 60_000);
afterAll(() => hub.stop());

describe('a citizen reads only their own data', () => {
  const PERSON = `query ($id: String!) {
    person(idNumber: $id) { idNumber healthInsurance { status } pension { status } cases { caseNumber } }
  }`;

  it('reads their own person across every subgraph', async () => {
    expect(await hub.query(PERSON, { id: FARMER.idNumber }, { identity: citizen(FARMER.idNumber) })).toEqual({
      data: {
        person: {
          idNumber: FARMER.idNumber,
          healthInsurance: { status: 'ACTIVE' },
          pension: { status: 'CONTRIBUTING' },
          cases: [{ caseNumber }],
        },
      },
    });
  });

  it('is refused another person by `person`: null, FORBIDDEN, no field of theirs', async () => {
    const answer = await hub.query(PERSON, { id: FARMER.idNumber }, { identity: citizen(NEIGHBOUR.idNumber) });
    expect(answer).toEqual({
      data: { person: null },
      errors: [
        {
          message: 'You may not read this person',
          path: ['person'],
          extensions: { code: 'FORBIDDEN', reason: 'NOT_THE_SUBJECT', serviceName: 'cases' },
        },
      ],
    });
  });

  it('is refused another person’s case, and so its applicant', async () => {
    const answer = await hub.query(
      `query ($n: String!) { case(caseNumber: $n) { caseNumber person { idNumber healthInsurance { status } } } }`,
      { n: caseNumber },
      { identity: citizen(NEIGHBOUR.idNumber) },
    );
    expect(answer.data).toEqual({ case: null });
    expect(refusals(answer)).toEqual([{ path: ['case'], code: 'FORBIDDEN', reason: 'NOT_YOUR_CASE' }]);
  });

  it('is refused another person’s cases by `cases(filter)`, and lists only their own without one', async () => {
    const CASES = `query ($filter: CaseFilter) { cases(filter: $filter) { nodes { caseNumber } } }`;
    const probe = await hub.query(
      CASES,
      { filter: { applicantIdNumber: FARMER.idNumber } },
      { identity: citizen(NEIGHBOUR.idNumber) },
    );
    expect(probe.data).toBeNull();
    expect(refusals(probe)).toEqual([
      { path: ['cases'], code: 'FORBIDDEN', reason: 'NOT_THE_SUBJECT', field: 'filter.applicantIdNumber' },
    ]);
    expect(await hub.query(CASES, {}, { identity: citizen(NEIGHBOUR.idNumber) })).toEqual({
      data: { cases: { nodes: [] } },
    });
    expect(await hub.query(CASES, {}, { identity: citizen(FARMER.idNumber) })).toEqual({
      data: { cases: { nodes: [{ caseNumber }] } },
    });
  });

  it('is refused a hand-made `_entities` call to each subgraph holding the person’s data', async () => {
    const ENTITIES = {
      cases: `... on Person { cases { caseNumber } }`,
      'health-insurance': `... on Person { healthInsurance { status } }`,
      pensions: `... on Person { pension { status } }`,
      'party-building': `... on Person { partyMembership { branchName } }`,
      forestry: `... on Person { forestryPermits { harvestPermits { permitNumber } } }`,
    };
    for (const [subgraph, selection] of Object.entries(ENTITIES)) {
      const answer = await postGraphQL(
        hub.subgraphs[subgraph].url,
        `query ($r: [_Any!]!) { _entities(representations: $r) { ${selection} } }`,
        { r: [{ __typename: 'Person', idNumber: FARMER.idNumber }] },
        { identity: citizen(NEIGHBOUR.idNumber), secret: hub.secrets[subgraph] },
      );
      expect({ subgraph, data: answer.data, refusals: refusals(answer) }).toEqual({
        subgraph,
        data: { _entities: [null] },
        refusals: [{ path: ['_entities', 0], code: 'FORBIDDEN', reason: 'NOT_THE_SUBJECT' }],
      });
    }
    const kase = await postGraphQL(
      hub.subgraphs.cases.url,
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Case { caseNumber status } } }`,
      { r: [{ __typename: 'Case', caseNumber }] },
      { identity: citizen(NEIGHBOUR.idNumber), secret: hub.secrets.cases },
    );
    expect({ data: kase.data, refusals: refusals(kase) }).toEqual({
      data: { _entities: [null] },
      refusals: [{ path: ['_entities', 0], code: 'FORBIDDEN', reason: 'NOT_YOUR_CASE' }],
    });
  });

  it('needs a token for personal data at all; the catalogue and the calendar stay public', async () => {
    const anonymous = await hub.query(PERSON, { id: FARMER.idNumber });
    expect(anonymous.data).toEqual({ person: null });
    expect(refusals(anonymous)).toEqual([{ path: ['person'], code: 'UNAUTHENTICATED', reason: undefined }]);
    expect(
      await hub.query(`{ serviceItem(code: "${HARVEST}") { name } dueDate(acceptedOn: "2017-09-29", workingDays: 2) }`),
    ).toEqual({
      data: { serviceItem: { name: '林木采伐许可证核发' }, dueDate: '2017-10-09' },
    });
  });
});

describe('a window clerk acts at their own window, on items authorised to it', () => {
  it('reads the person whose case their window handles, but not their department records', async () => {
    const answer = await hub.query(
      `query ($id: String!) { person(idNumber: $id) { cases { caseNumber } healthInsurance { status } } }`,
      { id: FARMER.idNumber },
      { identity: INVEST_CLERK },
    );
    expect(answer.data).toEqual({ person: { cases: [{ caseNumber }], healthInsurance: null } });
    // the health-insurance subgraph refuses the whole entity: the gateway reports it at the person
    expect(refusals(answer)).toEqual([{ path: ['person'], code: 'FORBIDDEN', reason: 'NOT_THE_KEEPER' }]);
    const elsewhere = await hub.query(
      `query ($id: String!) { person(idNumber: $id) { cases { caseNumber } } }`,
      { id: FARMER.idNumber },
      { identity: asClerk('CW-LIVELIHOOD') },
    );
    expect(elsewhere.data).toEqual({ person: null });
    expect(refusals(elsewhere)).toEqual([{ path: ['person'], code: 'FORBIDDEN', reason: 'NOT_HANDLED_HERE' }]);
  });

  it('cannot act at a window their token does not name, nor in another clerk’s name', async () => {
    const ACCEPT = `mutation ($input: AcceptCaseInput!) { acceptCase(input: $input) { status } }`;
    const before = await caseState(caseNumber);
    const otherWindow = await hub.query(
      ACCEPT,
      { input: { caseNumber, windowCode: 'CW-INVEST', clerk: 'clerk-CW-LIVELIHOOD' } },
      { identity: asClerk('CW-LIVELIHOOD') },
    );
    const otherClerk = await hub.query(
      ACCEPT,
      { input: { caseNumber, windowCode: 'CW-INVEST', clerk: '别人' } },
      { identity: INVEST_CLERK },
    );
    expect([refusals(otherWindow), refusals(otherClerk)]).toEqual([
      [{ path: ['acceptCase'], code: 'FORBIDDEN', reason: 'OTHER_WINDOW', field: 'input.windowCode' }],
      [{ path: ['acceptCase'], code: 'FORBIDDEN', reason: 'NOT_YOU', field: 'input.clerk' }],
    ]);
    expect(await caseState(caseNumber)).toEqual(before);
  });

  it('cannot accept an item not authorised to their window, nor reject a case of another window', async () => {
    const livelihood = asClerk('CW-LIVELIHOOD');
    const unauthorised = await submit('authz-unauthorised', NOT_AUTHORISED, 'CW-LIVELIHOOD', livelihood);
    const before = await caseState(unauthorised);
    const accept = await hub.query(
      `mutation ($input: AcceptCaseInput!) { acceptCase(input: $input) { status } }`,
      { input: { caseNumber: unauthorised, windowCode: 'CW-LIVELIHOOD', clerk: livelihood.subject } },
      { identity: livelihood },
    );
    const reject = await hub.query(
      `mutation ($input: RejectCaseInput!) { rejectCase(input: $input) { status } }`,
      { input: { caseNumber, windowCode: 'CW-LIVELIHOOD', clerk: livelihood.subject, reason: '材料不全' } },
      { identity: livelihood },
    );
    expect([refusals(accept), refusals(reject)]).toEqual([
      [{ path: ['acceptCase'], code: 'NOT_AUTHORISED_AT_WINDOW', reason: undefined }],
      [{ path: ['rejectCase'], code: 'NOT_AUTHORISED_AT_WINDOW', reason: undefined }],
    ]);
    expect(await caseState(unauthorised)).toEqual(before);
    expect((await caseState(caseNumber)).status).toBe('NEEDS_SUPPLEMENT');
  });
});

describe('an officer decides only for their own department', () => {
  it('is refused another department’s decision, and the case is unchanged', async () => {
    const before = await caseState(caseNumber);
    const officer = asOfficer('532503-FGJ');
    const answer = await hub.query(
      `mutation ($input: RecordDepartmentDecisionInput!) { recordDepartmentDecision(input: $input) { status } }`,
      {
        input: {
          caseNumber,
          departmentCode: '532503-LYJ',
          officer: officer.subject,
          decision: 'DENIED',
          reason: '不属于本部门',
        },
      },
      { identity: officer },
    );
    expect(answer.data).toBeNull();
    expect(refusals(answer)).toEqual([
      {
        path: ['recordDepartmentDecision'],
        code: 'FORBIDDEN',
        reason: 'OTHER_DEPARTMENT',
        field: 'input.departmentCode',
      },
    ]);
    expect(await caseState(caseNumber)).toEqual(before);
  });

  it('sees their department’s cases, and no other’s', async () => {
    const CASES = `query ($filter: CaseFilter) { cases(filter: $filter) { nodes { caseNumber } } }`;
    expect(await hub.query(CASES, {}, { identity: asOfficer('532503-LYJ') })).toEqual({
      data: { cases: { nodes: [{ caseNumber }] } },
    });
    expect(await hub.query(CASES, {}, { identity: asOfficer('532503-FGJ') })).toEqual({
      data: { cases: { nodes: [] } },
    });
    const probe = await hub.query(
      CASES,
      { filter: { departmentCode: '532503-LYJ' } },
      { identity: asOfficer('532503-FGJ') },
    );
    expect(refusals(probe)).toEqual([
      { path: ['cases'], code: 'FORBIDDEN', reason: 'OTHER_DEPARTMENT', field: 'filter.departmentCode' },
    ]);
  });
});

describe('supervision, the catalogue and the audit log', () => {
  const STATS = `{ departmentStats { department { code } received } }`;

  it('gives statistics to supervisors only', async () => {
    const stats = await hub.query(STATS, {}, { identity: SUPERVISOR });
    expect(stats.errors).toBeUndefined();
    expect(
      stats.data.departmentStats.find(
        ({ department }: { department: { code: string } }) => department.code === '532503-LYJ',
      ),
    ).toEqual({ department: { code: '532503-LYJ' }, received: 1 });
    for (const identity of [citizen(FARMER.idNumber), INVEST_CLERK, asOfficer('532503-LYJ'), ADMIN]) {
      const answer = await hub.query(STATS, {}, { identity });
      expect(refusals(answer)).toEqual([{ path: ['departmentStats'], code: 'FORBIDDEN', reason: 'ROLE' }]);
    }
  });

  it('lets only an admin push the catalogue to the province', async () => {
    const answer = await hub.query(`mutation { pushCatalogueToProvince { checked } }`, {}, { identity: SUPERVISOR });
    expect(answer.data).toBeNull();
    expect(refusals(answer)).toEqual([{ path: ['pushCatalogueToProvince'], code: 'FORBIDDEN', reason: 'ROLE' }]);
  });

  it('records the neighbour’s refused attempts on the farmer’s data, for supervisors to see', async () => {
    await hub.audit.flush();
    const log = await hub.query(
      `query ($filter: AuditLogFilter) { auditLog(filter: $filter, first: 50) { nodes { service action entityKey fields system } } }`,
      { filter: { subject: NEIGHBOUR.idNumber } },
      { identity: SUPERVISOR },
    );
    const entries = log.data.auditLog.nodes.map(
      (entry: { service: string; action: string; entityKey: string; fields: string[]; system: string | null }) =>
        `${entry.service} ${entry.action} ${entry.entityKey} ${entry.fields.join(',')} ${entry.system ?? '-'}`,
    );
    expect(entries.sort()).toEqual(
      [
        `cases REFUSED ${FARMER.idNumber} person -`,
        `cases REFUSED ${FARMER.idNumber} cases/${caseNumber} -`,
        `cases REFUSED ${FARMER.idNumber} cases/${caseNumber} -`, // by `case`, then by `_entities`: two requests
        `cases REFUSED ${FARMER.idNumber} person -`,
        `health-insurance REFUSED ${FARMER.idNumber} _entities health-insurance`,
        `pensions REFUSED ${FARMER.idNumber} _entities pensions`,
        `party-building REFUSED ${FARMER.idNumber} _entities party-building`,
        `forestry REFUSED ${FARMER.idNumber} _entities forestry`,
      ].sort(),
    );
  });
});
