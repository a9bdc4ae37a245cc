import { GraphQLAnswer, personRepresentations, postGraphQL } from '../../../support/graphql';
import { DOUBLE_CREDENTIALS, startHealthInsuranceDouble } from '../../../../adapters/health-insurance/mock';
import { INSURED } from '../../../../adapters/health-insurance/mock/seed';
import { doubleAdmin, DoubleAdmin } from '../../../../adapters/kit/mock/admin';
import { RunningDouble } from '../../../../adapters/kit/mock/start';
import { NAMED_RESIDENTS, RESIDENTS } from '../../../../adapters/kit/population';
import { createLogger } from '../../../../lib/logger';
import { RunningServer } from '../../../../lib/server';
import { startHealthInsurance } from '../../../../subgraphs/health-insurance';
import { asOfficer, KEEPERS } from '../../../support/identities';

/** 文澜镇 keeps the 新农合 system: its officer reads anyone's enrolment. */
const TOWN_OFFICER = asOfficer(KEEPERS.healthInsurance);

const { leapDayResident, rareNameApplicant, pensionContributor } = NAMED_RESIDENTS;
// roomy: a normal call must fit even on a busy shared CI machine
const TIMEOUT_MS = 1000;

let double: RunningDouble;
let admin: DoubleAdmin;
let subgraph: RunningServer;

const ENTITIES = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on Person { idNumber healthInsurance { %s } } }
}`;

const entities = (idNumbers: string[], selection: string) =>
  postGraphQL(
    subgraph.url,
    ENTITIES.replace('%s', selection),
    { representations: personRepresentations(idNumbers) },
    { identity: TOWN_OFFICER },
  );

const pathsAndExtensions = (errors: GraphQLAnswer['errors'] = []) =>
  errors.map(({ path, extensions }) => ({ path, extensions }));

beforeAll(async () => {
  double = await startHealthInsuranceDouble({ port: 0 });
  admin = doubleAdmin(double.url);
  subgraph = await startHealthInsurance({
    port: 0,
    logger: createLogger('test'),
    client: {
      baseUrl: double.url,
      ...DOUBLE_CREDENTIALS,
      settings: {
        timeoutMs: TIMEOUT_MS,
        retry: { attempts: 2, baseDelayMs: 10 },
        breaker: { failureThreshold: 100, resetTimeoutMs: 10_000 },
      },
    },
  });
});
afterAll(async () => {
  await subgraph.stop();
  await double.stop();
});
beforeEach(() => admin.reset());

describe('health-insurance subgraph over HTTP', () => {
  it('contributes Person.healthInsurance: the standard record, null for a person not enrolled', async () => {
    const result = await entities(
      [leapDayResident.idNumber, rareNameApplicant.idNumber, pensionContributor.idNumber],
      'insuranceType insuredCategory status enrolledOn contributions { period insuranceType personalAmountFen subsidyFen paidAt } reimbursements { settlementNumber }',
    );

    expect(result).toEqual({
      data: {
        _entities: [
          {
            idNumber: leapDayResident.idNumber,
            healthInsurance: {
              insuranceType: 'URBAN_RURAL_RESIDENT_MEDICAL',
              insuredCategory: 'ORDINARY_RESIDENT',
              status: 'ACTIVE',
              enrolledOn: '2018-03-01',
              contributions: [
                {
                  period: '2025-01',
                  insuranceType: 'URBAN_RURAL_RESIDENT_MEDICAL',
                  personalAmountFen: 40000,
                  subsidyFen: 67000,
                  paidAt: '2024-10-15T02:20:00.000Z',
                },
                {
                  period: '2026-01',
                  insuranceType: 'URBAN_RURAL_RESIDENT_MEDICAL',
                  personalAmountFen: 40000,
                  subsidyFen: 70000,
                  paidAt: '2025-10-15T02:20:00.000Z',
                },
              ],
              reimbursements: [],
            },
          },
          { idNumber: rareNameApplicant.idNumber, healthInsurance: null },
          {
            idNumber: pensionContributor.idNumber,
            healthInsurance: {
              insuranceType: 'URBAN_RURAL_RESIDENT_MEDICAL',
              insuredCategory: 'SUBSISTENCE_ALLOWANCE',
              status: 'ACTIVE',
              enrolledOn: '2008-01-01',
              contributions: [
                {
                  period: '2024-01',
                  insuranceType: 'URBAN_RURAL_RESIDENT_MEDICAL',
                  personalAmountFen: 0,
                  subsidyFen: 102000,
                  paidAt: '2023-10-15T02:20:00.000Z',
                },
                {
                  period: '2025-01',
                  insuranceType: 'URBAN_RURAL_RESIDENT_MEDICAL',
                  personalAmountFen: 0,
                  subsidyFen: 107000,
                  paidAt: '2024-10-15T02:20:00.000Z',
                },
                {
                  period: '2026-01',
                  insuranceType: 'URBAN_RURAL_RESIDENT_MEDICAL',
                  personalAmountFen: 0,
                  subsidyFen: 110000,
                  paidAt: '2025-10-15T02:20:00.000Z',
                },
              ],
              reimbursements: [],
            },
          },
        ],
      },
    });
  });

  it('resolves 120 people with 3 calls to 新农合 (50 + 50 + 20)', async () => {
    const people = RESIDENTS.slice(0, 120).map((resident) => resident.idNumber);
    const result = await entities(people, 'idNumber');

    expect(result).toEqual({
      data: {
        _entities: people.map((idNumber) => ({
          idNumber,
          healthInsurance: INSURED.has(idNumber) ? { idNumber } : null,
        })),
      },
    });
    expect((await admin.requests('batchQuery')).map((request) => JSON.parse(request.body).idCards.length)).toEqual([
      50, 50, 20,
    ]);
  });

  it('answers null at the path and LEGACY_TIMEOUT when 新农合 is slow, within the timeout', async () => {
    await admin.setFaults({ latencyMs: 5000 });
    const started = Date.now();
    const result = await entities([leapDayResident.idNumber], 'status');

    // it gave up at its deadline instead of waiting for the slow answer (no tighter bound: CI is shared)
    expect(Date.now() - started).toBeLessThan(5000);
    expect(result.data).toEqual({ _entities: [{ idNumber: leapDayResident.idNumber, healthInsurance: null }] });
    expect(pathsAndExtensions(result.errors)).toEqual([
      {
        path: ['_entities', 0, 'healthInsurance'],
        extensions: { code: 'LEGACY_TIMEOUT', system: 'health-insurance', operation: 'batchQuery' },
      },
    ]);
  });

  it('answers null at the path and LEGACY_BAD_RESPONSE when 新农合 answers garbage', async () => {
    await admin.setFaults({ malformed: true });
    const result = await entities([leapDayResident.idNumber], 'status');

    expect(result.data).toEqual({ _entities: [{ idNumber: leapDayResident.idNumber, healthInsurance: null }] });
    expect(pathsAndExtensions(result.errors)).toEqual([
      {
        path: ['_entities', 0, 'healthInsurance'],
        extensions: { code: 'LEGACY_BAD_RESPONSE', system: 'health-insurance', operation: 'batchQuery' },
      },
    ]);
  });

  it('reports the 新农合 system on /health/ready', async () => {
    const response = await fetch(new URL('/health/ready', subgraph.url));
    expect([response.status, await response.json()]).toEqual([
      200,
      {
        service: 'health-insurance',
        status: 'ok',
        legacySystems: { 'health-insurance': { reachable: true, breaker: 'CLOSED' } },
      },
    ]);
  });
});
