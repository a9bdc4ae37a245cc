import { auditRecorderSettings } from '../../lib/audit';
import { join } from 'node:path';
import { z } from 'zod';
import { provincialPlatformSettings } from '../../adapters/provincial-platform/config';
import { callerSecretSettings, metricsTokenInProduction, subgraphTrustSettings } from '../../lib/auth/subgraph-secrets';
import { secret, serviceSettings } from '../../lib/config';
import { dataDir } from '../../lib/paths';
import { defaultSubgraphUrl, findSubgraph, subgraphUrlVariable } from '../../lib/services';
import { DEFAULT_DISPATCHER_SETTINGS, DispatcherSettings } from './dispatch/dispatcher';
import { DEPARTMENT_SUBGRAPHS } from './dispatch/routes';
import { DEFAULT_ONLINE_INTAKE_SETTINGS } from './province/online-intake';
import { DEFAULT_PROVINCIAL_REPORTER_SETTINGS } from './province/provincial-reporter';

const milliseconds = (fallback: number) => z.coerce.number().int().min(1).default(fallback);
const defaults = DEFAULT_DISPATCHER_SETTINGS;
const reporting = DEFAULT_PROVINCIAL_REPORTER_SETTINGS;

/** Where each department subgraph answers, service to service: the gateway's own variables. */
const departmentSubgraphUrls = Object.fromEntries(
  DEPARTMENT_SUBGRAPHS.map((name) => [
    subgraphUrlVariable(name),
    z.url().default(defaultSubgraphUrl(findSubgraph(name))),
  ]),
);

/** Everything the cases subgraph reads from the environment. */
export const casesSettings = z
  .object({
    ...serviceSettings(findSubgraph('cases').defaultPort),
    /** SUBGRAPH_SECRET (requests signed by the gateway) and METRICS_TOKEN: lib/auth/README.md. */
    ...subgraphTrustSettings(),
    /** SUBGRAPH_AUDIT_URL, SUBGRAPH_AUDIT_SECRET, AUDIT_SPOOL_DIR: where personal-data access is recorded. */
    ...auditRecorderSettings(),
    /** `postgres://…` in production (it may hold a password); a SQLite file under data/ by default. */
    DATABASE_URL: secret(z.string().min(1).default(join(dataDir(), 'cases.sqlite'))),
    /** The catalogue subgraph, called service to service (never through the gateway). */
    CATALOGUE_URL: z.url().default(defaultSubgraphUrl(findSubgraph('catalogue'))),
    /** SUBGRAPH_CATALOGUE_SECRET, SUBGRAPH_FORESTRY_SECRET…: what the calls to each are signed with. */
    ...callerSecretSettings(['catalogue', ...DEPARTMENT_SUBGRAPHS]),
    /** SUBGRAPH_FORESTRY_URL, SUBGRAPH_HEALTH_INSURANCE_URL…: where the dispatcher delivers and polls. */
    ...departmentSubgraphUrls,
    /** `false` runs no dispatcher in this process (e.g. a replica serving only the graph). */
    DISPATCH_ENABLED: z.enum(['true', 'false']).default('true'),
    DISPATCH_INTERVAL_MS: milliseconds(defaults.intervalMs),
    DISPATCH_BATCH_SIZE: z.coerce.number().int().min(1).max(500).default(defaults.batchSize),
    DISPATCH_LEASE_MS: milliseconds(defaults.leaseMs),
    DISPATCH_STUCK_AFTER_ATTEMPTS: z.coerce.number().int().min(1).default(defaults.stuckAfterAttempts),
    DISPATCH_BACKOFF_BASE_MS: milliseconds(defaults.backoff.baseDelayMs),
    DISPATCH_BACKOFF_MAX_MS: milliseconds(defaults.backoff.maxDelayMs),
    DISPATCH_POLL_INTERVAL_MS: milliseconds(defaults.pollIntervalMs),
    /** One call to a department subgraph; above the subgraphs' own legacy-call budgets. */
    DISPATCH_TIMEOUT_MS: milliseconds(10_000),
    /** Where and as whom cases are reported to the provincial platform and its applications read. */
    ...provincialPlatformSettings,
    /** `false` reports nothing to the province from this process (the cases wait in the outbox). */
    PROVINCIAL_REPORT_ENABLED: z.enum(['true', 'false']).default('true'),
    PROVINCIAL_REPORT_INTERVAL_MS: milliseconds(reporting.intervalMs),
    /** Cases claimed per round, each reported in its own requests. */
    PROVINCIAL_REPORT_BATCH_SIZE: z.coerce.number().int().min(1).max(500).default(reporting.batchSize),
    PROVINCIAL_REPORT_LEASE_MS: milliseconds(reporting.leaseMs),
    PROVINCIAL_REPORT_STUCK_AFTER_ATTEMPTS: z.coerce.number().int().min(1).default(reporting.stuckAfterAttempts),
    /** Also spaces the probes while the platform refuses the hub's signature, app id or clock. */
    PROVINCIAL_REPORT_BACKOFF_BASE_MS: milliseconds(reporting.backoff.baseDelayMs),
    PROVINCIAL_REPORT_BACKOFF_MAX_MS: milliseconds(reporting.backoff.maxDelayMs),
    /** `false` takes in no applications from the provincial portal in this process. */
    PROVINCIAL_INTAKE_ENABLED: z.enum(['true', 'false']).default('true'),
    PROVINCIAL_INTAKE_INTERVAL_MS: milliseconds(DEFAULT_ONLINE_INTAKE_SETTINGS.intervalMs),
  })
  .superRefine(metricsTokenInProduction);

