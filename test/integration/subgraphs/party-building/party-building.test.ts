import { GraphQLAnswer, personRepresentations, postGraphQL } from '../../../support/graphql';
import { doubleAdmin, DoubleAdmin } from '../../../../adapters/kit/mock/admin';
import { RESIDENTS } from '../../../../adapters/kit/population';
import { RunningDouble } from '../../../../adapters/kit/mock/start';
import { PARTY_BUILDING_PATHS } from '../../../../adapters/party-building';
import { PARTY_BUILDING_DOUBLE_CREDENTIALS, startPartyBuildingDouble } from '../../../../adapters/party-building/mock';
import { createLogger } from '../../../../lib/logger';
import { RunningServer } from '../../../../lib/server';
import { startPartyBuilding } from '../../../../subgraphs/party-building';
import { asOfficer, KEEPERS } from '../../../support/identities';

/** 银河社区 keeps the 党建 system's records: its officer reads them. */
const COMMUNITY_OFFICER = asOfficer(KEEPERS.partyBuilding);

const PARTY_MEMBER = '532503199207040038';
const PENSION_CONTRIBUTOR = '532503196503150027';
const FARMER = '532503198001010015';
// roomy: a normal call must fit even on a busy shared CI machine
const TIMEOUT_MS = 1000;

let double: RunningDouble;
let admin: DoubleAdmin;
let subgraph: RunningServer;

function start(password: string = PARTY_BUILDING_DOUBLE_CREDENTIALS.password) {
  return startPartyBuilding({
    port: 0,
    logger: createLogger('party-building-test'),
    partyBuilding: {
      url: double.url,
      username: PARTY_BUILDING_DOUBLE_CREDENTIALS.username,
      password,
      timeoutMs: TIMEOUT_MS,
      retry: { attempts: 2, baseDelayMs: 10 },
      breaker: { failureThreshold: 100, resetTimeoutMs: 60_000 },
    },
  });
}

const PEOPLE = `query People($representations: [_Any!]!) { _entities(representations: $representations) { ...on Person {
  idNumber
  partyMembership { branchCode branchName joiningDate status duesYear duesPaid }
  civilAffairs { subsistenceAllowances { caseNumber status monthlyAmount householdSize approvalDate } }
  familyPlanning { birthRegistrations { registrationNumber childOrder registrationDate } }
} } }`;

const people = (server: RunningServer, idNumbers: string[]) =>
  postGraphQL(
    server.url,
    PEOPLE,
    { representations: personRepresentations(idNumbers) },
    { identity: COMMUNITY_OFFICER },
  );

const failures = (errors: GraphQLAnswer['errors'] = []) =>
  errors
    .map(({ path, extensions }) => ({ path: path.join('.'), code: extensions.code, system: extensions.system }))
    .sort((a, b) => a.path.localeCompare(b.path));

const nothingFor = (idNumber: string) => ({
  idNumber,
  partyMembership: null,
  civilAffairs: null,
  familyPlanning: null,
});
const failedFields = (index: number, code: string) =>
  ['civilAffairs', 'familyPlanning', 'partyMembership'].map((field) => ({
    path: `_entities.${index}.${field}`,
    code,
    system: 'party-building',
  }));

beforeAll(async () => {
  double = await startPartyBuildingDouble({ port: 0 });
  admin = doubleAdmin(double.url);
  subgraph = await start();
});
afterEach(() => admin.reset());
afterAll(async () => {
  await subgraph.stop();
  await double.stop();
});

describe('party-building subgraph over its double (real HTTP)', () => {
  it('adds party membership, civil-affairs and family-planning records to Person', async () => {
    expect(await people(subgraph, [PARTY_MEMBER, PENSION_CONTRIBUTOR, FARMER])).toEqual({
      data: {
        _entities: [
          {
            idNumber: PARTY_MEMBER,
            partyMembership: {
              branchCode: '053250300102',
              branchName: '中共蒙自市文澜镇银河社区支部委员会',
              joiningDate: '2016-07-01',
              status: 'FULL',
              duesYear: 2025,
              duesPaid: 12000,
            },
            civilAffairs: { subsistenceAllowances: [] },
            familyPlanning: {
              birthRegistrations: [
                { registrationNumber: 'SYDJ532503-2021-0008', childOrder: 1, registrationDate: '2021-03-09' },
              ],
            },
          },
          {
            idNumber: PENSION_CONTRIBUTOR,
            partyMembership: null,
            civilAffairs: {
              subsistenceAllowances: [
                {
                  caseNumber: 'DB532503-2017-0031',
                  status: 'RECEIVING',
                  monthlyAmount: 51000,
                  householdSize: 2,
                  approvalDate: '2017-09-20',
                },
              ],
            },
            familyPlanning: { birthRegistrations: [] },
          },
          {
            idNumber: FARMER,
            partyMembership: null,
            civilAffairs: { subsistenceAllowances: [] },
            familyPlanning: { birthRegistrations: [] },
          },
        ],
      },
    });
  });

  it('reads each list once per 50 people of a request', async () => {
    const sixty = RESIDENTS.slice(0, 60).map((resident) => resident.idNumber);
    const result = await people(subgraph, sixty);

    expect(result.errors).toBeUndefined();
    expect(result.data._entities).toHaveLength(60);
    for (const path of Object.values(PARTY_BUILDING_PATHS)) {
      const calls = await admin.requests(`GET ${path}`);
      expect(
        calls.map((call) => new URL(call.path, double.url).searchParams.get('idCards')!.split(',').length),
      ).toEqual([50, 10]);
    }
  });

  it('with wrong Basic credentials: null at every field and LEGACY_REJECTED, the key intact', async () => {
    const intruder = await start('not-the-password');
    try {
      const result = await people(intruder, [PARTY_MEMBER]);

      expect(result.data).toEqual({ _entities: [nothingFor(PARTY_MEMBER)] });
      expect(failures(result.errors)).toEqual(failedFields(0, 'LEGACY_REJECTED'));
    } finally {
      await intruder.stop();
    }
  });

  it('with the system down: null at its fields and LEGACY_UNAVAILABLE', async () => {
    await admin.setFaults({ drop: true });
    const result = await people(subgraph, [PARTY_MEMBER]);

    expect(result.data).toEqual({ _entities: [nothingFor(PARTY_MEMBER)] });
    expect(failures(result.errors)).toEqual(failedFields(0, 'LEGACY_UNAVAILABLE'));
  });

  it('with the system slow past its timeout: LEGACY_TIMEOUT within the timeout', async () => {
    await admin.setFaults({ latencyMs: 5000 });
    const started = Date.now();
    const result = await people(subgraph, [PARTY_MEMBER]);

    // it gave up at its deadline instead of waiting for the slow answer (no tighter bound: CI is shared)
    expect(Date.now() - started).toBeLessThan(5000);
    expect(result.data).toEqual({ _entities: [nothingFor(PARTY_MEMBER)] });
    expect(failures(result.errors)).toEqual(failedFields(0, 'LEGACY_TIMEOUT'));
  });

  it('reports the system’s reachability and breaker state at /health/ready', async () => {
    const response = await fetch(new URL('/health/ready', subgraph.url));

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      service: 'party-building',
      status: 'ok',
      legacySystems: { 'party-building': { reachable: true, breaker: 'CLOSED' } },
    });
  });
});
