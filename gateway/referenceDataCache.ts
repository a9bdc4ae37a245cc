import { SIGNED_HEADERS } from '../lib/auth/signed-request';
import { Fetcher } from './keepAliveFetcher';

type FetcherResponse = Awaited<ReturnType<Fetcher>>;

export interface ReferenceDataCacheOptions {
  /** The longest an answer is reused, in milliseconds, whatever the subgraph allows. */
  ttlMs: number;
  /** Entries kept at most; the oldest go first. */
  maxEntries?: number;
}

/**
 * A short-lived cache in front of a subgraph that serves public reference data (the catalogue:
 * items, departments, windows, the calendar), keyed by the exact request the gateway sends and the
 * identity it sends it for, so every client asking the same thing gets the answer without a
 * subgraph call for as long as the subgraph allows it: the `max-age` of its `Cache-Control`
 * (lib/cache-hints.ts; the catalogue's CACHE_MAX_AGE_SECONDS), at most `ttlMs`. An answer without
 * one, or marked `no-store` or `no-cache`, is not kept: the subgraph owns the policy, the gateway
 * only caps it.
 * Only queries are cached, only clean 2xx answers (no `errors`); any mutation sent to the
 * subgraph through this gateway empties its cache first, so this gateway reads its own writes.
 * Another replica may serve an answer up to that age.
 *
 * Why: the gateway itself is not where a catalogue search spends its time — `npm run bench` on the
 * 2-core bench machine had our gateway at 101 req/s, stock @apollo/gateway 92, the catalogue called
 * directly 106 (the ceiling): only not calling the catalogue goes further. Switch:
 * GATEWAY_REFERENCE_CACHE_MS (the cap; 0 turns it off), GATEWAY_REFERENCE_SUBGRAPHS (default `catalogue`).
 */
export function referenceDataCache(inner: Fetcher, { ttlMs, maxEntries = 1000 }: ReferenceDataCacheOptions): Fetcher {
  const answers = new Map<string, { expires: number; response: FetcherResponse }>();
  return async (url, init) => {
    const body = typeof init?.body === 'string' ? init.body : undefined;
    if (!body || !isQuery(body)) {
      answers.clear();
      return inner(url, init);
    }
    // per identity too: a subgraph may answer the same query differently for different callers
    const identity = (init?.headers as Record<string, string> | undefined)?.[SIGNED_HEADERS.identity] ?? '';
    const key = `${url}\n${identity}\n${body}`;
    const hit = answers.get(key);
    if (hit && hit.expires > Date.now()) return hit.response.clone();
    const response = await inner(url, init);
    if (response.ok) {
      const text = await response.text();
      const stored = textResponse(response, text);
      const keepMs = Math.min(ttlMs, allowedMs(response.headers.get('cache-control')));
      if (keepMs > 0 && !hasErrors(text)) {
        if (answers.size >= maxEntries) answers.delete(answers.keys().next().value!);
        answers.set(key, { expires: Date.now() + keepMs, response: stored });
      }
      return stored.clone();
    }
    return response;
  };
}

/** How long a `Cache-Control` header lets an answer be reused, in milliseconds; 0 when it does not. */
function allowedMs(cacheControl: string | null): number {
  const directives = (cacheControl ?? '')
    .toLowerCase()
    .split(',')
    .map((directive) => directive.trim());
  if (directives.includes('no-store') || directives.includes('no-cache')) return 0;
  const maxAge = directives.map((directive) => /^max-age=(\d+)$/.exec(directive)).find(Boolean);
  return maxAge ? Number(maxAge[1]) * 1000 : 0;
}

/** Whether a GraphQL-over-HTTP body carries a query (not a mutation or subscription). */
function isQuery(body: string): boolean {
  try {
    const { query } = JSON.parse(body) as { query?: string };
    return typeof query === 'string' && /^\s*(query\b|\{)/.test(query);
  } catch {
    return false;
  }
}

function hasErrors(text: string): boolean {
  try {
    const parsed = JSON.parse(text) as { errors?: unknown[] };
    return Array.isArray(parsed.errors) && parsed.errors.length > 0;
  } catch {
    return true;
  }
}

/** A response whose body was read once, replayable any number of times. */
function textResponse(original: FetcherResponse, text: string): FetcherResponse {
  const make = (): FetcherResponse => ({
    url: original.url,
    status: original.status,
    statusText: original.statusText,
    ok: original.ok,
    redirected: original.redirected,
    bodyUsed: false,
    headers: original.headers,
    text: async () => text,
    json: async () => JSON.parse(text),
    arrayBuffer: async () => new TextEncoder().encode(text).buffer as ArrayBuffer,
    clone: make,
  });
  return make();
}
