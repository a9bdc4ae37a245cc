import { Counter, Gauge, Histogram } from 'prom-client';
import { metricsRegistry } from '../../lib/metrics/registry';
import type { BreakerState } from './caller';
import type { LegacyErrorCode } from './errors';
import type { LegacySystemId } from './systems';

/** How one legacy call ended: `success`, or why not. `rejected` is a business "no": the system works. */
export type LegacyCallOutcome =
  'success' | 'rejected' | 'unavailable' | 'timeout' | 'bad_response' | 'short_circuited' | 'queue_timeout';

export const OUTCOME_OF: Record<LegacyErrorCode, LegacyCallOutcome> = {
  LEGACY_REJECTED: 'rejected',
  LEGACY_UNAVAILABLE: 'unavailable',
  LEGACY_TIMEOUT: 'timeout',
  LEGACY_BAD_RESPONSE: 'bad_response',
};

const calls = new Counter({
  name: 'hub_legacy_calls_total',
  help: 'Calls to legacy systems by system, operation and outcome (success, rejected, unavailable, timeout, bad_response, short_circuited, queue_timeout: never sent, no free slot within the deadline).',
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

/** How many calls of each system this process has in flight and waiting for a free slot, read at each scrape. */
const lines = new Map<LegacySystemId, () => CallLine>();

/** The calls of one system in flight, and those queued behind the concurrency cap. */
export interface CallLine {
  inFlight: number;
  queued: number;
}

function lineGauge(name: string, help: string, count: (line: CallLine) => number) {
  return new Gauge({
    name,
    help,
    labelNames: ['system'] as const,
    registers: [metricsRegistry],
    collect() {
      this.reset();
      for (const [system, lineOf] of lines) this.set({ system }, count(lineOf()));
    },
  });
}

lineGauge(
  'hub_legacy_calls_in_flight',
  'Legacy calls under way per system (at most its concurrency cap).',
  (line) => line.inFlight,
);
lineGauge(
  'hub_legacy_calls_queued',
  'Legacy calls per system waiting for a free slot under its concurrency cap.',
  (line) => line.queued,
);

const cacheLookups = new Counter({
  name: 'hub_legacy_cache_lookups_total',
  help: 'Keys looked up in a legacy system’s read cache, by system, lookup and result (hit: served from memory; miss: asked of the system).',
  labelNames: ['system', 'lookup', 'result'] as const,
  registers: [metricsRegistry],
});

/** What a system's read cache reports. */
export function legacyCacheMetrics(system: LegacySystemId) {
  return {
    looked(lookup: string, hits: number, misses: number) {
      if (hits) cacheLookups.inc({ system, lookup, result: 'hit' }, hits);
      if (misses) cacheLookups.inc({ system, lookup, result: 'miss' }, misses);
    },
  };
}

/** What a legacy caller reports; one per caller, for as long as it is open. */
export function legacyCallMetrics(system: LegacySystemId, breakerState: () => BreakerState, line: () => CallLine) {
  breakers.set(system, breakerState);
  lines.set(system, line);
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
      if (lines.get(system) === line) lines.delete(system);
    },
  };
}
