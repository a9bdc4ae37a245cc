import { NAMED_RESIDENTS } from '../../adapters/kit/population';
import { startTestHub, TestHub } from '../support/hub';
import { asCitizen, asClerk, SUPERVISOR } from '../support/identities';

// Issue 2's workflow through the gateway over real HTTP: catalogue and cases joined in one graph.
const HARVEST = 'XK00001000-532503'; // 林木采伐许可证核发, authorised to the investment window
const NOT_AUTHORISED = 'JF00014000-532503'; // 计划生育家庭特别扶助金申请, kept at the department's own window
const FARMER = NAMED_RESIDENTS.forestFarmer;
const CLERK = '综合窗口 张敏';
/** The clerk at `windowCode`, as their token says. */
const at = (windowCode: string) => ({ identity: asClerk(windowCode, CLERK) });

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub('one_window');
}, 60_000);
afterAll(() => hub.stop());

const SUBMIT = `mutation ($input: SubmitApplicationInput!) {
  submitApplication(input: $input) { caseNumber status itemVersion serviceItem { code name handlingMode } }
}`;
const ACCEPT = `mutation ($input: AcceptCaseInput!) { acceptCase(input: $input) { status dueDate events { from to } } }`;

async function requiredMaterials(itemCode: string): Promise<string[]> {
  const answer = await hub.query(
    `query ($code: String!) { serviceItem(code: $code) { materials { code required } } }`,
    { code: itemCode },
  );
  return answer.data.serviceItem.materials
    .filter(({ required }: { required: boolean }) => required)
    .map(({ code }: { code: string }) => code);
}

const application = (idempotencyKey: string, itemCode: string, materials: string[], windowCode = 'CW-INVEST') => ({
  input: {
    idempotencyKey,
    itemCode,
    applicant: { type: 'PERSON', name: FARMER.name, idNumber: FARMER.idNumber },
    channel: 'WINDOW',
    windowCode,
    clerk: CLERK,
    materials,
  },
});

describe('the one window through the gateway', () => {
  it('submits once however often the client retries, accepts, and shows the case on the person', async () => {
    const input = application('e2e-harvest-1', HARVEST, await requiredMaterials(HARVEST));
    const answers = await Promise.all(Array.from({ length: 10 }, () => hub.query(SUBMIT, input, at('CW-INVEST'))));
    const caseNumbers = new Set(answers.map((answer) => answer.data?.submitApplication.caseNumber));
    expect(caseNumbers.size).toBe(1);
    const [caseNumber] = caseNumbers;
    expect(answers[0]).toEqual({
      data: {
        submitApplication: {
          caseNumber,
          status: 'SUBMITTED',
          itemVersion: 2,
          serviceItem: { code: HARVEST, name: '林木采伐许可证核发', handlingMode: 'PROMISED' },
        },
      },
    });

    const accepted = await hub.query(
      ACCEPT,
      { input: { caseNumber, windowCode: 'CW-INVEST', clerk: CLERK } },
      at('CW-INVEST'),
    );
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data.acceptCase.status).toBe('ACCEPTED');
    expect(accepted.data.acceptCase.events).toEqual([
      { from: null, to: 'SUBMITTED' },
      { from: 'SUBMITTED', to: 'ACCEPTED' },
    ]);

    const person = await hub.query(
      `query ($id: String!) { person(idNumber: $id) { cases { caseNumber status } } }`,
      { id: FARMER.idNumber },
      { identity: asCitizen(FARMER.idNumber) },
    );
    expect(person).toEqual({ data: { person: { cases: [{ caseNumber, status: 'ACCEPTED' }] } } });
  });

  it('refuses an item the department has not authorised to the comprehensive window, changing nothing', async () => {
    const submitted = await hub.query(
      SUBMIT,
      application('e2e-unauthorised', NOT_AUTHORISED, await requiredMaterials(NOT_AUTHORISED), 'CW-LIVELIHOOD'),
      at('CW-LIVELIHOOD'),
    );
    expect(submitted.errors).toBeUndefined();
    const { caseNumber } = submitted.data.submitApplication;
    const refused = await hub.query(
      ACCEPT,
      { input: { caseNumber, windowCode: 'CW-LIVELIHOOD', clerk: CLERK } },
      at('CW-LIVELIHOOD'),
    );
    expect(refused.data).toBeNull();
    expect(refused.errors?.map(({ extensions }) => extensions.code)).toEqual(['NOT_AUTHORISED_AT_WINDOW']);
    const after = await hub.query(
      `query ($n: String!) { case(caseNumber: $n) { status events { to } } }`,
      { n: caseNumber },
      at('CW-LIVELIHOOD'),
    );
    expect(after).toEqual({ data: { case: { status: 'SUBMITTED', events: [{ to: 'SUBMITTED' }] } } });
  });

  it('joins department statistics from cases with the delegation figures from the catalogue', async () => {
    const answer = await hub.query(
      `{ departmentStats { department { code itemCount authorisedItemCount } received } }`,
      {},
      { identity: SUPERVISOR },
    );
    const forestry = answer.data.departmentStats.find(
      ({ department }: { department: { code: string } }) => department.code === '532503-LYJ',
    );
    expect(forestry).toEqual({ department: { code: '532503-LYJ', itemCount: 2, authorisedItemCount: 2 }, received: 1 });
  });

  it('answers the calendar through the graph, counting a weekend worked in exchange', async () => {
    // accepted Friday 2017-09-29; Saturday 09-30 was worked before the National Day week
    const answer = await hub.query(`{ dueDate(acceptedOn: "2017-09-29", workingDays: 2) }`);
    expect(answer).toEqual({ data: { dueDate: '2017-10-09' } });
  });

  it('reports itself ready when every subgraph is', async () => {
    const healthy = await fetch(new URL('/health/ready', hub.gateway.url));
    expect(healthy.status).toBe(200);
  });
});
