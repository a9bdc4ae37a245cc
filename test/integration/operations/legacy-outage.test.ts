import { NAMED_RESIDENTS } from '../../../adapters/kit/population';
import { startPensionsDouble } from '../../../adapters/pensions/mock';
import { startTestHub, TestHub } from '../../support/hub';

// One legacy system goes away: its subgraph says so (not ready, naming it; metrics with the
// failures and the open breaker), the gateway stays ready but degraded, and nothing restarts.
const FARMER = NAMED_RESIDENTS.forestFarmer.idNumber;
const PENSION = `query Pension($idNumber: String!) { person(idNumber: $idNumber) { pension { status } } }`;
const AS_FARMER = { identity: { subject: FARMER, roles: ['CITIZEN' as const] } };

let hub: TestHub;
let pensionsPort: number;
beforeAll(async () => {
  hub = await startTestHub('ops_outage');
  pensionsPort = hub.doubles.pensions.port;
  await hub.doubles.pensions.stop();
  // enough failed reads for the breaker to open (5 calls in its window, more than half failed)
  for (let call = 0; call < 6; call++) await hub.query(PENSION, { idNumber: FARMER }, AS_FARMER);
}, 60_000);
afterAll(async () => {
  // back on its port, so that the hub stops as it started
  hub.doubles.pensions = await startPensionsDouble({ port: pensionsPort });
  await hub.stop();
});

const get = async (base: string, path: string) => {
  const response = await fetch(new URL(path, base));
  return [response.status, await response.json()];
};

const metricLines = async (base: string, prefix: string, label = 'system="pensions"') =>
  (await (await fetch(new URL('/metrics', base))).text())
    .split('\n')
    .filter((line) => line.startsWith(prefix) && line.includes(label));

test('the pension field is null with the exact error, and the breaker answers at once', async () => {
  // the gateway masks the legacy detail (operation, breaker state) outside development
  expect(await hub.query(PENSION, { idNumber: FARMER }, AS_FARMER)).toEqual({
    data: { person: { pension: null } },
    errors: [
      {
        message: 'pensions is unavailable',
        path: ['person', 'pension'],
        extensions: { code: 'LEGACY_UNAVAILABLE', system: 'pensions', serviceName: 'pensions' },
      },
    ],
  });
});

test('the pensions subgraph is not ready, naming the system and why', async () => {
  expect(await get(hub.subgraphs.pensions.url, '/health/ready')).toEqual([
    503,
    {
      service: 'pensions',
      status: 'unavailable',
      reasons: ['pensions: unreachable', 'pensions: circuit breaker open'],
      legacySystems: { pensions: { reachable: false, breaker: 'OPEN' } },
    },
  ]);
});

test('its metrics show the failed calls and the open breaker', async () => {
  const base = hub.subgraphs.pensions.url;
  expect(await metricLines(base, 'hub_legacy_breaker_state')).toEqual([
    'hub_legacy_breaker_state{system="pensions",state="closed"} 0',
    'hub_legacy_breaker_state{system="pensions",state="half_open"} 0',
    'hub_legacy_breaker_state{system="pensions",state="open"} 1',
  ]);
  expect(await metricLines(base, 'hub_legacy_calls_total')).toEqual([
    'hub_legacy_calls_total{system="pensions",operation="QueryPersons",outcome="unavailable"} 5',
    'hub_legacy_calls_total{system="pensions",operation="QueryPersons",outcome="short_circuited"} 2',
  ]);
  expect(await metricLines(base, 'hub_legacy_call_retries_total')).toEqual([
    'hub_legacy_call_retries_total{system="pensions",operation="QueryPersons"} 5',
  ]);
});

test('the gateway’s metrics count the operation and its errors by code', async () => {
  const gateway = 'service="gateway",operation="Pension"';
  expect(await metricLines(hub.gateway.url, 'hub_graphql_requests_total', gateway)).toEqual([
    'hub_graphql_requests_total{service="gateway",operation="Pension",type="query"} 7',
  ]);
  expect(await metricLines(hub.gateway.url, 'hub_graphql_errors_total', gateway)).toEqual([
    'hub_graphql_errors_total{service="gateway",operation="Pension",code="LEGACY_UNAVAILABLE"} 7',
  ]);
  expect(await metricLines(hub.gateway.url, 'hub_graphql_request_duration_seconds_count', gateway)).toEqual([
    'hub_graphql_request_duration_seconds_count{service="gateway",operation="Pension"} 7',
  ]);
});

test('the gateway stays ready, degraded, naming what is down', async () => {
  expect(await get(hub.gateway.url, '/health/ready')).toEqual([
    200,
    {
      service: 'gateway',
      status: 'degraded',
      reasons: ['pensions: pensions: unreachable', 'pensions: pensions: circuit breaker open'],
      subgraphs: {
        audit: 'ok',
        catalogue: 'ok',
        cases: 'ok',
        forestry: 'ok',
        'health-insurance': 'ok',
        pensions: 'not ready',
        'party-building': 'ok',
        queue: 'ok',
      },
    },
  ]);
});

test('every service stays live', async () => {
  const servers = { gateway: hub.gateway, ...hub.subgraphs };
  const answers = await Promise.all(
    Object.entries(servers).map(async ([name, server]) => [name, await get(server.url, '/health/live')]),
  );
  expect(Object.fromEntries(answers)).toEqual(
    Object.fromEntries(Object.keys(servers).map((name) => [name, [200, { service: name, status: 'ok' }]])),
  );
});
