import { createForestryHarvestClient } from '../../../adapters/forestry-harvest/client';
import { HARVEST_SERVICE_PATH, startForestryHarvestDouble } from '../../../adapters/forestry-harvest/mock';
import { startForestryLandUseDouble } from '../../../adapters/forestry-land-use/mock';
import { CONTENT_TYPE, decodeDocument, encodeDocument, QUERY_PATH } from '../../../adapters/forestry-land-use/wire';
import { startForestryTransportDouble } from '../../../adapters/forestry-transport/mock';
import { RunningDouble } from '../../../adapters/kit/mock/start';
import { controlDouble, DoubleControl } from '../../../adapters/kit/mock/testing';
import { NAMED_ENTERPRISES, NAMED_RESIDENTS } from '../../../adapters/kit/population';
import { createLogger } from '../../../lib/logger';

const { forestFarmer, rareNameApplicant } = NAMED_RESIDENTS;
const { timberCompany } = NAMED_ENTERPRISES;
const HARVEST_NS = 'http://lyj.mengzi.gov.cn/lmcf/xkz';
/** The transport system's query endpoint, as its contract names it. */
const TRANSPORT_QUERY_PATH = '/api/ysz/query';

/** A permit in the harvest system's own shape (XKZ), as a stub answers it. */
const permit = (ZT: string) => ({
  XKZH: 'CF2026-0101',
  SFZH: rareNameApplicant.idNumber,
  SQR: rareNameApplicant.name,
  CFDD: '蒙自市文澜镇草坝村 集体林 3林班2小班',
  SZ: 'SM',
  CFFS: 'ZF',
  CFMJ: '0.8000',
  CFXJ: '12.500',
  PZRQ: '2026-03-02',
  GXRQ: '2027-03-31',
  ZT,
});
const cxxkzAnswer = (ZT: string) => ({
  CXXKZResponse: { '@xmlns': HARVEST_NS, FHDM: '0', FHXX: '成功', XKZ: [permit(ZT)] },
});
const expectedPermit = (status: string) => ({
  permitNumber: 'CF2026-0101',
  holderId: rareNameApplicant.idNumber,
  holderName: '龚䶮𠀋',
  location: '蒙自市文澜镇草坝村 集体林 3林班2小班',
  species: 'CHINESE_FIR',
  method: 'SELECTIVE',
  area: 8000,
  approvedVolume: 12500,
  approvalDate: '2026-03-02',
  restockingDueDate: '2027-03-31',
  status,
});

let harvest: RunningDouble;
let transport: RunningDouble;
let landUse: RunningDouble;
let harvestControl: DoubleControl;
let transportControl: DoubleControl;
let landUseControl: DoubleControl;

beforeAll(async () => {
  [harvest, transport, landUse] = await Promise.all([
    startForestryHarvestDouble({ port: 0 }),
    startForestryTransportDouble({ port: 0 }),
    startForestryLandUseDouble({ port: 0 }),
  ]);
  [harvestControl, transportControl, landUseControl] = [harvest, transport, landUse].map(controlDouble);
});
afterAll(() => Promise.all([harvest, transport, landUse].map((double) => double.stop())));
afterEach(() => Promise.all([harvestControl, transportControl, landUseControl].map((control) => control.reset())));

