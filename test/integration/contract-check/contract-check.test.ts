import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startForestryHarvestDouble } from '../../../adapters/forestry-harvest/mock';
import { startForestryLandUseDouble } from '../../../adapters/forestry-land-use/mock';
import { startForestryTransportDouble } from '../../../adapters/forestry-transport/mock';
import { controlDouble } from '../../../adapters/kit/mock/testing';
import { RunningDouble } from '../../../adapters/kit/mock/start';
import { NAMED_RESIDENTS } from '../../../adapters/kit/population';
import { repoRoot } from '../../../lib/paths';
import { checkContract, Probe, runContractCheck } from '../../../scripts/contract-check';

// The contract check against the doubles standing in for real systems, one per dialect: a faithful
// double conforms; a stub that breaks the contract is reported, difference by difference.
const { forestFarmer } = NAMED_RESIDENTS;
const ID = forestFarmer.idNumber;

const PROBES: Record<string, Probe[]> = {
  'forestry-harvest': [{ operation: 'CXXKZ', request: { SFZH: [ID] } }],
  'forestry-transport': [
    { operation: 'queryTransportPermits', method: 'POST', path: '/api/ysz/query', body: { hzzjhm: [ID] } },
  ],
  'forestry-land-use': [
    {
      operation: 'LDSHCX',
      path: '/lysh/cx',
      body: { LDSHCX: { ZJHM: [ID] } },
      headers: { 'content-type': 'text/xml; charset=GBK' },
    },
  ],
};

/** A 审核记录 as the XSD has it. */
const LAND_USE_RECORD = {
  SHWH: '蒙林审〔2025〕1号',
  ZJHM: ID,
  SQR: '李**',
  XMMC: '文澜镇草坝村道路建设项目',
  LDDD: '草坝村',
  SYMJ: '0.5000',
  YDXZ: '1',
  ZBHFF: '1000.00',
  SHRQ: '2025/3/4',
  ZT: '01',
};

let harvest: RunningDouble;
let transport: RunningDouble;
let landUse: RunningDouble;

beforeAll(async () => {
  [harvest, transport, landUse] = await Promise.all([
    startForestryHarvestDouble({ port: 0 }),
    startForestryTransportDouble({ port: 0 }),
    startForestryLandUseDouble({ port: 0 }),
  ]);
});
afterAll(() => Promise.all([harvest, transport, landUse].map((double) => double.stop())));
afterEach(() => Promise.all([harvest, transport, landUse].map((double) => controlDouble(double).reset())));

const check = (system: string, url: string) => checkContract({ system, url, probes: PROBES[system] });

describe('npm run contract:check against faithful doubles', () => {
  it('SOAP: the published WSDL and the CXXKZ answer match the WSDL', async () => {
    expect(await check('forestry-harvest', `${harvest.url}/lmcf/xkz`)).toEqual({
      system: 'forestry-harvest',
      url: `${harvest.url}/lmcf/xkz`,
      contract: 'adapters/forestry-harvest/contract/harvest-permits.wsdl',
      published: [],
      probes: [{ operation: 'CXXKZ', differences: [] }],
      ok: true,
    });
  });

  it('REST: the answer matches the OpenAPI response schema', async () => {
    expect(await check('forestry-transport', transport.url)).toMatchObject({
      probes: [{ operation: 'queryTransportPermits', differences: [] }],
      ok: true,
    });
  });

  it('XML: the GBK answer matches the XSD', async () => {
    expect(await check('forestry-land-use', landUse.url)).toMatchObject({
      probes: [{ operation: 'LDSHCX', differences: [] }],
      ok: true,
    });
  });
});

