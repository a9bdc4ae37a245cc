import { Writable } from 'node:stream';
import { DEFAULT_CALL_SETTINGS } from '../../../adapters/kit';
import { RunningDouble } from '../../../adapters/kit/mock/start';
import { NAMED_RESIDENTS } from '../../../adapters/kit/population';
import { DOUBLE_CREDENTIALS, startPensionsDouble } from '../../../adapters/pensions/mock';
import { startGateway } from '../../../gateway';
import { loadSupergraphSdl } from '../../../gateway/supergraph';
import { createLogger } from '../../../lib/logger';
import { RunningServer } from '../../../lib/server';
import { startCases } from '../../../subgraphs/cases';
import { startPensions } from '../../../subgraphs/pensions';
import { createTestDatabase } from '../../support/database';
import { testToken } from '../../support/tokens';

// One request through the gateway, the cases and pensions subgraphs and the pension adapter: each
// service logs to its own captured stream, and every line of that request carries its id.
const FARMER = NAMED_RESIDENTS.forestFarmer.idNumber;
const PENSION = `query Pension($idNumber: String!) { person(idNumber: $idNumber) { pension { status } } }`;

type LogLine = Record<string, any>;
const logs: Record<'gateway' | 'cases' | 'pensions', LogLine[]> = { gateway: [], cases: [], pensions: [] };
const capture = (lines: LogLine[]) =>
  new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
const logger = (service: keyof typeof logs) => createLogger(service, { level: 'info' }, capture(logs[service]));

let double: RunningDouble;
let cases: RunningServer;
let pensions: RunningServer;
let gateway: RunningServer;
let dropDatabase: () => Promise<void>;

beforeAll(async () => {
  const database = await createTestDatabase('ops_request_id');
  dropDatabase = database.drop;
  double = await startPensionsDouble({ port: 0 });
  // the query needs no catalogue: cases answers `person`, pensions the field
  cases = await startCases({
    port: 0,
    databaseUrl: database.url,
    catalogueUrl: 'http://127.0.0.1:9/graphql',
    logger: logger('cases'),
  });
  pensions = await startPensions({
    port: 0,
    logger: logger('pensions'),
    client: { baseUrl: double.url, ...DOUBLE_CREDENTIALS, settings: DEFAULT_CALL_SETTINGS },
  });
  gateway = await startGateway({
    supergraphSdl: loadSupergraphSdl(),
    subgraphUrls: { cases: cases.url, pensions: pensions.url },
    port: 0,
    logger: logger('gateway'),
  });
});

afterAll(async () => {
  await gateway?.stop();
  await pensions?.stop();
  await cases?.stop();
  await double?.stop();
  await dropDatabase?.();
});

/** The farmer asks for their own pension. */
async function ask(headers: Record<string, string> = {}) {
  const token = await testToken({ subject: FARMER, roles: ['CITIZEN'] });
  const response = await fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
    body: JSON.stringify({ query: PENSION, variables: { idNumber: FARMER } }),
  });
  return { requestId: response.headers.get('x-request-id'), body: await response.json() };
}

/** What each service logged for one request id: the message and the fields that identify the line. */
function linesOf(requestId: string) {
  const pick = (lines: LogLine[]) =>
    lines
      .filter((line) => line.requestId === requestId)
      .map(({ name, msg, status, system, operation, outcome }) => ({ name, msg, status, system, operation, outcome }));
  return { gateway: pick(logs.gateway), cases: pick(logs.cases), pensions: pick(logs.pensions) };
}

test('the client’s request id comes back and is on the gateway’s, the subgraphs’ and the adapter’s log lines', async () => {
  const answer = await ask({ 'x-request-id': 'window-3-20250926-0001' });

  expect(answer).toEqual({
    requestId: 'window-3-20250926-0001',
    body: { data: { person: { pension: { status: 'CONTRIBUTING' } } } },
  });
  expect(linesOf('window-3-20250926-0001')).toEqual({
    gateway: [{ name: 'gateway', msg: 'graphql request', status: 200 }],
    cases: [{ name: 'cases', msg: 'graphql request', status: 200 }],
    pensions: [
      { name: 'pensions', msg: 'legacy call', system: 'pensions', operation: 'QueryPersons', outcome: 'success' },
      { name: 'pensions', msg: 'graphql request', status: 200 },
    ],
  });
});

test('without one the gateway makes an id, returns it and hands it on', async () => {
  const { requestId } = await ask();

  expect(requestId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  expect(linesOf(requestId!)).toEqual({
    gateway: [{ name: 'gateway', msg: 'graphql request', status: 200 }],
    cases: [{ name: 'cases', msg: 'graphql request', status: 200 }],
    pensions: [
      { name: 'pensions', msg: 'legacy call', system: 'pensions', operation: 'QueryPersons', outcome: 'success' },
      { name: 'pensions', msg: 'graphql request', status: 200 },
    ],
  });
});

test('an id with odd characters, or too long, is replaced by one the gateway makes', async () => {
  const odd = await ask({ 'x-request-id': 'x", "level": 60' });
  const long = await ask({ 'x-request-id': 'x'.repeat(129) });
  expect([odd.requestId, long.requestId]).toEqual([
    expect.stringMatching(/^[0-9a-f-]{36}$/),
    expect.stringMatching(/^[0-9a-f-]{36}$/),
  ]);
});

test('no log line holds the ID number asked about', () => {
  expect(JSON.stringify(logs)).not.toContain(FARMER);
});
