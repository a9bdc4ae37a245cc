import { DEFAULT_CALL_SETTINGS } from '../../../adapters/kit';
import { DOUBLE_CREDENTIALS } from '../../../adapters/pensions/mock';
import { createLogger } from '../../../lib/logger';
import { RunningServer } from '../../../lib/server';
import { startPensions } from '../../../subgraphs/pensions';

/** `/metrics` with a scrape token configured: Prometheus's bearer token opens it, nothing else does. */
const TOKEN = 'scrape-token-of-the-test-prometheus-0001';
let pensions: RunningServer;

beforeAll(async () => {
  pensions = await startPensions({
    port: 0,
    logger: createLogger('test'),
    metricsToken: TOKEN,
    client: { baseUrl: 'http://127.0.0.1:9', ...DOUBLE_CREDENTIALS, settings: DEFAULT_CALL_SETTINGS },
  });
});
afterAll(() => pensions.stop());

const scrape = async (headers: Record<string, string>) => {
  const response = await fetch(new URL('/metrics', pensions.url), { headers });
  return [response.status, response.headers.get('content-type'), (await response.text()).split('\n')[0]];
};

test('the scrape token opens /metrics; no token, another token or another scheme get 401', async () => {
  expect(await scrape({ authorization: `Bearer ${TOKEN}` })).toEqual([
    200,
    'text/plain; version=0.0.4; charset=utf-8',
    '# HELP process_cpu_user_seconds_total Total user CPU time spent in seconds.',
  ]);
  const refused = [401, 'text/plain; charset=utf-8', 'metrics need the scrape token'];
  expect([
    await scrape({}),
    await scrape({ authorization: 'Bearer scrape-token-of-the-test-prometheus-0002' }),
    await scrape({ authorization: `Basic ${TOKEN}` }),
  ]).toEqual([refused, refused, refused]);
});

test('health stays open beside it', async () => {
  expect((await fetch(new URL('/health/live', pensions.url))).status).toBe(200);
});
