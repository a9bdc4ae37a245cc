import { CallSettings } from '../../../../adapters/kit';
import { doubleAdmin, DoubleAdmin } from '../../../../adapters/kit/mock/admin';
import { RunningDouble } from '../../../../adapters/kit/mock/start';
import { NAMED_RESIDENTS, RESIDENTS } from '../../../../adapters/kit/population';
import { PensionsClient } from '../../../../adapters/pensions';
import { DOUBLE_CREDENTIALS, startPensionsDouble } from '../../../../adapters/pensions/mock';
import { createLogger } from '../../../../lib/logger';
import { failureOf } from '../../../support/legacy-faults';

const { forestFarmer, pensionContributor, pensioner, partyMember } = NAMED_RESIDENTS;
const SETTINGS: CallSettings = {
  timeoutMs: 2000,
  retry: { attempts: 2, baseDelayMs: 10 },
  breaker: { failureThreshold: 5, resetTimeoutMs: 10_000 },
};

let double: RunningDouble;
let admin: DoubleAdmin;
const clients: PensionsClient[] = [];

function client(
  settings: Partial<CallSettings> = {},
  password: string = DOUBLE_CREDENTIALS.password,
  baseUrl = double.url,
) {
  const created = new PensionsClient({
    baseUrl,
    username: DOUBLE_CREDENTIALS.username,
    password,
    settings: { ...SETTINGS, ...settings },
    logger: createLogger('test'),
  });
  clients.push(created);
  return created;
}

const queryCount = async () => (await admin.requests('QueryPersons')).length;

beforeAll(async () => {
  double = await startPensionsDouble({ port: 0 });
  admin = doubleAdmin(double.url);
});
afterAll(() => double.stop());
beforeEach(() => admin.reset());
afterEach(() => clients.splice(0).forEach((created) => created.close()));

