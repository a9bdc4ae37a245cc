import { auditRecorderSettings } from '../../lib/audit';
import { z } from 'zod';
import { metricsTokenInProduction, subgraphTrustSettings } from '../../lib/auth/subgraph-secrets';
import { callSettingsShape } from '../../adapters/kit';
import { PENSIONS_READ_CACHE_TTL_MS } from '../../adapters/pensions';
import { DOUBLE_CREDENTIALS } from '../../adapters/pensions/mock';
import { credential, serviceSettings } from '../../lib/config';
import { findSubgraph } from '../../lib/services';

/**
 * Everything the pensions subgraph reads from the environment: where the 城乡居民养老保险 system
 * is, its WS-Security UsernameToken and how it is called. The defaults are the local double's;
 * production refuses the double's credentials.
 */
export const pensionsSettings = z
  .object({
    ...serviceSettings(findSubgraph('pensions').defaultPort),
    /** SUBGRAPH_SECRET (requests signed by the gateway) and METRICS_TOKEN: lib/auth/README.md. */
    ...subgraphTrustSettings(),
    /** SUBGRAPH_AUDIT_URL, SUBGRAPH_AUDIT_SECRET, AUDIT_SPOOL_DIR: where personal-data access is recorded. */
    ...auditRecorderSettings(),
    PENSIONS_URL: z.url().default('http://127.0.0.1:4105'),
    PENSIONS_USERNAME: credential(DOUBLE_CREDENTIALS.username),
    PENSIONS_PASSWORD: credential(DOUBLE_CREDENTIALS.password, { secret: true }),
    ...callSettingsShape('PENSIONS', { cacheTtlMs: PENSIONS_READ_CACHE_TTL_MS }),
  })
  .superRefine(metricsTokenInProduction);
