import { join } from 'node:path';
import { z } from 'zod';
import { secret, serviceSettings } from '../../lib/config';
import { dataDir } from '../../lib/paths';
import { defaultSubgraphUrl, findSubgraph, subgraphUrlVariable } from '../../lib/services';
import { DEFAULT_DISPATCHER_SETTINGS, DispatcherSettings } from './dispatch/dispatcher';
import { DEPARTMENT_SUBGRAPHS } from './dispatch/routes';

const milliseconds = (fallback: number) => z.coerce.number().int().min(1).default(fallback);
const defaults = DEFAULT_DISPATCHER_SETTINGS;

/** Where each department subgraph answers, service to service: the gateway's own variables. */
const departmentSubgraphUrls = Object.fromEntries(
  DEPARTMENT_SUBGRAPHS.map((name) => [
    subgraphUrlVariable(name),
    z.url().default(defaultSubgraphUrl(findSubgraph(name))),
  ]),
);

/** Everything the cases subgraph reads from the environment. */
export const casesSettings = z.object({
  ...serviceSettings(findSubgraph('cases').defaultPort),
  /** `postgres://…` in production (it may hold a password); a SQLite file under data/ by default. */
  DATABASE_URL: secret(z.string().min(1).default(join(dataDir(), 'cases.sqlite'))),
  /** The catalogue subgraph, called service to service (never through the gateway). */
  CATALOGUE_URL: z.url().default(defaultSubgraphUrl(findSubgraph('catalogue'))),
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
});

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
