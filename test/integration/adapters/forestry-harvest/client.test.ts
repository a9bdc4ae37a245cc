import { readFileSync } from 'node:fs';
import { createForestryHarvestClient, HARVEST_WSDL_PATH } from '../../../../adapters/forestry-harvest';
import { HARVEST_SERVICE_PATH, startForestryHarvestDouble } from '../../../../adapters/forestry-harvest/mock';
import { doubleAdmin } from '../../../../adapters/kit/mock/admin';
import { RunningDouble } from '../../../../adapters/kit/mock/start';
import { createLogger } from '../../../../lib/logger';
import { itReportsFaultKinds } from '../../../support/legacy-faults';

const FARMER = '532503198001010015';
const TIMBER_COMPANY = '91532503MA6K123404';
const TIMEOUT_MS = 400;

let double: RunningDouble;
let admin: ReturnType<typeof doubleAdmin>;
const clients: ReturnType<typeof createForestryHarvestClient>[] = [];

/** A fresh client (fresh breaker) per test, so one test's failures never open another's breaker. */
function client(failureThreshold = 100) {
  const created = createForestryHarvestClient({
    url: `${double.url}${HARVEST_SERVICE_PATH}`,
    logger: createLogger('test'),
    timeoutMs: TIMEOUT_MS,
    retry: { attempts: 2, baseDelayMs: 10 },
    breaker: { failureThreshold, resetTimeoutMs: 60_000 },
  });
  clients.push(created);
  return created;
}

beforeAll(async () => {
  double = await startForestryHarvestDouble({ port: 0 });
  admin = doubleAdmin(double.url);
});
afterEach(() => admin.reset());
afterAll(async () => {
  clients.forEach((created) => created.close());
  await double.stop();
});

describe('forestry-harvest client against its double (SOAP 1.1 over HTTP)', () => {
  it('reads the forest farmer’s two permits and the timber company’s one in a single CXXKZ call', async () => {
    const permits = await client().permitsByHolder([FARMER, TIMBER_COMPANY, '532503200002290055']);

    expect(Object.fromEntries(permits)).toEqual({
      [FARMER]: [
        {
          permitNumber: 'CF2019-0001',
          holderId: FARMER,
          holderName: '李国林',
          location: '蒙自市文澜镇三道桥村 集体林 12林班3小班',
          species: 'YUNNAN_PINE',
          method: 'SELECTIVE',
          area: 24000,
          approvedVolume: 45600,
          approvalDate: '2019-03-08',
          restockingDueDate: '2020-03-31',
          status: 'EXPIRED',
        },
        {
          permitNumber: 'CF2020-0002',
          holderId: FARMER,
          holderName: '李国林',
          location: '蒙自市文澜镇三道桥村 集体林 14林班1小班',
          species: 'ARMAND_PINE',
          method: 'CLEAR_CUT',
          area: 12500,
          approvedVolume: 30000,
          approvalDate: '2020-02-20',
          restockingDueDate: '2021-02-28',
          status: 'VALID',
        },
      ],
      [TIMBER_COMPANY]: [
        {
          permitNumber: 'CF2019-0003',
          holderId: TIMBER_COMPANY,
          holderName: '蒙自林丰木业有限公司',
          location: '蒙自市草坝镇碧色寨村 8林班2小班',
          species: 'EUCALYPTUS',
          method: 'CLEAR_CUT',
          area: 50000,
          approvedVolume: 80000,
          approvalDate: '2019-01-10',
          restockingDueDate: '2020-01-31',
          status: 'EXPIRED',
        },
      ],
      '532503200002290055': [],
    });
    const calls = await admin.requests('CXXKZ');
    expect(calls).toHaveLength(1);
    expect(calls[0].headers.soapaction).toBe('"http://lyj.mengzi.gov.cn/lmcf/xkz/CXXKZ"');
    expect(calls[0].body).toContain(`<SFZH>${TIMBER_COMPANY}</SFZH>`);
  });

  it('looks permits up by number, and de-duplicates the keys of one request through its loader', async () => {
    const { permitByNumber } = client().loaders();
    const found = await Promise.all(
      ['CF2019-0003', 'CF2019-0003', 'CF2020-0002', 'CF1999-0000'].map((key) => permitByNumber.load(key)),
    );

    expect(found.map((permit) => permit?.permitNumber ?? null)).toEqual([
      'CF2019-0003',
      'CF2019-0003',
      'CF2020-0002',
      null,
    ]);
    const calls = await admin.requests('CXXKZ');
    expect(calls).toHaveLength(1);
    expect(calls[0].body.match(/<XKZH>/g)).toHaveLength(3);
  });

  it('serves the checked-in WSDL to anyone who asks', async () => {
    const response = await fetch(`${double.url}${HARVEST_SERVICE_PATH}?wsdl`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('soapAction="http://lyj.mengzi.gov.cn/lmcf/xkz/CXXKZ"');
    expect(readFileSync(HARVEST_WSDL_PATH, 'utf8')).toContain('<wsdl:operation name="CXXKZ">');
  });

  it('turns FHDM 1 (参数错误) into LEGACY_REJECTED with the legacy code', async () => {
    await expect(client().permitsByHolder([])).rejects.toMatchObject({
      extensions: { code: 'LEGACY_REJECTED', system: 'forestry-harvest', operation: 'CXXKZ', legacyCode: '1' },
    });
  });

  it('retries a failing read once, then reports LEGACY_UNAVAILABLE', async () => {
    await admin.setFaults({ errorRate: 1 });
    await expect(client().permitsByHolder([FARMER])).rejects.toMatchObject({
      extensions: { code: 'LEGACY_UNAVAILABLE', system: 'forestry-harvest' },
    });
    expect(await admin.requests('CXXKZ')).toHaveLength(2);
  });

  itReportsFaultKinds({
    system: 'forestry-harvest',
    operation: 'CXXKZ',
    timeoutMs: TIMEOUT_MS,
    admin: () => admin,
    lookup: () => client().permitsByHolder([FARMER]),
    breaking: () => {
      const breaking = client(2);
      return { caller: breaking.caller, lookup: () => breaking.permitsByHolder([FARMER]) };
    },
  });
});
