import { LegacyError } from '../../../adapters/kit';
import { doubleAdmin } from '../../../adapters/kit/mock/admin';
import { RunningDouble } from '../../../adapters/kit/mock/start';
import {
  createProvincialPlatformClient,
  ImplementationItem,
  ProvincialPlatformClient,
  signRequest,
} from '../../../adapters/provincial-platform';
import {
  PROVINCIAL_PLATFORM_DOUBLE_CREDENTIALS,
  startProvincialPlatformDouble,
} from '../../../adapters/provincial-platform/mock';
import { createLogger } from '../../../lib/logger';

const logger = createLogger('provincial-platform-test');
const SETTINGS = {
  timeoutMs: 2000,
  retry: { attempts: 1, baseDelayMs: 10 },
  breaker: { failureThreshold: 50, resetTimeoutMs: 1000 },
};
let double: RunningDouble;
const clients: ProvincialPlatformClient[] = [];

function client(overrides: Partial<Parameters<typeof createProvincialPlatformClient>[0]> = {}) {
  const created = createProvincialPlatformClient({
    url: double.url,
    ...PROVINCIAL_PLATFORM_DOUBLE_CREDENTIALS,
    logger,
    ...SETTINGS,
    ...overrides,
  });
  clients.push(created);
  return created;
}

beforeAll(async () => {
  double = await startProvincialPlatformDouble({ port: 0 });
});
afterAll(async () => {
  for (const created of clients) created.close();
  await double.stop();
});

const item = (code: string, version: number, overrides: Partial<ImplementationItem> = {}): ImplementationItem => ({
  code,
  version,
  basicCode: code.split('-')[0],
  name: '残疾人证新办',
  type: 'ADMINISTRATIVE_CONFIRMATION',
  departmentCode: '532503-CL',
  departmentName: '蒙自市残疾人联合会',
  divisionCode: '532503',
  handlingMode: 'IMMEDIATE',
  legalTimeLimit: 20,
  promisedTimeLimit: 0,
  fee: { charged: false, amountFen: null, basis: null, note: '不收费' },
  servesApplicantTypes: ['PERSON'],
  conditions: '持有本市户籍的残疾人。',
  legalBasis: '《中华人民共和国残疾人保障法》',
  windowName: '残联窗口',
  onlineDepth: 'ONLINE_PRE_REVIEW',
  visitsRequired: 1,
  validFrom: '2017-10-01',
  validUntil: null,
  retiredOn: null,
  materials: [
    {
      code: 'M01',
      name: '残疾人证申请表',
      required: true,
      legalBasis: '《中国残疾人残疾分类和分级》',
      source: 'APPLICANT',
      format: 'ORIGINAL',
      copies: 1,
      acceptanceMethod: 'PAPER',
      signatureRule: '申请人签字',
      blankForm: '残疾人证申请表.docx',
      instructions: '如实填写。',
      sample: '残疾人证申请表（示范文本）.pdf',
    },
  ],
  process: [{ name: '受理', actor: '残联窗口', workingDays: 0, description: '当场受理。' }],
  ...overrides,
});

describe('pushing the implementation list', () => {
  it('creates each version once, keyed by code and version, and updates a version whose content changed', async () => {
    const province = client();
    const [a, b] = [item('QR00001000-532503', 1), item('QR00001000-532503', 2)];
    expect(await province.pushItems([a, b])).toEqual([
      { code: 'QR00001000-532503', version: 1, result: 'CREATED' },
      { code: 'QR00001000-532503', version: 2, result: 'CREATED' },
    ]);
    expect(await province.pushItems([a, b])).toEqual([
      { code: 'QR00001000-532503', version: 1, result: 'UNCHANGED' },
      { code: 'QR00001000-532503', version: 2, result: 'UNCHANGED' },
    ]);
    expect(await province.pushItems([{ ...b, retiredOn: '2026-01-01', validUntil: '2025-12-31' }])).toEqual([
      { code: 'QR00001000-532503', version: 2, result: 'UPDATED' },
    ]);
  });

  it('lists what the platform holds a page at a time, with its codes mapped to the hub’s words', async () => {
    const province = client();
    await province.pushItems([item('GG00002000-532503', 1)]);
    expect(await province.listItems(2, 2)).toEqual({
      total: 3,
      pageNo: 2,
      pageSize: 2,
      list: [{ code: 'QR00001000-532503', version: 2, name: '残疾人证新办', state: 'RETIRED', materialCodes: ['M01'] }],
    });
    expect((await province.allItems(1)).map(({ code, version, state }) => `${code}@${version} ${state}`)).toEqual([
      'GG00002000-532503@1 IN_FORCE',
      'QR00001000-532503@1 IN_FORCE',
      'QR00001000-532503@2 RETIRED',
    ]);
  });
});

describe('the signature', () => {
  const refusal = async (attempt: Promise<unknown>) => {
    const { extensions } = (await attempt.catch((caught) => caught)) as LegacyError;
    return { code: extensions.code, legacyCode: extensions.legacyCode, system: extensions.system };
  };

  it('refused by the platform is a typed error with the platform’s code: wrong secret, unknown app, clock off by ten minutes', async () => {
    const admin = doubleAdmin(double.url);
    await admin.clearRequests();
    expect([
      await refusal(client({ appSecret: 'not-the-secret' }).listItems(1)),
      await refusal(client({ appId: 'someone-else' }).listItems(1)),
      await refusal(client({ clock: () => new Date(Date.now() - 10 * 60_000) }).listItems(1)),
    ]).toEqual([
      { code: 'LEGACY_REJECTED', legacyCode: '2002', system: 'provincial-platform' },
      { code: 'LEGACY_REJECTED', legacyCode: '2001', system: 'provincial-platform' },
      { code: 'LEGACY_REJECTED', legacyCode: '2003', system: 'provincial-platform' },
    ]);
    // refused, not failing: nothing retried
    expect((await admin.requests('listTasks')).length).toBe(3);
  });

  it('is good once: the same signed request sent again is refused as replayed', async () => {
    const body = JSON.stringify(
      signRequest({ PAGE_NO: 1, PAGE_SIZE: 1 }, { ...PROVINCIAL_PLATFORM_DOUBLE_CREDENTIALS, now: new Date() }),
    );
    const send = async () =>
      (await fetch(`${double.url}/open-api/v1/task/list`, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body,
      }).then((response) => response.json())) as { code: string; msg: string };
    expect((await send()).code).toBe('0000');
    expect(await send()).toEqual({ code: '2004', msg: '请求重复：nonce已使用', data: null });
  });
});
