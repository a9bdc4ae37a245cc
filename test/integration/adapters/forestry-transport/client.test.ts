import { createServer, Server } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { AddressInfo } from 'node:net';
import { createForestryTransportClient } from '../../../../adapters/forestry-transport';
import { startForestryTransportDouble } from '../../../../adapters/forestry-transport/mock';
import { LookupsInFlight } from '../../../../adapters/kit';
import { doubleAdmin } from '../../../../adapters/kit/mock/admin';
import { RunningDouble } from '../../../../adapters/kit/mock/start';
import { createLogger } from '../../../../lib/logger';
import { itReportsFaultKinds } from '../../../support/legacy-faults';

const FARMER = '532503198001010015';
const TIMEOUT_MS = 400;

let double: RunningDouble;
let admin: ReturnType<typeof doubleAdmin>;
const clients: ReturnType<typeof createForestryTransportClient>[] = [];

/** A fresh client (fresh breaker) per test, so one test's failures never open another's breaker. */
function client(url = double.url, failureThreshold = 100) {
  const created = createForestryTransportClient({
    url,
    logger: createLogger('test'),
    timeoutMs: TIMEOUT_MS,
    retry: { attempts: 2, baseDelayMs: 10 },
    breaker: { failureThreshold, resetTimeoutMs: 60_000 },
  });
  clients.push(created);
  return created;
}

/** A stand-in that answers every request with `body` and HTTP 200, as this system always does. */
async function answering(body: unknown): Promise<{ url: string; server: Server }> {
  const server = createServer((_req, res) =>
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body)),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

beforeAll(async () => {
  double = await startForestryTransportDouble({ port: 0 });
  admin = doubleAdmin(double.url);
});
afterEach(() => admin.reset());
afterAll(async () => {
  clients.forEach((created) => created.close());
  await double.stop();
});

