import { Fetcher } from '../../../gateway/keepAliveFetcher';
import { referenceDataCache } from '../../../gateway/referenceDataCache';

type FetcherResponse = Awaited<ReturnType<Fetcher>>;

const URL = 'http://catalogue.test/graphql';
const query = (text: string) => ({ method: 'POST', body: JSON.stringify({ query: text, variables: {} }) });

/** What the catalogue says of its query answers (lib/cache-hints.ts). */
const CATALOGUE_HINT = 'max-age=5, public';

/**
 * A subgraph that answers each call with the next of `answers` (status, body, and Cache-Control:
 * the catalogue's unless given, none when null), counting the calls.
 */
function fakeSubgraph(...answers: { status?: number; body: unknown; cacheControl?: string | null }[]) {
  const calls: string[] = [];
  const fetcher = (async (_url: string, init?: { body?: unknown }) => {
    const { status = 200, body, cacheControl = CATALOGUE_HINT } = answers[Math.min(calls.length, answers.length - 1)];
    calls.push(String(init?.body));
    const text = JSON.stringify(body);
    const response = {
      url: URL,
      status,
      statusText: '',
      ok: status >= 200 && status < 300,
      headers: new Headers(cacheControl === null ? {} : { 'cache-control': cacheControl }),
      text: async () => text,
      json: async () => JSON.parse(text),
      clone: () => response,
    };
    return response as unknown as FetcherResponse;
  }) as unknown as Fetcher;
  return { fetcher, calls };
}

const first = { data: { serviceItems: { totalCount: 28 } } };
const second = { data: { serviceItems: { totalCount: 29 } } };
const send = async (fetcher: Fetcher, init: object) => (await fetcher(URL, init as never)).json();

afterEach(() => jest.useRealTimers());

test('a repeated query is answered from the cache, without calling the subgraph', async () => {
  const subgraph = fakeSubgraph({ body: first }, { body: second });
  const cached = referenceDataCache(subgraph.fetcher, { ttlMs: 5000 });
  expect(await send(cached, query('{ serviceItems { totalCount } }'))).toEqual(first);
  expect(await send(cached, query('{ serviceItems { totalCount } }'))).toEqual(first);
  expect(await send(cached, query('query Named { serviceItems { totalCount } }'))).toEqual(second);
  expect(subgraph.calls).toHaveLength(2);
});

test.each([
  {
    keeps: 'the max-age the subgraph gave',
    cacheControl: CATALOGUE_HINT,
    ttlMs: 60_000,
    lastHit: '04.999',
    gone: '05.000',
  },
  {
    keeps: 'ttlMs, capping a longer max-age',
    cacheControl: 'public, max-age=600',
    ttlMs: 2000,
    lastHit: '01.999',
    gone: '02.000',
  },
])('an answer is reused for $keeps, then asked again', async ({ cacheControl, ttlMs, lastHit, gone }) => {
  jest.useFakeTimers({ now: new Date('2025-12-01T00:00:00Z') });
  const subgraph = fakeSubgraph({ body: first, cacheControl }, { body: second });
  const cached = referenceDataCache(subgraph.fetcher, { ttlMs });
  expect(await send(cached, query('{ a }'))).toEqual(first);
  jest.setSystemTime(new Date(`2025-12-01T00:00:${lastHit}Z`));
  expect(await send(cached, query('{ a }'))).toEqual(first);
  jest.setSystemTime(new Date(`2025-12-01T00:00:${gone}Z`));
  expect(await send(cached, query('{ a }'))).toEqual(second);
  expect(subgraph.calls).toHaveLength(2);
});

test('an answer the subgraph did not allow to be reused is not kept', async () => {
  for (const cacheControl of [null, 'no-store', 'max-age=5, no-cache', 'max-age=0', 'public']) {
    const subgraph = fakeSubgraph({ body: first, cacheControl });
    const cached = referenceDataCache(subgraph.fetcher, { ttlMs: 60_000 });
    await send(cached, query('{ a }'));
    await send(cached, query('{ a }'));
    expect({ cacheControl, calls: subgraph.calls.length }).toEqual({ cacheControl, calls: 2 });
  }
});

test('a mutation sent to the subgraph empties the cache first, and is never cached', async () => {
  const subgraph = fakeSubgraph({ body: first }, { body: { data: { pushed: 1 } } }, { body: second });
  const cached = referenceDataCache(subgraph.fetcher, { ttlMs: 60_000 });
  expect(await send(cached, query('{ a }'))).toEqual(first);
  expect(await send(cached, query('mutation { push }'))).toEqual({ data: { pushed: 1 } });
  expect(await send(cached, query('{ a }'))).toEqual(second);
  expect(await send(cached, query('mutation { push }'))).toEqual(second);
  expect(subgraph.calls.map((body) => JSON.parse(body).query)).toEqual([
    '{ a }',
    'mutation { push }',
    '{ a }',
    'mutation { push }',
  ]);
});

test('answers with errors and failed answers are not kept', async () => {
  const subgraph = fakeSubgraph(
    { body: { data: null, errors: [{ message: 'down' }] } },
    { status: 503, body: { errors: [{ message: 'unavailable' }] } },
    { body: first },
  );
  const cached = referenceDataCache(subgraph.fetcher, { ttlMs: 60_000 });
  expect(await send(cached, query('{ a }'))).toEqual({ data: null, errors: [{ message: 'down' }] });
  expect((await cached(URL, query('{ a }') as never)).status).toBe(503);
  expect(await send(cached, query('{ a }'))).toEqual(first);
  expect(await send(cached, query('{ a }'))).toEqual(first);
  expect(subgraph.calls).toHaveLength(3);
});

test('at most maxEntries answers are kept; the oldest goes first', async () => {
  const subgraph = fakeSubgraph({ body: first });
  const cached = referenceDataCache(subgraph.fetcher, { ttlMs: 60_000, maxEntries: 2 });
  for (const text of ['{ a }', '{ b }', '{ c }', '{ b }', '{ c }', '{ a }']) await send(cached, query(text));
  expect(subgraph.calls.map((body) => JSON.parse(body).query)).toEqual(['{ a }', '{ b }', '{ c }', '{ a }']);
});

test('a cached answer can be read again and again (each caller gets its own copy)', async () => {
  const subgraph = fakeSubgraph({ body: first });
  const cached = referenceDataCache(subgraph.fetcher, { ttlMs: 60_000 });
  const one = await cached(URL, query('{ a }') as never);
  const two = await cached(URL, query('{ a }') as never);
  expect([await one.text(), await one.text(), await two.json()]).toEqual([
    JSON.stringify(first),
    JSON.stringify(first),
    first,
  ]);
});
