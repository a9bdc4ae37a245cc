import { Counter, Gauge, Histogram } from 'prom-client';
import { metricsRegistry } from '../../lib/metrics/registry';
import type { BreakerState } from './caller';
import type { LegacyErrorCode } from './errors';
import type { LegacySystemId } from './systems';

/** How one legacy call ended: `success`, or why not. `rejected` is a business "no": the system works. */
export type LegacyCallOutcome = 'success' | 'rejected' | 'unavailable' | 'timeout' | 'bad_response' | 'short_circuited';

export const OUTCOME_OF: Record<LegacyErrorCode, LegacyCallOutcome> = {
  LEGACY_REJECTED: 'rejected',
  LEGACY_UNAVAILABLE: 'unavailable',
  LEGACY_TIMEOUT: 'timeout',
  LEGACY_BAD_RESPONSE: 'bad_response',
};

const calls = new Counter({
  name: 'hub_legacy_calls_total',
  help: 'Calls to legacy systems by system, operation and outcome (success, rejected, unavailable, timeout, bad_response, short_circuited).',
  labelNames: ['system', 'operation', 'outcome'] as const,
  registers: [metricsRegistry],
});

const retries = new Counter({
  name: 'hub_legacy_call_retries_total',
  help: 'Retried attempts of legacy reads, by system and operation.',
  labelNames: ['system', 'operation'] as const,
  registers: [metricsRegistry],
});

const duration = new Histogram({
  name: 'hub_legacy_call_duration_seconds',
  help: 'Duration of legacy calls (retries included, up to the call deadline), by system and operation.',
  labelNames: ['system', 'operation'] as const,
  buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [metricsRegistry],
});

/** The breakers of this process's callers, read at each scrape. */
const breakers = new Map<LegacySystemId, () => BreakerState>();
const STATES: readonly BreakerState[] = ['CLOSED', 'HALF_OPEN', 'OPEN'];

new Gauge({
  name: 'hub_legacy_breaker_state',
  help: 'Circuit breaker state per legacy system: 1 on the current state (closed, half_open, open), 0 on the others.',
  labelNames: ['system', 'state'] as const,
  registers: [metricsRegistry],
  collect() {
    this.reset();
    for (const [system, stateOf] of breakers) {
      const current = stateOf();
      for (const state of STATES) this.set({ system, state: state.toLowerCase() }, state === current ? 1 : 0);
    }
  },
});

/** What a legacy caller reports; one per caller, for as long as it is open. */
export function legacyCallMetrics(system: LegacySystemId, breakerState: () => BreakerState) {
  breakers.set(system, breakerState);
  return {
    startCall(operation: string) {
      const stopTimer = duration.startTimer({ system, operation });
      /** Counts the call under its outcome; returns its duration in seconds. */
      return (outcome: LegacyCallOutcome): number => {
        calls.inc({ system, operation, outcome });
        return stopTimer();
      };
    },
    retried: (operation: string) => retries.inc({ system, operation }),
    close() {
      if (breakers.get(system) === breakerState) breakers.delete(system);
    },
  };
}
