import { GatewayLevers } from './config';
import { Fetcher, keepAliveFetcher } from './keepAliveFetcher';
import { referenceDataCache } from './referenceDataCache';

/**
 * The HTTP client each subgraph's data source uses, from the levers (gateway/config.ts):
 * - GATEWAY_KEEP_ALIVE_FETCHER (default true): one shared keep-alive client (keepAliveFetcher.ts);
 *   `false` leaves Apollo's default client, and then nothing is cached either;
 * - GATEWAY_REFERENCE_CACHE_MS (default 5000; 0 = off) and GATEWAY_REFERENCE_SUBGRAPHS (default
 *   `catalogue`, comma-separated): those subgraphs' query answers are reused for as long as
 *   their Cache-Control allows, at most that long (referenceDataCache.ts).
 * Returns data-source options by subgraph name; `{}` keeps Apollo's defaults.
 */
export function subgraphClients(
  levers: Pick<GatewayLevers, 'keepAliveFetcher' | 'referenceCacheMs' | 'referenceSubgraphs'>,
): (subgraph: string) => { fetcher?: Fetcher } {
  if (!levers.keepAliveFetcher) return () => ({});
  const client = keepAliveFetcher();
  const ttlMs = levers.referenceCacheMs;
  const cached = new Set(levers.referenceSubgraphs);
  return (subgraph) => ({
    fetcher: ttlMs > 0 && cached.has(subgraph) ? referenceDataCache(client, { ttlMs }) : client,
  });
}
