import { z } from 'zod';
import { optional, serviceSettings } from '../lib/config';
import { defaultSubgraphUrl, GATEWAY_DEFAULT_PORT, SUBGRAPHS, subgraphUrlVariable } from '../lib/services';

/** Everything the gateway reads from the environment. */
export const gatewaySettings = z.object({
  ...serviceSettings(GATEWAY_DEFAULT_PORT),
  /** The checked-in supergraph by default. */
  SUPERGRAPH_PATH: optional(z.string().min(1)),
  /** Redis shared by the replicas (persisted queries); each replica caches on its own when unset. */
  REDIS_URL: optional(z.url()),
  // where each subgraph answers: SUBGRAPH_CATALOGUE_URL, SUBGRAPH_CASES_URL, …
  ...(Object.fromEntries(
    SUBGRAPHS.map((subgraph) => [subgraphUrlVariable(subgraph.name), z.url().default(defaultSubgraphUrl(subgraph))]),
  ) as Record<string, z.ZodDefault<z.ZodURL>>),
});

export type GatewaySettings = z.infer<typeof gatewaySettings>;

/** Subgraph name → URL, from validated settings. */
export function subgraphUrlsFrom(settings: GatewaySettings): Record<string, string> {
  return Object.fromEntries(
    SUBGRAPHS.map((subgraph) => [
      subgraph.name,
      (settings as Record<string, unknown>)[subgraphUrlVariable(subgraph.name)] as string,
    ]),
  );
}