describe('forestry-transport client against its double (JSON, always HTTP 200)', () => {
  it('reads the forest farmer’s three transport permits, yyyyMMdd dates and m³ strings normalised', async () => {
    const permits = await client().permitsByOwner([FARMER, '532503200002290055']);

    const farmer = {
      ownerId: FARMER,
      ownerName: '李国林',
      origin: '蒙自市文澜镇三道桥村',
      destination: '蒙自市雨过铺镇木材交易市场',
      status: 'USED',
    };
    expect(Object.fromEntries(permits)).toEqual({
      [FARMER]: [
        {
          ...farmer,
          permitNumber: 'YS2019-0001',
          harvestPermitNumber: 'CF2019-0001',
          species: 'YUNNAN_PINE',
          volume: 20000,
          issueDate: '2019-04-02',
          validUntil: '2019-04-12',
        },
        {
          ...farmer,
          permitNumber: 'YS2019-0002',
          harvestPermitNumber: 'CF2019-0001',
          species: 'YUNNAN_PINE',
          volume: 18500,
          issueDate: '2019-05-10',
          validUntil: '2019-05-20',
        },
        {
          ...farmer,
          permitNumber: 'YS2020-0003',
          harvestPermitNumber: 'CF2020-0002',
          species: 'ARMAND_PINE',
          volume: 12250,
          issueDate: '2020-03-15',
          validUntil: '2020-03-25',
        },
      ],
      '532503200002290055': [],
    });
    const calls = await admin.requests('queryTransportPermits');
    expect(calls.map((call) => JSON.parse(call.body))).toEqual([{ hzzjhm: [FARMER, '532503200002290055'] }]);
  });

  it('reads the permits drawn on several harvest permits in one call', async () => {
    const { permitsByHarvestPermit } = client().loaders();
    const drawn = await Promise.all(
      ['CF2019-0003', 'CF2020-0002', 'CF2019-0003'].map((number) => permitsByHarvestPermit.load(number)),
    );

    expect(drawn.map((permits) => permits!.map(({ permitNumber, volume }) => [permitNumber, volume]))).toEqual([
      [
        ['YS2019-0004', 50000],
        ['YS2019-0005', 35500],
      ],
      [['YS2020-0003', 12250]],
      [
        ['YS2019-0004', 50000],
        ['YS2019-0005', 35500],
      ],
    ]);
    const calls = await admin.requests('queryTransportPermits');
    expect(calls.map((call) => JSON.parse(call.body))).toEqual([{ cfxkzh: ['CF2019-0003', 'CF2020-0002'] }]);
  });

  it('asks for owners and harvest permits of one tick in one call, each answered by what matches it', async () => {
    const { permitsByOwner, permitsByHarvestPermit } = client().loaders();
    const [owned, drawn] = await Promise.all([permitsByOwner.load(FARMER), permitsByHarvestPermit.load('CF2019-0003')]);

    expect([owned!.map((permit) => permit.permitNumber), drawn!.map((permit) => permit.permitNumber)]).toEqual([
      ['YS2019-0001', 'YS2019-0002', 'YS2020-0003'],
      ['YS2019-0004', 'YS2019-0005'],
    ]);
    const calls = await admin.requests('queryTransportPermits');
    expect(calls.map((call) => JSON.parse(call.body))).toEqual([{ hzzjhm: [FARMER], cfxkzh: ['CF2019-0003'] }]);
  });

  it('holds a batch `after` lookups in flight, so that keys their answers reveal join the same call', async () => {
    const harvestLookups = new LookupsInFlight();
    const { permitsByOwner, permitsByHarvestPermit } = client().loaders({ after: harvestLookups });
    const harvestAnswer = harvestLookups.count(sleep(50).then(() => ['CF2019-0003', 'CF2020-0002']));

    const owned = permitsByOwner.load(FARMER);
    const drawn = harvestAnswer.then((numbers) => Promise.all(numbers.map((n) => permitsByHarvestPermit.load(n))));
    await Promise.all([owned, drawn]);

    const calls = await admin.requests('queryTransportPermits');
    expect(calls.map((call) => JSON.parse(call.body))).toEqual([
      { hzzjhm: [FARMER], cfxkzh: ['CF2019-0003', 'CF2020-0002'] },
    ]);
  });

  it('turns code 1001 (参数错误) into LEGACY_REJECTED with the legacy code', async () => {
    await expect(client().permitsByOwner([])).rejects.toMatchObject({
      extensions: {
        code: 'LEGACY_REJECTED',
        system: 'forestry-transport',
        operation: 'queryTransportPermits',
        legacyCode: '1001',
      },
    });
  });

  it.each([
    ['9999 (系统繁忙) as LEGACY_UNAVAILABLE', { code: '9999', msg: '系统繁忙', data: null }, 'LEGACY_UNAVAILABLE'],
    ['an unknown code as LEGACY_BAD_RESPONSE', { code: '5005', msg: '?', data: null }, 'LEGACY_BAD_RESPONSE'],
    ['a body without the envelope as LEGACY_BAD_RESPONSE', { list: [] }, 'LEGACY_BAD_RESPONSE'],
    [
      'a record with a date that is no yyyyMMdd as LEGACY_BAD_RESPONSE',
      {
        code: '0000',
        msg: '成功',
        data: {
          total: 1,
          list: [
            {
              yszh: 'YS2019-0001',
              cfxkzh: 'CF2019-0001',
              hzmc: '李国林',
              hzzjhm: FARMER,
              sz: '云南松',
              ysl: '1.000',
              qyd: 'a',
              mdd: 'b',
              qfrq: '2019-13-45',
              yxqz: '20190412',
              zt: '2',
            },
          ],
        },
      },
      'LEGACY_BAD_RESPONSE',
    ],
  ])('reads %s', async (_what, body, code) => {
    const stand = await answering(body);
    try {
      await expect(client(stand.url).permitsByOwner([FARMER])).rejects.toMatchObject({
        extensions: { code, system: 'forestry-transport' },
      });
    } finally {
      stand.server.close();
    }
  });

  itReportsFaultKinds({
    system: 'forestry-transport',
    operation: 'queryTransportPermits',
    timeoutMs: TIMEOUT_MS,
    admin: () => admin,
    lookup: () => client().permitsByOwner([FARMER]),
    breaking: () => {
      const breaking = client(double.url, 2);
      return { caller: breaking.caller, lookup: () => breaking.permitsByOwner([FARMER]) };
    },
  });
});
