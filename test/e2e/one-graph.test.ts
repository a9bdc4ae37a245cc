import { NAMED_ENTERPRISES, NAMED_RESIDENTS, RESIDENTS } from '../../adapters/kit/population';
import { doubleAdmin } from '../../adapters/kit/mock/admin';
import { startTestHub, TestHub } from '../support/hub';
import { asCitizen, asClerk } from '../support/identities';

// The mission in one file: one identity number, one query through the gateway, every department.
const FARMER = NAMED_RESIDENTS.forestFarmer.idNumber;
/** The farmer reads their own records; the town's 新农合 window clerk (文澜镇's own) reads its applicants'. */
const AS_FARMER = { identity: asCitizen(FARMER) };
const TOWN_CLERK = { identity: { ...asClerk('DW-WL-XNH', '窗口一'), departmentCode: '532503001-ZF' } };

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub('one_graph');
}, 60_000);
afterAll(() => hub.stop());
afterEach(() => Promise.all(Object.values(hub.doubles).map((double) => doubleAdmin(double.url).reset())));

const PERSON = `query Person($idNumber: String!) {
  person(idNumber: $idNumber) {
    idNumber
    healthInsurance { insuranceType status }
    pension { status }
    partyMembership { branchName }
    civilAffairs { subsistenceAllowances { status } }
    forestryPermits {
      harvestPermits { permitNumber transportPermits { permitNumber } }
      landUseApprovals { approvalNumber }
    }
    cases { caseNumber }
  }
}`;

describe('one identity number, one query, every department', () => {
  it('joins all four department subgraphs and cases for the forest farmer', async () => {
    expect(await hub.query(PERSON, { idNumber: FARMER }, AS_FARMER)).toEqual({
      data: {
        person: {
          idNumber: FARMER,
          healthInsurance: { insuranceType: 'URBAN_RURAL_RESIDENT_MEDICAL', status: 'ACTIVE' },
          pension: { status: 'CONTRIBUTING' },
          partyMembership: null,
          civilAffairs: { subsistenceAllowances: [] },
          forestryPermits: {
            harvestPermits: [
              {
                permitNumber: 'CF2019-0001',
                transportPermits: [{ permitNumber: 'YS2019-0001' }, { permitNumber: 'YS2019-0002' }],
              },
              { permitNumber: 'CF2020-0002', transportPermits: [{ permitNumber: 'YS2020-0003' }] },
            ],
            landUseApprovals: [],
          },
          cases: [],
        },
      },
    });
  });

  it('refuses an ID number with a bad checksum, naming the argument', async () => {
    const answer = await hub.query(PERSON, { idNumber: '532503198001010016' }, AS_FARMER);
    expect(answer.data).toEqual({ person: null });
    expect(answer.errors?.map(({ extensions }) => extensions)).toEqual([
      { code: 'BAD_USER_INPUT', field: 'idNumber', problem: 'CHECKSUM', serviceName: 'cases' },
    ]);
  });

  it('with the pension system down: null at pension, the exact error, everything else intact', async () => {
    await doubleAdmin(hub.doubles.pensions.url).setFaults({ drop: true });
    const answer = await hub.query(PERSON, { idNumber: FARMER }, AS_FARMER);
    expect(answer.data?.person.pension).toBeNull();
    expect(answer.data?.person.healthInsurance).toEqual({
      insuranceType: 'URBAN_RURAL_RESIDENT_MEDICAL',
      status: 'ACTIVE',
    });
    expect(answer.data?.person.forestryPermits.harvestPermits).toHaveLength(2);
    expect(
      answer.errors?.map(({ path, extensions }) => ({ path, code: extensions.code, system: extensions.system })),
    ).toEqual([{ path: ['person', 'pension'], code: 'LEGACY_UNAVAILABLE', system: 'pensions' }]);
  });

  it('shows an enterprise’s forestry records through its credit code', async () => {
    const answer = await hub.query(
      `query ($creditCode: String!) { enterprise(creditCode: $creditCode) { creditCode forestryPermits { harvestPermits { permitNumber precedingLandUseApprovals { approvalNumber } } } } }`,
      { creditCode: NAMED_ENTERPRISES.timberCompany.creditCode },
      { identity: asCitizen(NAMED_ENTERPRISES.timberCompany.creditCode) },
    );
    expect(answer).toEqual({
      data: {
        enterprise: {
          creditCode: '91532503MA6K123404',
          forestryPermits: {
            harvestPermits: [
              { permitNumber: 'CF2019-0003', precedingLandUseApprovals: [{ approvalNumber: 'LD2018-0001' }] },
            ],
          },
        },
      },
    });
  });
});

describe('a page of cases with each applicant’s insurance and pension', () => {
  const ITEM = 'GG00015000-532503001'; // 新型农村合作医疗参保登记, at the town's 新农合 window
  const APPLICANTS = RESIDENTS.slice(0, 60);

  beforeAll(async () => {
    const item = await hub.query(`{ serviceItem(code: "${ITEM}") { materials { code required } } }`);
    const materials = item.data.serviceItem.materials.map(({ code }: { code: string }) => code);
    for (const [index, resident] of APPLICANTS.entries()) {
      const answer = await hub.query(
        `mutation ($input: SubmitApplicationInput!) { submitApplication(input: $input) { status } }`,
        {
          input: {
            idempotencyKey: `page-${index}`,
            itemCode: ITEM,
            applicant: { type: 'PERSON', name: resident.name, idNumber: resident.idNumber },
            channel: 'WINDOW',
            windowCode: 'DW-WL-XNH',
            clerk: '窗口一',
            materials,
          },
        },
        TOWN_CLERK,
      );
      expect(answer).toEqual({ data: { submitApplication: { status: 'SUBMITTED' } } });
    }
  }, 60_000);

  it('makes one pension call and ceil(50/50) = 1 新农合 call for 50 applicants', async () => {
    const answer = await hub.query(
      `{ cases(first: 50) { totalCount nodes { person { idNumber healthInsurance { status } pension { status } } } } }`,
      {},
      TOWN_CLERK,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data.cases.totalCount).toBe(60);
    expect(answer.data.cases.nodes.map(({ person }: { person: { idNumber: string } }) => person.idNumber)).toEqual(
      APPLICANTS.slice(0, 50).map((resident) => resident.idNumber),
    );
    expect(await doubleAdmin(hub.doubles.pensions.url).requests()).toHaveLength(1);
    expect(await doubleAdmin(hub.doubles['health-insurance'].url).requests('batchQuery')).toHaveLength(1);
  });
});
