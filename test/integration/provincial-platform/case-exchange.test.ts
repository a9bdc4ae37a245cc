import { RunningDouble } from '../../../adapters/kit/mock/start';
import { createProvincialPlatformClient, ProvincialPlatformClient } from '../../../adapters/provincial-platform';
import {
  PROVINCIAL_PLATFORM_DOUBLE_CREDENTIALS,
  startProvincialPlatformDouble,
} from '../../../adapters/provincial-platform/mock';
import { createLogger } from '../../../lib/logger';

/** The adapter's side of case reporting and online intake, against the double over HTTP. */
let double: RunningDouble;
let province: ProvincialPlatformClient;

beforeAll(async () => {
  double = await startProvincialPlatformDouble({ port: 0 });
  province = createProvincialPlatformClient({
    url: double.url,
    ...PROVINCIAL_PLATFORM_DOUBLE_CREDENTIALS,
    logger: createLogger('case-exchange-test'),
    timeoutMs: 2000,
    retry: { attempts: 1, baseDelayMs: 10 },
    breaker: { failureThreshold: 50, resetTimeoutMs: 1000 },
  });
});
afterAll(async () => {
  province.close();
  await double.stop();
});

const CASE = '53250320251103000001';
const event = (sequence: number, status: 'SUBMITTED' | 'ACCEPTED' | 'DISPATCHED', minute: number) => ({
  caseNumber: CASE,
  sequence,
  status,
  at: new Date(`2025-11-03T01:${String(minute).padStart(2, '0')}:00Z`),
  actor: 'CW-LIVELIHOOD 张敏',
  note: '',
});

describe('reporting case events', () => {
  it('records each event once, in order per case; a repeat is DUPLICATE, a gap is refused with 3001', async () => {
    expect(await province.reportCaseEvents([event(1, 'SUBMITTED', 0), event(2, 'ACCEPTED', 5)])).toEqual([
      { caseNumber: CASE, sequence: 1, result: 'RECORDED' },
      { caseNumber: CASE, sequence: 2, result: 'RECORDED' },
    ]);
    expect(await province.reportCaseEvents([event(2, 'ACCEPTED', 5)])).toEqual([
      { caseNumber: CASE, sequence: 2, result: 'DUPLICATE' },
    ]);
    const gap = await province.reportCaseEvents([{ ...event(4, 'DISPATCHED', 9) }]).catch((error) => error.extensions);
    expect(gap).toEqual({
      code: 'LEGACY_REJECTED',
      system: 'provincial-platform',
      operation: 'reportCaseEvents',
      legacyCode: '3001',
    });
    const recorded = await fetch(`${double.url}/__admin/case-events`).then((response) => response.json());
    expect(recorded).toEqual({
      count: 2,
      events: [
        { SBLSH: CASE, EVENT_NO: 1, BJZT: '01', EVENT_TIME: '20251103090000', ACTOR: 'CW-LIVELIHOOD 张敏', NOTE: '' },
        { SBLSH: CASE, EVENT_NO: 2, BJZT: '02', EVENT_TIME: '20251103090500', ACTOR: 'CW-LIVELIHOOD 张敏', NOTE: '' },
      ],
    });
  });
});

describe('polling online applications', () => {
  it('lists applications after a delivery sequence, redeliveries included, in the hub’s words', async () => {
    await fetch(`${double.url}/__admin/applications`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        SQBH: 'YN20251103000123',
        TASK_CODE: 'XK00001000-532503',
        SQRMC: '李国林',
        ZJHM: '532503198001010015',
        CLBM: ['M01', 'M02', 'M03', 'M04'],
        SQSJ: '20251103093000',
        deliveries: 2,
      }),
    });
    const application = {
      applicationNumber: 'YN20251103000123',
      itemCode: 'XK00001000-532503',
      applicantName: '李国林',
      idNumber: '532503198001010015',
      materialCodes: ['M01', 'M02', 'M03', 'M04'],
      submittedAt: '20251103093000',
    };
    expect(await province.listApplications(0)).toEqual([
      { ...application, deliverySequence: 1 },
      { ...application, deliverySequence: 2 },
    ]);
    expect(await province.listApplications(2)).toEqual([]);
  });
});