describe('npm run contract:check against stubs that break the contract', () => {
  it('SOAP: elements missing, added and repeated, and a published WSDL that renamed one', async () => {
    const double = controlDouble(harvest);
    await double.stub({
      request: { operation: 'CXXKZ' },
      response: {
        soapBody: {
          CXXKZResponse: {
            '@xmlns': 'http://lyj.mengzi.gov.cn/lmcf/xkz',
            FHDM: ['0', '0'],
            XKZ: [
              {
                XKZH: 'CF2026-0101',
                SFZH: ID,
                SQR: '李**',
                CFDD: '三道桥村',
                SZ: '01',
                CFFS: '1',
                CFMJ: '1.5000',
                CFXJ: '12.000',
                PZRQ: '2026-01-05',
                GXRQ: '2027-01-05',
                ZTDM: '1',
              },
            ],
          },
        },
      },
    });
    const wsdl = readFileSync(join(repoRoot(), 'adapters/forestry-harvest/contract/harvest-permits.wsdl'), 'utf8');
    await double.stub({
      request: { method: 'GET', urlPath: '/lmcf/xkz' },
      response: {
        body: wsdl.replace('<xs:element name="ZT" type="xs:string"/>', '<xs:element name="ZTDM" type="xs:string"/>'),
      },
    });

    expect(await check('forestry-harvest', `${harvest.url}/lmcf/xkz`)).toMatchObject({
      published: [
        'CXXKZ output CXXKZResponse/XKZ/ZT: in the contract, not published',
        'CXXKZ output CXXKZResponse/XKZ/ZTDM: published, not in the contract',
      ],
      probes: [
        {
          operation: 'CXXKZ',
          differences: [
            '/CXXKZResponse/FHDM: 2 of them (the contract allows at most 1)',
            '/CXXKZResponse/FHXX: missing (the contract requires at least 1)',
            '/CXXKZResponse/XKZ[0]/ZT: missing (the contract requires at least 1)',
            '/CXXKZResponse/XKZ[0]/ZTDM: not in the contract',
          ],
        },
      ],
      ok: false,
    });
  });

  it('REST: a code outside the enum, a missing field, a wrong type and a bad pattern', async () => {
    await controlDouble(transport).stub({
      request: { operation: 'queryTransportPermits' },
      response: {
        jsonBody: {
          code: '0',
          msg: '成功',
          data: {
            total: '1',
            list: [
              {
                yszh: 'YS-1',
                cfxkzh: 'CF-1',
                hzmc: '李**',
                hzzjhm: ID,
                sz: '云南松',
                ysl: '3.5',
                qyd: 'A',
                mdd: 'B',
                qfrq: '2019-01-05',
                yxqz: '20190110',
              },
            ],
          },
        },
      },
    });

    expect(await check('forestry-transport', transport.url)).toMatchObject({
      probes: [
        {
          operation: 'queryTransportPermits',
          differences: [
            '$.code: "0" is not one of "0000", "1001", "1002", "1004", "1005", "9999"',
            '$.data.total: string, the contract says integer',
            '$.data.list[0].zt: missing (required by the contract)',
            '$.data.list[0].ysl: "3.5" does not match ^\\d+\\.\\d{3}$',
            '$.data.list[0].qfrq: "2019-01-05" does not match ^\\d{8}$',
          ],
        },
      ],
      ok: false,
    });
  });

  it('XML: a value against its simple type, an unknown element, and an unknown root', async () => {
    const double = controlDouble(landUse);
    const record = {
      SHWH: '蒙林审〔2025〕1号',
      ZJHM: ID,
      SQR: '李**',
      XMMC: '项目',
      LDDD: '草坝村',
      SYMJ: '0.5',
      YDXZ: '1',
      ZBHFF: '1000.00',
      SHRQ: '2025/3/4',
      ZT: '01',
      BZ: '备注',
    };
    await double.stub({
      request: { operation: 'LDSHCX' },
      response: { xmlBody: { LDSHJG: { JGDM: '0', JGXX: '成功', SHJL: [record] } } },
    });
    expect(await check('forestry-land-use', landUse.url)).toMatchObject({
      probes: [
        {
          operation: 'LDSHCX',
          differences: [
            '/LDSHJG/SHJL[0]/SYMJ: "0.5" does not match hectares (\\d+\\.\\d{4})',
            '/LDSHJG/SHJL[0]/BZ: not in the contract',
          ],
        },
      ],
    });

    await double.reset();
    await double.stub({ request: { operation: 'LDSHCX' }, response: { xmlBody: { RESULT: { CODE: '0' } } } });
    expect((await check('forestry-land-use', landUse.url)).probes).toEqual([
      { operation: 'LDSHCX', differences: ['/RESULT: not an element of the contract'] },
    ]);
  });

  it('the command prints the report with ID numbers masked, and exits 1 on a difference', async () => {
    await controlDouble(landUse).stub({
      request: { operation: 'LDSHCX' },
      response: { xmlBody: { LDSHJG: { JGDM: '0', JGXX: '成功', SHJL: [{ ...LAND_USE_RECORD, SYMJ: ID }] } } },
    });
    const probesFile = join(mkdtempSync(join(tmpdir(), 'probes-')), 'probes.json');
    writeFileSync(probesFile, JSON.stringify({ probes: PROBES['forestry-land-use'] }));
    const printed: string[] = [];

    const exit = await runContractCheck(
      ['forestry-land-use', '--url', landUse.url, '--probes', probesFile],
      {},
      (text) => printed.push(text),
    );
    expect({ exit, printed }).toEqual({
      exit: 1,
      printed: [
        `forestry-land-use at ${landUse.url}, against adapters/forestry-land-use/contract/land-use.xsd:\n` +
          '  ✗ LDSHCX:\n' +
          '      /LDSHJG/SHJL[0]/SYMJ: "532503********0015" does not match hectares (\\d+\\.\\d{4})\n' +
          'the system differs from its contract',
      ],
    });
  });

  it('without probes only says how to add them (no request is sent)', async () => {
    const printed: string[] = [];
    expect(await runContractCheck(['forestry-land-use', '--url', landUse.url], {}, (text) => printed.push(text))).toBe(
      0,
    );
    expect(printed).toEqual([
      `forestry-land-use at ${landUse.url}, against adapters/forestry-land-use/contract/land-use.xsd:\n` +
        '  (no probes: add contract/probes.json to check answers)\nno differences',
    ]);
    expect(await controlDouble(landUse).admin.count({})).toBe(0);
  });

  it('asks for the endpoint when <SYSTEM>_URL is not set', async () => {
    const printed: string[] = [];
    expect(await runContractCheck(['forestry-land-use'], {}, (text) => printed.push(text))).toBe(2);
    expect(printed).toEqual(["set FORESTRY_LAND_USE_URL to the real system's endpoint, or pass --url"]);
  });
});