describe('pension client against its SOAP 1.2 double', () => {
  it('reads accounts in the standard shape, statuses mapped and bank accounts masked', async () => {
    const found = await client().findAccounts([forestFarmer.idNumber, pensioner.idNumber, partyMember.idNumber]);

    expect([...found.keys()]).toEqual([forestFarmer.idNumber, pensioner.idNumber]);
    expect(found.get(forestFarmer.idNumber)).toEqual({
      personalNumber: 'YL53250300000001',
      idNumber: '532503198001010015',
      name: '李国林',
      status: 'CONTRIBUTING',
      grade: 3,
      monthlyBenefitFen: null,
      bankName: '中国邮政储蓄银行蒙自市支行',
      bankAccountMasked: '621799*********0001',
      payments: [2023, 2024, 2025].map((year) => ({
        kind: 'CONTRIBUTION',
        period: `${year}-10`,
        amountFen: 40000,
        paidOn: `${year}-10-20`,
      })),
    });
    expect(found.get(pensioner.idNumber)).toEqual({
      personalNumber: 'YL53250300000004',
      idNumber: '532503195511200042',
      name: '张桂芬',
      status: 'RECEIVING_BENEFIT',
      grade: null,
      monthlyBenefitFen: 16850,
      bankName: '中国邮政储蓄银行蒙自市支行',
      bankAccountMasked: '621799*********0004',
      payments: ['10', '11', '12'].map((month) => ({
        kind: 'BENEFIT',
        period: `2025-${month}`,
        amountFen: 16850,
        paidOn: `2025-${month}-10`,
      })),
    });
    expect(await queryCount()).toBe(1);
  });

  it('sends a WS-Security UsernameToken in a SOAP 1.2 envelope', async () => {
    await client().findAccounts([pensionContributor.idNumber]);
    const [request] = await admin.requests('QueryPersons');
    expect(request.headers['content-type']).toMatch(/^application\/soap\+xml/);
    expect(request.body).toContain('http://www.w3.org/2003/05/soap-envelope');
    expect(request.body).toMatch(/<wsse:Username>wenlan-pension<\/wsse:Username>/);
  });

  it('looks up a page of 120 people, de-duplicated, in one QueryPersons call', async () => {
    const loader = client().accountLoader();
    const people = RESIDENTS.slice(0, 120).map((resident) => resident.idNumber);
    const results = await Promise.all([...people, pensioner.idNumber].map((id) => loader.load(id)));

    expect(results[3]?.status).toBe('RECEIVING_BENEFIT');
    expect(results[120]).toBe(results[3]);
    expect(results[2]).toBeNull(); // the party member has no pension record
    const calls = await admin.requests('QueryPersons');
    expect(calls.length).toBe(1);
    expect(calls[0].body.match(/<(?:\w+:)?AAC002>/g)?.length).toBe(120);
  });

  it('is refused with LEGACY_REJECTED FailedAuthentication for a wrong password', async () => {
    const error = await failureOf(client({}, 'wrong').findAccounts([pensioner.idNumber]));
    expect(error.extensions).toEqual({
      code: 'LEGACY_REJECTED',
      system: 'pensions',
      operation: 'QueryPersons',
      legacyCode: 'FailedAuthentication',
    });
    expect(await queryCount()).toBe(1);
  });

  it('answers LEGACY_TIMEOUT within the timeout when the system is slow or silent', async () => {
    for (const faults of [{ latencyMs: 3000 }, { timeout: true }]) {
      await admin.setFaults(faults);
      const started = Date.now();
      const error = await failureOf(client({ timeoutMs: 300 }).findAccounts([pensioner.idNumber]));
      expect(error.extensions).toEqual({ code: 'LEGACY_TIMEOUT', system: 'pensions', operation: 'QueryPersons' });
      expect(Date.now() - started).toBeLessThan(3000); // gave up at the deadline, before any answer
    }
  });

  it('retries a failing read once, then answers LEGACY_UNAVAILABLE (HTTP 500, dropped connection)', async () => {
    for (const faults of [{ errorRate: 1 }, { drop: true }]) {
      await admin.reset();
      await admin.setFaults(faults);
      const error = await failureOf(client().findAccounts([pensioner.idNumber]));
      expect(error.extensions).toEqual({ code: 'LEGACY_UNAVAILABLE', system: 'pensions', operation: 'QueryPersons' });
      expect(await queryCount()).toBe(2);
    }
  });

  it('answers LEGACY_BAD_RESPONSE to a malformed body, without retrying', async () => {
    await admin.setFaults({ malformed: true });
    const error = await failureOf(client().findAccounts([pensioner.idNumber]));
    expect(error.extensions).toEqual({ code: 'LEGACY_BAD_RESPONSE', system: 'pensions', operation: 'QueryPersons' });
    expect(await queryCount()).toBe(1);
  });

  it('opens the breaker after repeated failures and then does not call the system', async () => {
    const pensions = client({
      retry: { attempts: 1, baseDelayMs: 10 },
      breaker: { failureThreshold: 2, resetTimeoutMs: 10_000 },
    });
    await admin.setFaults({ errorRate: 1 });
    await failureOf(pensions.findAccounts([pensioner.idNumber]));
    await failureOf(pensions.findAccounts([pensioner.idNumber]));
    await admin.reset();

    const error = await failureOf(pensions.findAccounts([pensioner.idNumber]));

    expect(error.extensions).toEqual({ code: 'LEGACY_UNAVAILABLE', system: 'pensions', operation: 'QueryPersons' });
    expect(await admin.requests()).toEqual([]);
    expect(await pensions.health()).toEqual({ system: 'pensions', reachable: true, breaker: 'OPEN' });
  });
});

describe('pension double', () => {
  const envelope = (header: string) =>
    `<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope" xmlns:p="http://ylbx.mengzi.gov.cn/ws/pension">` +
    `${header}<soap:Body><p:QueryPersonsRequest><p:AAC002>${pensioner.idNumber}</p:AAC002></p:QueryPersonsRequest></soap:Body></soap:Envelope>`;

  it('refuses a request without a UsernameToken with a SOAP 1.2 Sender fault', async () => {
    const response = await fetch(`${double.url}/ws/PensionService`, {
      method: 'POST',
      headers: { 'content-type': 'application/soap+xml; charset=utf-8' },
      body: envelope(''),
    });
    const body = await response.text();
    expect(response.status).toBe(400);
    expect(body).toContain('<soap:Value>soap:Sender</soap:Value>');
    expect(body).toContain('<soap:Value>wsse:FailedAuthentication</soap:Value>');
    expect(body).not.toContain('张桂芬');
  });

  it('serves its WSDL, a SOAP 1.2 binding', async () => {
    const response = await fetch(`${double.url}/ws/PensionService?wsdl`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('xmlns:soap12="http://schemas.xmlsoap.org/wsdl/soap12/"');
    expect((await admin.requests()).map((request) => request.operation)).toEqual(['wsdl']);
  });
});
