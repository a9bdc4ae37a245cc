import { z } from 'zod';
import { loadConfig } from '../../lib/config';
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
 * Call settings from `<PREFIX>_TIMEOUT_MS`, `<PREFIX>_RETRY_ATTEMPTS`, `<PREFIX>_RETRY_BASE_DELAY_MS`,
 * `<PREFIX>_BREAKER_FAILURE_THRESHOLD` and `<PREFIX>_BREAKER_RESET_MS` (e.g. prefix `PENSIONS`),
 * each defaulting to DEFAULT_CALL_SETTINGS, so every adapter is tuned the same way.
 */
export function loadCallSettings(prefix: string, env: NodeJS.ProcessEnv = process.env): CallSettings {
  const { timeoutMs, retry, breaker } = DEFAULT_CALL_SETTINGS;
  const values = loadConfig(
    z.object({
      [`${prefix}_TIMEOUT_MS`]: positive(timeoutMs),
      [`${prefix}_RETRY_ATTEMPTS`]: positive(retry.attempts),
      [`${prefix}_RETRY_BASE_DELAY_MS`]: positive(retry.baseDelayMs),
      [`${prefix}_BREAKER_FAILURE_THRESHOLD`]: positive(breaker.failureThreshold),
      [`${prefix}_BREAKER_RESET_MS`]: positive(breaker.resetTimeoutMs),
    }),
    env,
  ) as Record<string, number>;
  return {
    timeoutMs: values[`${prefix}_TIMEOUT_MS`],
    retry: { attempts: values[`${prefix}_RETRY_ATTEMPTS`], baseDelayMs: values[`${prefix}_RETRY_BASE_DELAY_MS`] },
    breaker: {
      failureThreshold: values[`${prefix}_BREAKER_FAILURE_THRESHOLD`],
      resetTimeoutMs: values[`${prefix}_BREAKER_RESET_MS`],
    },
  };
}
