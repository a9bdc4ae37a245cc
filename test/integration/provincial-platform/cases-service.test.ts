import { RunningDouble } from '../../../adapters/kit/mock/start';
import { createProvincialPlatformClient, ProvincialPlatformClient } from '../../../adapters/provincial-platform';
import {
  PROVINCIAL_PLATFORM_DOUBLE_CREDENTIALS,
  startProvincialPlatformDouble,
} from '../../../adapters/provincial-platform/mock';
import { createLogger } from '../../../lib/logger';
import { RunningCases, startCases } from '../../../subgraphs/cases';
import { createTestDatabase } from '../../support/database';
import { HARVEST, PERSON_ID } from '../../unit/cases/support/catalogue-fixtures';
import { InMemoryCatalogue } from '../../unit/cases/support/in-memory-catalogue';
import { RecordedEvent } from './support/province-harness';

/**
 * `startCases({ province })` runs both jobs in the background: an application on the portal comes
 * in as a case, and that case's first event goes back to the platform, with no test driving rounds.
 */
let double: RunningDouble;
let client: ProvincialPlatformClient;
let cases: RunningCases;
let drop: () => Promise<void>;

const recordedEvents = async () =>
  (await (await fetch(`${double.url}/__admin/case-events`)).json()) as { count: number; events: RecordedEvent[] };

beforeAll(async () => {
  double = await startProvincialPlatformDouble({ port: 0 });
  client = createProvincialPlatformClient({
    url: double.url,
    ...PROVINCIAL_PLATFORM_DOUBLE_CREDENTIALS,
    logger: createLogger('cases-province-test'),
    timeoutMs: 2_000,
    retry: { attempts: 1, baseDelayMs: 10 },
    breaker: { failureThreshold: 100, resetTimeoutMs: 1_000 },
  });
  const database = await createTestDatabase('cases_province');
  drop = database.drop;
  cases = await startCases({
    port: 0,
    databaseUrl: database.url,
    catalogue: new InMemoryCatalogue(),
    logger: createLogger('cases-province-test'),
    dispatch: { background: false },
    province: {
      client,
      reporting: { settings: { intervalMs: 50 } },
      intake: { settings: { intervalMs: 50 } },
    },
  });
});
afterAll(async () => {
  await cases.stop();
  client.close();
  await double.stop();
  await drop();
});

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (let tries = 0; ; tries++) {
    const value = await read();
    if (done(value) || tries === 400) return value; // up to 20 s: a busy CI machine is slow, not wrong
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

test('a portal application becomes a case in the background, and its submission is reported back', async () => {
  await fetch(`${double.url}/__admin/applications`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      SQBH: 'YN20251103000200',
      TASK_CODE: HARVEST.code,
      SQRMC: '李国林',
      ZJHM: PERSON_ID,
      CLBM: ['M01', 'M02', 'M03'],
      SQSJ: '20251103093000',
      deliveries: 2,
    }),
  });
  const recorded = await eventually(recordedEvents, (body) => body.count > 0);
  expect(recorded.count).toBe(1);
  expect(recorded.events[0]).toMatchObject({
    EVENT_NO: 1,
    BJZT: '01',
    ACTOR: 'applicant',
    NOTE: 'application received',
  });
  expect(recorded.events[0].SBLSH).toMatch(/^532503\d{14}$/);
  // the second delivery made no second case: a few more rounds report nothing new
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect((await recordedEvents()).count).toBe(1);
  expect(await cases.province!.intake.runOnce()).toEqual({ taken: 0, refused: 0, repeated: 0 });
});
