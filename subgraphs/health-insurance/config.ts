import { auditRecorderSettings } from '../../lib/audit';
import { z } from 'zod';
import { metricsTokenInProduction, subgraphTrustSettings } from '../../lib/auth/subgraph-secrets';
import { HEALTH_INSURANCE_READ_CACHE_TTL_MS } from '../../adapters/health-insurance';
import { DOUBLE_CREDENTIALS } from '../../adapters/health-insurance/mock';
import { callSettingsShape } from '../../adapters/kit';
import { credential, serviceSettings } from '../../lib/config';
import { findSubgraph } from '../../lib/services';

/**
 * Everything the health-insurance subgraph reads from the environment: where the 新农合 system
 * is, its login and how it is called. The defaults are the local double's; production refuses
 * the double's credentials.
 */
export const healthInsuranceSettings = z
  .object({
    ...serviceSettings(findSubgraph('health-insurance').defaultPort),
    /** SUBGRAPH_SECRET (requests signed by the gateway) and METRICS_TOKEN: lib/auth/README.md. */
    ...subgraphTrustSettings(),
    /** SUBGRAPH_AUDIT_URL, SUBGRAPH_AUDIT_SECRET, AUDIT_SPOOL_DIR: where personal-data access is recorded. */
    ...auditRecorderSettings(),
    HEALTH_INSURANCE_URL: z.url().default('http://127.0.0.1:4104'),
    HEALTH_INSURANCE_USERNAME: credential(DOUBLE_CREDENTIALS.username),
    HEALTH_INSURANCE_PASSWORD: credential(DOUBLE_CREDENTIALS.password, { secret: true }),
    ...callSettingsShape('HEALTH_INSURANCE', { cacheTtlMs: HEALTH_INSURANCE_READ_CACHE_TTL_MS }),
  })
  .superRefine(metricsTokenInProduction);