const queryTransport = async (body: unknown) => {
  const response = await fetch(`${transport.url}${TRANSPORT_QUERY_PATH}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as any };
};
const outage = { code: '9999', msg: '系统维护中', data: null };

describe('stubs on a SOAP double', () => {
  const client = () =>
    createForestryHarvestClient({
      url: `${harvest.url}${HARVEST_SERVICE_PATH}`,
      logger: createLogger('test'),
      timeoutMs: 2000,
      retry: { attempts: 1, baseDelayMs: 10 },
      breaker: { failureThreshold: 5, resetTimeoutMs: 10_000 },
    });

  it('answers a SOAP operation with the envelope of its version, read by the real adapter', async () => {
    await harvestControl.stub({
      request: {
        operation: 'CXXKZ',
        bodyPatterns: [{ matchesXPath: { expression: '//CXXKZ/SFZH', equalTo: rareNameApplicant.idNumber } }],
      },
      response: { soapBody: cxxkzAnswer('1') },
    });
    const adapter = client();
    try {
      const found = await adapter.permitsByHolder([rareNameApplicant.idNumber, forestFarmer.idNumber]);
      // the stub answers the whole call: the farmer's seeded permits are not in its answer
      expect(Object.fromEntries(found)).toEqual({
        [rareNameApplicant.idNumber]: [expectedPermit('VALID')],
        [forestFarmer.idNumber]: [],
      });
      const seeded = await adapter.permitsByHolder([forestFarmer.idNumber]);
      expect(seeded.get(forestFarmer.idNumber)!.map((p) => p.permitNumber)).toEqual(['CF2019-0001', 'CF2020-0002']);
    } finally {
      adapter.caller.close();
    }
  });

  it('plays a scenario: the permit a lookup answers changes after the submission', async () => {
    const scenarioName = 'permit-renewal';
    const lookup = {
      operation: 'CXXKZ',
      bodyPatterns: [{ matchesXPath: { expression: '//SFZH', equalTo: rareNameApplicant.idNumber } }],
    };
    await harvestControl.stub({
      scenarioName,
      requiredScenarioState: 'Started',
      request: lookup,
      response: { soapBody: cxxkzAnswer('3') },
    });
    await harvestControl.stub({
      scenarioName,
      newScenarioState: 'Renewed',
      request: { method: 'POST', bodyPatterns: [{ matchesXPath: '//Body/SBSQ' }] },
      response: { soapBody: { SBSQResponse: { '@xmlns': HARVEST_NS, FHDM: '0', FHXX: '成功', SLBH: 'SL2026-0042' } } },
    });
    await harvestControl.stub({
      scenarioName,
      requiredScenarioState: 'Renewed',
      request: lookup,
      response: { soapBody: cxxkzAnswer('1') },
    });
    const adapter = client();
    try {
      expect((await adapter.permitsByHolder([rareNameApplicant.idNumber])).get(rareNameApplicant.idNumber)).toEqual([
        expectedPermit('EXPIRED'),
      ]);
      expect(await harvestControl.scenario(scenarioName).state()).toBe('Started');

      const submission = await fetch(`${harvest.url}${HARVEST_SERVICE_PATH}`, {
        method: 'POST',
        headers: { 'content-type': 'text/xml; charset=utf-8', soapaction: 'SBSQ' },
        body:
          `<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>` +
          `<SBSQ xmlns="${HARVEST_NS}"><WBBH>MZ2026-000042</WBBH><SFZH>${rareNameApplicant.idNumber}</SFZH></SBSQ>` +
          `</soap:Body></soap:Envelope>`,
      });
      expect([submission.status, submission.headers.get('content-type'), await submission.text()]).toEqual([
        200,
        'text/xml; charset=utf-8',
        '<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">' +
          `<soap:Body><SBSQResponse xmlns="${HARVEST_NS}"><FHDM>0</FHDM><FHXX>成功</FHXX><SLBH>SL2026-0042</SLBH>` +
          '</SBSQResponse></soap:Body></soap:Envelope>',
      ]);
      expect(await harvestControl.scenario(scenarioName).state()).toBe('Renewed');
      expect((await adapter.permitsByHolder([rareNameApplicant.idNumber])).get(rareNameApplicant.idNumber)).toEqual([
        expectedPermit('VALID'),
      ]);
      expect(await harvestControl.admin.scenarios()).toEqual([
        { name: scenarioName, state: 'Renewed', possibleStates: ['Started', 'Renewed'] },
      ]);
      await harvestControl.verify({ operation: 'CXXKZ' }, 2);
    } finally {
      adapter.caller.close();
    }
  });
});

describe('stubs on a JSON double', () => {
  it('matches a body field, and leaves every other request to the seeded behaviour', async () => {
    await transportControl.stub({
      request: {
        method: 'POST',
        urlPath: TRANSPORT_QUERY_PATH,
        bodyPatterns: [{ matchesJsonPath: { expression: '$.hzzjhm', equalTo: timberCompany.creditCode } }],
      },
      response: { jsonBody: outage },
    });
    expect(await queryTransport({ hzzjhm: [forestFarmer.idNumber, timberCompany.creditCode] })).toEqual({
      status: 200,
      body: outage,
    });
    const seeded = await queryTransport({ hzzjhm: [forestFarmer.idNumber] });
    expect([seeded.body.code, seeded.body.data.list.map((p: { yszh: string }) => p.yszh)]).toEqual([
      '0000',
      ['YS2019-0001', 'YS2019-0002', 'YS2020-0003'],
    ]);
  });

  it('removes a stub at run time', async () => {
    const stub = await transportControl.stub({
      request: { urlPath: TRANSPORT_QUERY_PATH },
      response: { jsonBody: outage },
    });
    expect((await queryTransport({ hzzjhm: [forestFarmer.idNumber] })).body).toEqual(outage);
    expect((await transportControl.admin.stubs()).map((s) => s.id)).toEqual([stub.id]);

    await stub.remove();
    expect((await transportControl.admin.stubs()).length).toBe(0);
    expect((await queryTransport({ hzzjhm: [forestFarmer.idNumber] })).body.code).toBe('0000');
    const missing = await fetch(`${transport.url}/__admin/mappings/${stub.id}`, { method: 'DELETE' });
    expect(missing.status).toBe(404);
  });

  it('lets the stub of highest priority answer, and of equal priority the newest', async () => {
    const answer = (msg: string) => ({ jsonBody: { code: '0000', msg, data: { total: 0, list: [] } } });
    await transportControl.stub({
      priority: 1,
      request: { urlPath: TRANSPORT_QUERY_PATH },
      response: answer('first, priority 1'),
    });
    await transportControl.stub({ request: { urlPath: TRANSPORT_QUERY_PATH }, response: answer('later, priority 5') });
    expect((await queryTransport({ hzzjhm: [forestFarmer.idNumber] })).body.msg).toBe('first, priority 1');

    await transportControl.stub({
      priority: 1,
      request: { urlPath: TRANSPORT_QUERY_PATH },
      response: answer('newest, priority 1'),
    });
    expect((await queryTransport({ hzzjhm: [forestFarmer.idNumber] })).body.msg).toBe('newest, priority 1');
    expect((await transportControl.admin.stubs()).map((s) => [s.priority, s.response.jsonBody])).toEqual([
      [1, answer('newest, priority 1').jsonBody],
      [1, answer('first, priority 1').jsonBody],
      [5, answer('later, priority 5').jsonBody],
    ]);
  });

  it('verifies what was called, with what, how often', async () => {
    await queryTransport({ hzzjhm: [forestFarmer.idNumber] });
    await queryTransport({ hzzjhm: [timberCompany.creditCode] });
    await queryTransport({ cfxkzh: ['CF2019-0001'], hzzjhm: [forestFarmer.idNumber] });
    await fetch(`${transport.url}/api/ysz/other`);

    const byFarmer = {
      bodyPatterns: [{ matchesJsonPath: { expression: '$.hzzjhm[0]', equalTo: forestFarmer.idNumber } }],
    };
    expect(await transportControl.admin.count({ operation: 'queryTransportPermits' })).toBe(3);
    expect(await transportControl.admin.count(byFarmer)).toBe(2);
    expect(await transportControl.admin.count({ method: 'GET', urlPathPattern: '/api/ysz/.*' })).toBe(1);
    expect(await transportControl.admin.count({ bodyPatterns: [{ matchesJsonPath: '$.cfxkzh' }] })).toBe(1);
    expect((await transportControl.verify(byFarmer, 2)).map(({ sequence, body }) => ({ sequence, body }))).toEqual([
      { sequence: 1, body: `{"hzzjhm":["${forestFarmer.idNumber}"]}` },
      { sequence: 3, body: `{"cfxkzh":["CF2019-0001"],"hzzjhm":["${forestFarmer.idNumber}"]}` },
    ]);
    await expect(transportControl.verify({ operation: 'queryTransportPermits' }, 1)).rejects.toThrow(
      'expected 1 request(s) matching {"operation":"queryTransportPermits"}, found 3; received:\n' +
        '  #1 POST /api/ysz/query (queryTransportPermits)\n' +
        '  #2 POST /api/ysz/query (queryTransportPermits)\n' +
        '  #3 POST /api/ysz/query (queryTransportPermits)\n' +
        '  #4 GET /api/ysz/other (GET /api/ysz/other)',
    );
  });

  it('refuses an invalid stub with the reason', async () => {
    const response = await fetch(`${transport.url}/__admin/mappings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ request: { verb: 'POST' }, response: { body: 'x', jsonBody: {} } }),
    });
    const answer = (await response.json()) as { issues: { message: string }[] };
    expect([response.status, answer.issues.map((issue: { message: string }) => issue.message)]).toEqual([
      400,
      ['Unrecognized key: "verb"', 'give the body once: body, jsonBody, xmlBody or soapBody'],
    ]);
  });
});

