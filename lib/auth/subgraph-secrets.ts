import { z } from 'zod';
import { optional, secret } from '../config';
import type { Identity } from './identity';

/**
 * The per-subgraph signing secrets. Each subgraph verifies with its own (`SUBGRAPH_SECRET`); every
 * caller of a subgraph — the gateway, and a hub service calling it directly — signs with that
 * subgraph's, named `SUBGRAPH_<NAME>_SECRET` (e.g. SUBGRAPH_HEALTH_INSURANCE_SECRET), so one
 * leaked secret opens one subgraph. Required everywhere (`npm start` makes random ones per run);
 * under jest, code that is given none uses the test run's secret (test/support/jest-setup.ts).
 */
export const OWN_SECRET_VARIABLE = 'SUBGRAPH_SECRET';

/** `health-insurance` → `SUBGRAPH_HEALTH_INSURANCE_SECRET`. */
export function subgraphSecretVariable(name: string): string {
  return `SUBGRAPH_${name.toUpperCase().replace(/-/g, '_')}_SECRET`;
}

/** A signing secret setting: from a secret store, long enough not to be guessed. */
export const signingSecret = () => secret(z.string().min(32, 'a signing secret needs at least 32 characters'));

/**
 * What every subgraph reads to trust only the gateway: its own signing secret, and the token its
 * `/metrics` asks of the scraper (optional outside production).
 */
export function subgraphTrustSettings() {
  return { [OWN_SECRET_VARIABLE]: signingSecret(), METRICS_TOKEN: metricsTokenSetting() };
}

/** `SUBGRAPH_<NAME>_SECRET` for each subgraph a service calls. */
export function callerSecretSettings(subgraphs: readonly string[]) {
  return Object.fromEntries(subgraphs.map((name) => [subgraphSecretVariable(name), signingSecret()])) as Record<
    string,
    ReturnType<typeof signingSecret>
  >;
}

/** Each called subgraph's secret from validated settings, by subgraph name. */
export function callerSecrets(config: object, subgraphs: readonly string[]): Record<string, string> {
  return Object.fromEntries(
    subgraphs.map((name) => [name, String((config as Record<string, unknown>)[subgraphSecretVariable(name)])]),
  );
}

/** The bearer token a Prometheus scrape presents at `/metrics`; `/metrics` is open without one. */
export const metricsTokenSetting = () =>
  optional(secret(z.string().min(32, 'a metrics token needs at least 32 characters')));

/** Refuses a production configuration without a metrics token: then `/metrics` would be open. */
export function metricsTokenInProduction(
  settings: { NODE_ENV?: string; METRICS_TOKEN?: unknown },
  ctx: z.RefinementCtx,
) {
  if (settings.NODE_ENV === 'production' && !settings.METRICS_TOKEN) {
    ctx.addIssue({ code: 'custom', path: ['METRICS_TOKEN'], message: 'is required with NODE_ENV=production' });
  }
}

/**
 * The secret to sign or verify with: the one given, or under jest (NODE_ENV=test) the test run's
 * shared secret, so that tests which start a service or call one need not wire secrets. Anywhere
 * else a missing secret is a wiring error.
 */
export function secretOrTestDefault(given: string | undefined, what: string): string {
  if (given) return given;
  const testSecret = process.env.NODE_ENV === 'test' ? process.env[OWN_SECRET_VARIABLE] : undefined;
  if (!testSecret) throw new Error(`${what}: no signing secret configured`);
  return testSecret;
}

/** A hub service acting on its own behalf (the cases dispatcher, the queue reading the hall). */
export function systemIdentity(service: string): Identity {
  return { subject: service, roles: ['SYSTEM'] };
}

/** A subgraph's `SubgraphTrustOptions` from its validated settings (each `main.ts`). */
export function subgraphTrust(config: { SUBGRAPH_SECRET: string; METRICS_TOKEN?: string }) {
  return { secret: config.SUBGRAPH_SECRET, metricsToken: config.METRICS_TOKEN };
}
