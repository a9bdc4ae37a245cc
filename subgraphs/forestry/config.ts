import { auditRecorderSettings } from '../../lib/audit';
import { z } from 'zod';
import { metricsTokenInProduction, subgraphTrustSettings } from '../../lib/auth/subgraph-secrets';
import { FORESTRY_HARVEST_READ_CACHE_TTL_MS } from '../../adapters/forestry-harvest';
import { FORESTRY_LAND_USE_READ_CACHE_TTL_MS } from '../../adapters/forestry-land-use';
import { FORESTRY_TRANSPORT_READ_CACHE_TTL_MS } from '../../adapters/forestry-transport';
import { callSettingsShape } from '../../adapters/kit';
import { serviceSettings } from '../../lib/config';
import { findSubgraph } from '../../lib/services';

/**
 * Everything the forestry subgraph reads from the environment: where each of the three forestry
 * systems answers (the local doubles by default) and how each is called (`<SYSTEM>_TIMEOUT_MS`…).
 */
export const forestrySettings = z
  .object({
    ...serviceSettings(findSubgraph('forestry').defaultPort),
    /** SUBGRAPH_SECRET (requests signed by the gateway) and METRICS_TOKEN: lib/auth/README.md. */
    ...subgraphTrustSettings(),
    /** SUBGRAPH_AUDIT_URL, SUBGRAPH_AUDIT_SECRET, AUDIT_SPOOL_DIR: where personal-data access is recorded. */
    ...auditRecorderSettings(),
    /** The harvest-permit SOAP endpoint. */
    FORESTRY_HARVEST_URL: z.url().default('http://127.0.0.1:4101/lmcf/xkz'),
    /** Base URL of the transport-permit system. */
    FORESTRY_TRANSPORT_URL: z.url().default('http://127.0.0.1:4102'),
    /** Base URL of the land-use system. */
    FORESTRY_LAND_USE_URL: z.url().default('http://127.0.0.1:4103'),
    ...callSettingsShape('FORESTRY_HARVEST', { cacheTtlMs: FORESTRY_HARVEST_READ_CACHE_TTL_MS }),
    ...callSettingsShape('FORESTRY_TRANSPORT', { cacheTtlMs: FORESTRY_TRANSPORT_READ_CACHE_TTL_MS }),
    ...callSettingsShape('FORESTRY_LAND_USE', { cacheTtlMs: FORESTRY_LAND_USE_READ_CACHE_TTL_MS }),
  })
  .superRefine(metricsTokenInProduction);
