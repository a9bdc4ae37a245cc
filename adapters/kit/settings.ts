import { z } from 'zod';
import { LegacyCallerOptions } from './caller';

/** How an adapter calls its system: the part of the caller's options that is configuration. */
export type CallSettings = Pick<LegacyCallerOptions, 'timeoutMs' | 'retry' | 'breaker'>;

export const DEFAULT_CALL_SETTINGS: CallSettings = {
  timeoutMs: 3000,
  retry: { attempts: 2, baseDelayMs: 100 },
  breaker: { failureThreshold: 5, resetTimeoutMs: 10_000 },
};

const positive = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/**
 * The settings `<PREFIX>_TIMEOUT_MS`, `<PREFIX>_RETRY_ATTEMPTS`, `<PREFIX>_RETRY_BASE_DELAY_MS`,
 * `<PREFIX>_BREAKER_FAILURE_THRESHOLD` and `<PREFIX>_BREAKER_RESET_MS` (e.g. prefix `PENSIONS`),
 * each defaulting to DEFAULT_CALL_SETTINGS, so every adapter is tuned the same way. Spread it into
 * a service's settings schema; `callSettingsFrom` reads the parsed values back.
 */
export function callSettingsShape<P extends string>(prefix: P) {
  const { timeoutMs, retry, breaker } = DEFAULT_CALL_SETTINGS;
  return {
    [`${prefix}_TIMEOUT_MS`]: positive(timeoutMs),
    [`${prefix}_RETRY_ATTEMPTS`]: positive(retry.attempts),
    [`${prefix}_RETRY_BASE_DELAY_MS`]: positive(retry.baseDelayMs),
    [`${prefix}_BREAKER_FAILURE_THRESHOLD`]: positive(breaker.failureThreshold),
    [`${prefix}_BREAKER_RESET_MS`]: positive(breaker.resetTimeoutMs),
  } as Record<
    `${P}_${'TIMEOUT_MS' | 'RETRY_ATTEMPTS' | 'RETRY_BASE_DELAY_MS' | 'BREAKER_FAILURE_THRESHOLD' | 'BREAKER_RESET_MS'}`,
    ReturnType<typeof positive>
  >;
}

/** The call settings of `prefix` out of a parsed settings object that spread `callSettingsShape(prefix)`. */
export function callSettingsFrom<P extends string>(prefix: P, values: Record<`${P}_${string}`, unknown>): CallSettings {
  const value = (name: string) => values[`${prefix}_${name}` as `${P}_${string}`] as number;
  return {
    timeoutMs: value('TIMEOUT_MS'),
    retry: { attempts: value('RETRY_ATTEMPTS'), baseDelayMs: value('RETRY_BASE_DELAY_MS') },
    breaker: { failureThreshold: value('BREAKER_FAILURE_THRESHOLD'), resetTimeoutMs: value('BREAKER_RESET_MS') },
  };
}
