import { Fetcher, keepAliveFetcher } from './keepAliveFetcher';
import { referenceDataCache } from './referenceDataCache';

/**
 * The HTTP client each subgraph's data source uses, from the environment:
 * - GATEWAY_KEEP_ALIVE_FETCHER (default true): one shared keep-alive client (keepAliveFetcher.ts);
 *   `false` leaves Apollo's default client, and then nothing is cached either;
 * - GATEWAY_REFERENCE_CACHE_MS (default 5000; 0 = off) and GATEWAY_REFERENCE_SUBGRAPHS (default
 *   `catalogue`, comma-separated): those subgraphs' query answers are reused for that long
 *   (referenceDataCache.ts).
 * Returns data-source options by subgraph name; `{}` keeps Apollo's defaults.
 */
export function subgraphClients(env: NodeJS.ProcessEnv = process.env): (subgraph: string) => { fetcher?: Fetcher } {
  if (env.GATEWAY_KEEP_ALIVE_FETCHER === 'false') return () => ({});
  const client = keepAliveFetcher();
  const ttlMs = Number(env.GATEWAY_REFERENCE_CACHE_MS ?? 5000);
  if (!Number.isFinite(ttlMs) || ttlMs < 0) {
    throw new Error(
      `GATEWAY_REFERENCE_CACHE_MS must be a number of milliseconds, got ${env.GATEWAY_REFERENCE_CACHE_MS}`,
    );
  }
  const cached = new Set((env.GATEWAY_REFERENCE_SUBGRAPHS ?? 'catalogue').split(',').map((name) => name.trim()));
  return (subgraph) => ({
    fetcher: ttlMs > 0 && cached.has(subgraph) ? referenceDataCache(client, { ttlMs }) : client,
  });
}
