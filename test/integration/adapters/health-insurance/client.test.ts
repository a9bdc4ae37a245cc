import { HealthInsuranceClient } from '../../../../adapters/health-insurance';
import { DOUBLE_CREDENTIALS, startHealthInsuranceDouble } from '../../../../adapters/health-insurance/mock';
import { CallSettings } from '../../../../adapters/kit';
import { doubleAdmin, DoubleAdmin } from '../../../../adapters/kit/mock/admin';
import { RunningDouble } from '../../../../adapters/kit/mock/start';
import { NAMED_RESIDENTS, RESIDENTS } from '../../../../adapters/kit/population';
import { createLogger } from '../../../../lib/logger';
import { failureOf } from '../../../support/legacy-faults';

const { forestFarmer, pensioner, leapDayResident, rareNameApplicant } = NAMED_RESIDENTS;
const SETTINGS: CallSettings = {
  timeoutMs: 2000,
  retry: { attempts: 2, baseDelayMs: 10 },
  breaker: { failureThreshold: 5, resetTimeoutMs: 10_000 },
};

let double: RunningDouble;
let admin: DoubleAdmin;
const clients: HealthInsuranceClient[] = [];

function client(
  settings: Partial<CallSettings> = {},
  password: string = DOUBLE_CREDENTIALS.password,
  baseUrl = double.url,
) {
  const created = new HealthInsuranceClient({
    baseUrl,
    username: DOUBLE_CREDENTIALS.username,
    password,
    settings: { ...SETTINGS, ...settings },
    logger: createLogger('test'),
  });
  clients.push(created);
  return created;
}

async function countOf(operation: string) {
  return (await admin.requests(operation)).length;
}

beforeAll(async () => {
  double = await startHealthInsuranceDouble({ port: 0 });
  admin = doubleAdmin(double.url);
});
afterAll(() => double.stop());
beforeEach(() => admin.reset());
afterEach(() => clients.splice(0).forEach((created) => created.close()));