type CasesConfig = z.infer<typeof casesSettings>;

/** The dispatcher's settings from the configuration. */
export function dispatcherSettings(config: CasesConfig): DispatcherSettings {
  return {
    intervalMs: config.DISPATCH_INTERVAL_MS,
    batchSize: config.DISPATCH_BATCH_SIZE,
    leaseMs: config.DISPATCH_LEASE_MS,
    stuckAfterAttempts: config.DISPATCH_STUCK_AFTER_ATTEMPTS,
    backoff: { baseDelayMs: config.DISPATCH_BACKOFF_BASE_MS, maxDelayMs: config.DISPATCH_BACKOFF_MAX_MS },
    pollIntervalMs: config.DISPATCH_POLL_INTERVAL_MS,
  };
}

/** Each department subgraph's URL from the configuration, by subgraph name. */
export function departmentUrls(config: CasesConfig): Record<string, string> {
  return Object.fromEntries(
    DEPARTMENT_SUBGRAPHS.map((name) => [name, String((config as Record<string, unknown>)[subgraphUrlVariable(name)])]),
  );
}

/** The provincial exchange's settings (but the client) from the configuration. */
export function provincialExchangeSettings(config: CasesConfig) {
  return {
    reporting: {
      settings: {
        intervalMs: config.PROVINCIAL_REPORT_INTERVAL_MS,
        batchSize: config.PROVINCIAL_REPORT_BATCH_SIZE,
        leaseMs: config.PROVINCIAL_REPORT_LEASE_MS,
        stuckAfterAttempts: config.PROVINCIAL_REPORT_STUCK_AFTER_ATTEMPTS,
        backoff: {
          baseDelayMs: config.PROVINCIAL_REPORT_BACKOFF_BASE_MS,
          maxDelayMs: config.PROVINCIAL_REPORT_BACKOFF_MAX_MS,
        },
      },
      background: config.PROVINCIAL_REPORT_ENABLED === 'true',
    },
    intake: {
      settings: { intervalMs: config.PROVINCIAL_INTAKE_INTERVAL_MS },
      background: config.PROVINCIAL_INTAKE_ENABLED === 'true',
    },
  };
}
