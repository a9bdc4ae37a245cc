/** How an outbox spaces its attempts at a message that fails. */
export interface Backoff {
  /** The delay after the first failure. */
  baseDelayMs: number;
  /** No delay is longer: a message failing for days is still tried at this interval. */
  maxDelayMs: number;
}

/**
 * The wait before the next attempt after `attempts` failures: exponential from `baseDelayMs`,
 * capped at `maxDelayMs`, with "equal jitter" (half fixed, half random) so that a backlog built up
 * during an outage does not hit the system again all at the same instant, yet never retries at once.
 */
export function nextDelayMs({ baseDelayMs, maxDelayMs }: Backoff, attempts: number, random = Math.random): number {
  const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
