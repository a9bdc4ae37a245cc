import { SIGNED_HEADERS, signRequest } from '../../../lib/auth/signed-request';
import { SUBGRAPHS } from '../../../lib/services';
import { startTestHub, TestHub } from '../../support/hub';

/**
 * Every subgraph answers only requests the gateway (or a hub service) signed with that subgraph's
 * own secret: a direct call without a signature, with a forged one, with a signature for another
 * body, one signed too long ago, or a replay of a call that was answered, is refused with 401 and
 * the same GraphQL error body — `_service` and `_entities` included. Health stays open.
 */
let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub('trust');
}, 60_000);
afterAll(() => hub.stop());

const SERVICE = JSON.stringify({ query: '{ _service { sdl } }' });
const ENTITIES = JSON.stringify({
  query: 'query ($r: [_Any!]!) { _entities(representations: $r) { __typename } }',
  variables: { r: [{ __typename: 'Person', idNumber: '532503198001010015' }] },
});
const SUBGRAPH_NAMES = SUBGRAPHS.map((subgraph) => subgraph.name);

async function post(url: string, body: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  return { status: response.status, body: await response.json() };
}

const refused = (message: string) => ({
  status: 401,
  body: { errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] },
});
const UNSIGNED = refused('This service answers only the gateway and hub services: the request is not signed');
const FORGED = refused('The request signature does not match');
const STALE = refused('The request signature has expired or is not yet valid');
const REPLAYED = refused('The request was already received (replay)');

const hasService = (answer: { status: number; body: any }) => [
  answer.status,
  typeof answer.body.data?._service?.sdl === 'string',
];

test('the hub runs every subgraph', () => {
  expect(Object.keys(hub.subgraphs).sort()).toEqual([...SUBGRAPH_NAMES].sort());
});

describe.each(SUBGRAPH_NAMES)('the %s subgraph', (name) => {
  const url = () => hub.subgraphs[name].url;
  const secret = () => hub.secrets[name];
  const signed = (body: string, overrides: Partial<Parameters<typeof signRequest>[0]> = {}) =>
    signRequest({ secret: secret(), body, identity: null, ...overrides });

  it('refuses `_service` and `_entities` without a signature', async () => {
    expect([await post(url(), SERVICE), await post(url(), ENTITIES)]).toEqual([UNSIGNED, UNSIGNED]);
  });

  it('refuses a signature made with another secret — another subgraph’s, or a guess', async () => {
    const other = SUBGRAPH_NAMES.find((candidate) => candidate !== name)!;
    expect([
      await post(url(), SERVICE, signed(SERVICE, { secret: hub.secrets[other] })),
      await post(url(), SERVICE, signed(SERVICE, { secret: 'a-guessed-secret-that-is-long-enough-0000' })),
    ]).toEqual([FORGED, FORGED]);
  });

  it('refuses a signed request whose body or identity was changed on the way', async () => {
    const headers = signed(SERVICE);
    const promoted = {
      ...headers,
      [SIGNED_HEADERS.identity]: Buffer.from('{"subject":"x","roles":["ADMIN"]}').toString('base64url'),
    };
    expect([await post(url(), ENTITIES, headers), await post(url(), SERVICE, promoted)]).toEqual([FORGED, FORGED]);
  });

  it('refuses a signature from more than 30 seconds ago, and one from the future', async () => {
    expect([
      await post(url(), SERVICE, signed(SERVICE, { now: Date.now() - 31_000 })),
      await post(url(), SERVICE, signed(SERVICE, { now: Date.now() + 31_000 })),
    ]).toEqual([STALE, STALE]);
  });

  it('answers a signed request once, and refuses its replay', async () => {
    const headers = signed(SERVICE);
    expect(hasService(await post(url(), SERVICE, headers))).toEqual([200, true]);
    expect(await post(url(), SERVICE, headers)).toEqual(REPLAYED);
  });

  it('keeps /health/live and /health/ready open', async () => {
    const live = await fetch(new URL('/health/live', url()));
    const ready = await fetch(new URL('/health/ready', url()));
    expect([live.status, ready.status]).toEqual([200, 200]);
  });
});