describe('stubs on a GBK XML double', () => {
  it('matches an element value and answers in the system charset', async () => {
    const record = {
      SHWH: 'LD2026-0007',
      ZJHM: rareNameApplicant.idNumber,
      SQR: rareNameApplicant.name,
      XMMC: '草坝村护林站建设',
      LDDD: '蒙自市文澜镇草坝村 5林班1小班',
      SYMJ: '0.1200',
      YDXZ: '01',
      ZBHFF: '02',
      SHRQ: '20260210',
      ZT: '1',
    };
    await landUseControl.stub({
      request: {
        operation: 'LDSHCX',
        bodyPatterns: [{ matchesXPath: { expression: '//ZJHM', equalTo: rareNameApplicant.idNumber } }],
      },
      response: { xmlBody: { LDSHJG: { JGDM: '0', JGXX: '成功', SHJL: [record] } } },
    });
    const response = await fetch(`${landUse.url}${QUERY_PATH}`, {
      method: 'POST',
      headers: { 'content-type': CONTENT_TYPE },
      body: encodeDocument({ LDSHCX: { ZJHM: [rareNameApplicant.idNumber] } }),
    });
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([response.headers.get('content-type'), bytes.subarray(0, 38).toString('latin1')]).toEqual([
      'text/xml; charset=GBK',
      '<?xml version="1.0" encoding="GBK"?><L',
    ]);
    expect(decodeDocument(bytes, CONTENT_TYPE, ['SHJL'])).toEqual({
      '?xml': { '@version': '1.0', '@encoding': 'GBK' },
      LDSHJG: { JGDM: '0', JGXX: '成功', SHJL: [record] },
    });
    expect(
      await landUseControl.admin.count({ operation: 'LDSHCX', bodyPatterns: [{ matchesXPath: '//LDSHCX/ZJHM' }] }),
    ).toBe(1);
  });
});