describe('新农合 client against its double', () => {
  it('logs in once and reads enrolments in the standard shape; unknown people are absent', async () => {
    const found = await client().findEnrolments([
      pensioner.idNumber,
      leapDayResident.idNumber,
      rareNameApplicant.idNumber,
    ]);

    expect([...found.keys()]).toEqual([pensioner.idNumber, leapDayResident.idNumber]);
    expect(found.get(pensioner.idNumber)).toEqual({
      personNumber: '5325030000004',
      idNumber: '532503195511200042',
      name: '张桂芬',
      insuranceType: 'URBAN_RURAL_RESIDENT_MEDICAL',
      insuredCategory: 'ORDINARY_RESIDENT',
      status: 'ACTIVE',
      poolingArea: '532503',
      enrolledOn: '2008-01-01',
      contributions: [2024, 2025, 2026].map((year, index) => ({
        period: `${year}-01`,
        insuranceType: 'URBAN_RURAL_RESIDENT_MEDICAL',
        insuredCategory: 'ORDINARY_RESIDENT',
        personalAmountFen: [38000, 40000, 40000][index],
        subsidyFen: [64000, 67000, 70000][index],
        paidAt: `${year - 1}-10-15T10:20:00+08:00`,
        poolingArea: '532503',
        operator: '蒙自市文澜镇合管办',
      })),
      reimbursements: [
        {
          settlementNumber: 'JS2025031000017',
          hospital: '蒙自市人民医院',
          admittedOn: '2025-03-02',
          dischargedOn: '2025-03-09',
          totalCostFen: 482640,
          fundPaidFen: 337848,
          settledOn: '2025-03-10',
        },
        {
          settlementNumber: 'JS2025091200342',
          hospital: '蒙自市文澜镇卫生院',
          admittedOn: '2025-09-12',
          dischargedOn: null,
          totalCostFen: 18640,
          fundPaidFen: 9320,
          settledOn: '2025-09-12',
        },
      ],
    });
    expect(found.get(leapDayResident.idNumber)?.enrolledOn).toBe('2018-03-01');
    expect(await countOf('login')).toBe(1);
    expect(await countOf('batchQuery')).toBe(1);
  });

  it('maps code 380 (the 新农合 years) and 390 (城乡居民医保) to the standard enum', async () => {
    const farmer = (await client().findEnrolments([forestFarmer.idNumber])).get(forestFarmer.idNumber)!;
    expect(
      farmer.contributions.map(({ period, insuranceType, personalAmountFen, subsidyFen }) => [
        period,
        insuranceType,
        personalAmountFen,
        subsidyFen,
      ]),
    ).toEqual([
      ['2016-01', 'NEW_RURAL_COOPERATIVE_MEDICAL', 12000, 42000],
      ['2024-01', 'URBAN_RURAL_RESIDENT_MEDICAL', 38000, 64000],
      ['2025-01', 'URBAN_RURAL_RESIDENT_MEDICAL', 40000, 67000],
      ['2026-01', 'URBAN_RURAL_RESIDENT_MEDICAL', 40000, 70000],
    ]);
  });

  it('the loader de-duplicates and sends 120 people as 50 + 50 + 20 after one login', async () => {
    const loader = client().enrolmentLoader();
    const people = RESIDENTS.slice(0, 120).map((resident) => resident.idNumber);
    const results = await Promise.all([...people, forestFarmer.idNumber].map((id) => loader.load(id)));

    expect(results[0]?.idNumber).toBe(forestFarmer.idNumber);
    expect(results[120]).toBe(results[0]);
    expect(results[5]).toBeNull(); // the rare-name applicant has no 新农合 record
    const batches = await admin.requests('batchQuery');
    expect(batches.map((request) => JSON.parse(request.body).idCards.length)).toEqual([50, 50, 20]);
    expect(await countOf('login')).toBe(1);
  });

  it('logs in again, once, when the token has expired (expiredToken fault)', async () => {
    const hi = client();
    await hi.findEnrolments([pensioner.idNumber]);
    await admin.setFaults({ expiredToken: true });

    const found = await hi.findEnrolments([pensioner.idNumber]);

    expect(found.get(pensioner.idNumber)?.name).toBe('张桂芬');
    expect((await admin.requests()).map((request) => request.operation)).toEqual([
      'login',
      'batchQuery',
      'batchQuery',
      'login',
      'batchQuery',
    ]);
  });

  it('logs in again when the token outlived its TTL', async () => {
    const shortLived = await startHealthInsuranceDouble({ port: 0, tokenTtlMs: 50 });
    try {
      const hi = client({}, DOUBLE_CREDENTIALS.password, shortLived.url);
      await hi.findEnrolments([pensioner.idNumber]);
      await new Promise((resolve) => setTimeout(resolve, 80));
      await hi.findEnrolments([pensioner.idNumber]);
      const operations = (await doubleAdmin(shortLived.url).requests()).map((request) => request.operation);
      expect(operations).toEqual(['login', 'batchQuery', 'batchQuery', 'login', 'batchQuery']);
    } finally {
      await shortLived.stop();
    }
  });

  it('refuses wrong credentials with LEGACY_REJECTED AUTH_FAILED, without retrying', async () => {
    const error = await failureOf(client({}, 'wrong').findEnrolments([pensioner.idNumber]));
    expect(error.extensions).toEqual({
      code: 'LEGACY_REJECTED',
      system: 'health-insurance',
      operation: 'login',
      legacyCode: 'AUTH_FAILED',
    });
    expect(await countOf('login')).toBe(1);
  });

  it('answers LEGACY_TIMEOUT within the timeout when the system is slow', async () => {
    await admin.setFaults({ latencyMs: 3000 });
    const started = Date.now();
    const error = await failureOf(client({ timeoutMs: 300 }).findEnrolments([pensioner.idNumber]));
    expect(error.extensions).toEqual({ code: 'LEGACY_TIMEOUT', system: 'health-insurance', operation: 'batchQuery' });
    expect(Date.now() - started).toBeLessThan(3000); // gave up at the deadline, before any answer
  });

  it('answers LEGACY_TIMEOUT when the system never answers', async () => {
    await admin.setFaults({ timeout: true });
    const started = Date.now();
    const error = await failureOf(client({ timeoutMs: 300 }).findEnrolments([pensioner.idNumber]));
    expect(error.extensions.code).toBe('LEGACY_TIMEOUT');
    expect(Date.now() - started).toBeLessThan(3000); // gave up at the deadline, before any answer
  });

  it('retries a failing read once, then answers LEGACY_UNAVAILABLE (HTTP 500)', async () => {
    await admin.setFaults({ errorRate: 1 });
    const error = await failureOf(client().findEnrolments([pensioner.idNumber]));
    expect(error.extensions).toEqual({ code: 'LEGACY_UNAVAILABLE', system: 'health-insurance', operation: 'login' });
    expect(await countOf('login')).toBe(2);
  });

  it('answers LEGACY_UNAVAILABLE when the connection is dropped', async () => {
    await admin.setFaults({ drop: true });
    const error = await failureOf(client().findEnrolments([pensioner.idNumber]));
    expect(error.extensions).toEqual({
      code: 'LEGACY_UNAVAILABLE',
      system: 'health-insurance',
      operation: 'batchQuery',
    });
    expect(await countOf('login')).toBe(2);
  });

  it('answers LEGACY_BAD_RESPONSE to a malformed body, without retrying', async () => {
    const hi = client();
    await hi.findEnrolments([pensioner.idNumber]);
    await admin.setFaults({ malformed: true });
    await admin.clearRequests();

    const error = await failureOf(hi.findEnrolments([pensioner.idNumber]));

    expect(error.extensions).toEqual({
      code: 'LEGACY_BAD_RESPONSE',
      system: 'health-insurance',
      operation: 'batchQuery',
    });
    expect(await countOf('batchQuery')).toBe(1);
  });

  it('opens the breaker after repeated failures and then does not call the system; a probe closes it', async () => {
    const hi = client({
      retry: { attempts: 1, baseDelayMs: 10 },
      breaker: { failureThreshold: 2, resetTimeoutMs: 200 },
    });
    await admin.setFaults({ errorRate: 1 });
    await failureOf(hi.findEnrolments([pensioner.idNumber]));
    await failureOf(hi.findEnrolments([pensioner.idNumber]));
    expect((await hi.health()).breaker).toBe('OPEN');
    await admin.reset();

    const error = await failureOf(hi.findEnrolments([pensioner.idNumber]));
    expect(error.extensions).toEqual({
      code: 'LEGACY_UNAVAILABLE',
      system: 'health-insurance',
      operation: 'batchQuery',
    });
    expect(await admin.requests()).toEqual([]);

    await new Promise((resolve) => setTimeout(resolve, 250));
    expect((await hi.health()).breaker).toBe('HALF_OPEN');
    expect((await hi.findEnrolments([pensioner.idNumber])).size).toBe(1);
    expect(await hi.health()).toEqual({ system: 'health-insurance', reachable: true, breaker: 'CLOSED' });
  });

  it('reports an unreachable system in its health', async () => {
    const stopped = await startHealthInsuranceDouble({ port: 0 });
    await stopped.stop();
    expect(await client({}, DOUBLE_CREDENTIALS.password, stopped.url).health()).toEqual({
      system: 'health-insurance',
      reachable: false,
      breaker: 'CLOSED',
    });
  });
});

describe('新农合 double', () => {
  it('refuses more than 50 IDs per call with BATCH_TOO_LARGE, and calls without a token with TOKEN_INVALID', async () => {
    const login = await fetch(`${double.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(DOUBLE_CREDENTIALS),
    });
    const { token } = (await login.json()) as { token: string };
    const query = (headers: Record<string, string>, count: number) =>
      fetch(`${double.url}/api/v1/insured/batch-query`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ idCards: RESIDENTS.slice(0, count).map((resident) => resident.idNumber) }),
      });

    const tooMany = await query({ 'x-auth-token': token }, 51);
    expect([tooMany.status, await tooMany.json()]).toEqual([
      400,
      { errorCode: 'BATCH_TOO_LARGE', message: '每次最多查询50人' },
    ]);
    const anonymous = await query({}, 1);
    expect([anonymous.status, await anonymous.json()]).toEqual([
      401,
      { errorCode: 'TOKEN_INVALID', message: '令牌无效，请重新登录' },
    ]);
  });

  it('serves its OpenAPI contract', async () => {
    const contract = await fetch(`${double.url}/contract/openapi.yaml`);
    expect(contract.status).toBe(200);
    expect(await contract.text()).toContain('/api/v1/insured/batch-query:');
  });
});
