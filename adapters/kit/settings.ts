import { z } from 'zod';
import type { LegacyCallerOptions } from './caller';
import type { ReadCacheSettings } from './read-cache';

/** How an adapter calls its system: the part of the caller's options that is configuration. */
export type CallSettings = Pick<LegacyCallerOptions, 'timeoutMs' | 'retry' | 'breaker' | 'maxConcurrent' | 'cache'>;

export const DEFAULT_CALL_SETTINGS: Required<CallSettings> = {
  timeoutMs: 3000,
  retry: { attempts: 2, baseDelayMs: 100 },
  breaker: { failureThreshold: 5, resetTimeoutMs: 10_000 },
  // a township server answers a handful of requests at a time; a burst waits here instead
  maxConcurrent: 8,
  // off unless a system's configuration says its data allows it (adapters/kit/README.md)
  cache: { ttlMs: 0, maxEntries: 10_000 },
};

const positive = (fallback: number) => z.coerce.number().int().positive().default(fallback);
const nonNegative = (fallback: number) => z.coerce.number().int().nonnegative().default(fallback);

/** A system's own defaults where they differ from DEFAULT_CALL_SETTINGS (the read cache's TTL). */
export interface SystemCallDefaults {
  cacheTtlMs?: number;
}

type CallSettingName =
  | 'TIMEOUT_MS'
  | 'RETRY_ATTEMPTS'
  | 'RETRY_BASE_DELAY_MS'
  | 'BREAKER_FAILURE_THRESHOLD'
  | 'BREAKER_RESET_MS'
  | 'MAX_CONCURRENT'
  | 'CACHE_TTL_MS'
  | 'CACHE_MAX_ENTRIES';

/**
 * The settings `<PREFIX>_TIMEOUT_MS`, `<PREFIX>_RETRY_ATTEMPTS`, `<PREFIX>_RETRY_BASE_DELAY_MS`,
 * `<PREFIX>_BREAKER_FAILURE_THRESHOLD`, `<PREFIX>_BREAKER_RESET_MS`, `<PREFIX>_MAX_CONCURRENT`,
 * `<PREFIX>_CACHE_TTL_MS` (0 = no cache) and `<PREFIX>_CACHE_MAX_ENTRIES` (e.g. prefix `PENSIONS`),
 * each defaulting to DEFAULT_CALL_SETTINGS or the system's own `defaults`, so every adapter is
 * tuned the same way. Spread it into a service's settings schema; `callSettingsFrom` reads the
 * parsed values back.
 */
export function callSettingsShape<P extends string>(prefix: P, defaults: SystemCallDefaults = {}) {
  const { timeoutMs, retry, breaker, maxConcurrent, cache } = DEFAULT_CALL_SETTINGS;
  return {
    [`${prefix}_TIMEOUT_MS`]: positive(timeoutMs),
    [`${prefix}_RETRY_ATTEMPTS`]: positive(retry.attempts),
    [`${prefix}_RETRY_BASE_DELAY_MS`]: positive(retry.baseDelayMs),
    [`${prefix}_BREAKER_FAILURE_THRESHOLD`]: positive(breaker.failureThreshold),
    [`${prefix}_BREAKER_RESET_MS`]: positive(breaker.resetTimeoutMs),
    [`${prefix}_MAX_CONCURRENT`]: positive(maxConcurrent),
    [`${prefix}_CACHE_TTL_MS`]: nonNegative(defaults.cacheTtlMs ?? cache.ttlMs),
    [`${prefix}_CACHE_MAX_ENTRIES`]: positive(cache.maxEntries),
  } as Record<`${P}_${CallSettingName}`, ReturnType<typeof positive>>;
}

/** The call settings of `prefix` out of a parsed settings object that spread `callSettingsShape(prefix)`. */
export function callSettingsFrom<P extends string>(prefix: P, values: Record<`${P}_${string}`, unknown>): CallSettings {
  const value = (name: string) => values[`${prefix}_${name}` as `${P}_${string}`] as number;
  return {
    timeoutMs: value('TIMEOUT_MS'),
    retry: { attempts: value('RETRY_ATTEMPTS'), baseDelayMs: value('RETRY_BASE_DELAY_MS') },
    breaker: { failureThreshold: value('BREAKER_FAILURE_THRESHOLD'), resetTimeoutMs: value('BREAKER_RESET_MS') },
    maxConcurrent: value('MAX_CONCURRENT'),
    cache: { ttlMs: value('CACHE_TTL_MS'), maxEntries: value('CACHE_MAX_ENTRIES') },
  };
}
