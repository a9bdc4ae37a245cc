import { auditRecorderSettings } from '../../lib/audit';
import { z } from 'zod';
import { metricsTokenInProduction, subgraphTrustSettings } from '../../lib/auth/subgraph-secrets';
import { callSettingsShape } from '../../adapters/kit';
import { PARTY_BUILDING_READ_CACHE_TTL_MS } from '../../adapters/party-building';
import { PARTY_BUILDING_DOUBLE_CREDENTIALS } from '../../adapters/party-building/mock';
import { credential, serviceSettings } from '../../lib/config';
import { findSubgraph } from '../../lib/services';

/**
 * Everything the party-building subgraph reads from the environment: where the 党建 system is,
 * its HTTP Basic account, its page size and how it is called. The defaults are the local
 * double's; production refuses the double's credentials.
 */
export const partyBuildingSettings = z
  .object({
    ...serviceSettings(findSubgraph('party-building').defaultPort),
    /** SUBGRAPH_SECRET (requests signed by the gateway) and METRICS_TOKEN: lib/auth/README.md. */
    ...subgraphTrustSettings(),
    /** SUBGRAPH_AUDIT_URL, SUBGRAPH_AUDIT_SECRET, AUDIT_SPOOL_DIR: where personal-data access is recorded. */
    ...auditRecorderSettings(),
    PARTY_BUILDING_URL: z.url().default('http://127.0.0.1:4106'),
    PARTY_BUILDING_USERNAME: credential(PARTY_BUILDING_DOUBLE_CREDENTIALS.username),
    PARTY_BUILDING_PASSWORD: credential(PARTY_BUILDING_DOUBLE_CREDENTIALS.password, { secret: true }),
    PARTY_BUILDING_PAGE_SIZE: z.coerce.number().int().min(1).max(50).default(50),
    ...callSettingsShape('PARTY_BUILDING', { cacheTtlMs: PARTY_BUILDING_READ_CACHE_TTL_MS }),
  })
  .superRefine(metricsTokenInProduction);
