import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import CircuitBreaker from 'opossum';
import pLimit from 'p-limit';
import { setTimeout as sleep } from 'node:timers/promises';
import { Logger } from '../../lib/logger';
import { tracer } from '../../lib/tracing';
import {
  LegacyError,
  legacyBadResponse,
  legacyQueueTimeout,
  legacyRejected,
  legacyTimeout,
  legacyUnavailable,
} from './errors';
import { CallLine, legacyCallMetrics, LegacyCallOutcome, OUTCOME_OF } from './metrics';
import { LegacyFormatError } from './normalise';
import { BatchLookup, createReadCache, ReadCacheSettings } from './read-cache';
import { DEFAULT_CALL_SETTINGS } from './settings';
import { LegacySystemId } from './systems';
import { UnsafeXmlError } from './xml';

export interface LegacyCallerOptions {
  system: LegacySystemId;
  /** The whole call's budget, retries included: the graph answers within it whatever the system does. */
  timeoutMs: number;
  /** Reads only: `attempts` in total (1 = no retry), exponential backoff from `baseDelayMs` with full jitter. */
  retry: { attempts: number; baseDelayMs: number };
  /**
   * Opens once at least `failureThreshold` calls were made in the rolling 10-second window and more
   * than half of them failed; fails fast while open; after `resetTimeoutMs` lets one probe through
   * (half-open), whose success closes it and whose failure opens it again.
   */
  breaker: { failureThreshold: number; resetTimeoutMs: number };
  /**
   * At most this many calls of the system in flight from this process (one caller per system and
   * process); the others wait their turn, first come first served, within their own deadline.
   * DEFAULT_CALL_SETTINGS when omitted.
   */
  maxConcurrent?: number;
  /** The system's short-lived read cache, for `readThrough`; off when omitted or `ttlMs` is 0. */
  cache?: ReadCacheSettings;
  logger: Logger;
}

export type CallKind = 'read' | 'write';
export type BreakerState = 'CLOSED' | 'OPEN' | 'HALF_OPEN';

export interface LegacyCallStats {
  calls: number;
  successes: number;
  /** Calls that ended in a LegacyError, by code (breaker rejections included as LEGACY_UNAVAILABLE). */
  failures: Record<string, number>;
  /** Calls refused at once because the breaker was open. */
  shortCircuited: number;
  retries: number;
}

export interface LegacyCaller {
  readonly system: LegacySystemId;
  /**
   * Runs one legacy operation: `fn` gets a signal that aborts at the deadline (pass it to axios or
   * soap) and should read and normalise the response too, so that unreadable answers surface as
   * LEGACY_BAD_RESPONSE. Whatever `fn` throws comes out as a LegacyError.
   */
  call<T>(operation: string, fn: (signal: AbortSignal) => Promise<T>, options: { kind: CallKind }): Promise<T>;
  /**
   * `batch` (a person or record lookup that feeds the graph) through the system's read cache.
   * Every write through this caller empties the cache. Never for what a write depends on.
   */
  readThrough<K extends string, V>(lookup: string, batch: BatchLookup<K, V>): BatchLookup<K, V>;
  breakerState(): BreakerState;
  /** Calls in flight and waiting for a slot under `maxConcurrent`. */
  line(): CallLine;
  stats(): LegacyCallStats;
  /** Stops the breaker's timers (service shutdown, end of a test). */
  close(): void;
}

/**
 * The one way adapters call a legacy system: a deadline on every call, retries for reads, a circuit
 * breaker per system (opossum), a cap on concurrent calls (p-limit) so that a burst at the gateway
 * queues here instead of reaching a township server, an optional short-lived read cache, and every
 * failure turned into a typed LegacyError. Every call is also observed the same way: one log line
 * (with the request's id), Prometheus metrics (calls by outcome, latency, retries, breaker state,
 * calls in flight and queued) and an OpenTelemetry client span.
 */
export function createLegacyCaller(options: LegacyCallerOptions): LegacyCaller {
  const { system, timeoutMs, retry, logger } = options;
  const slots = pLimit(options.maxConcurrent ?? DEFAULT_CALL_SETTINGS.maxConcurrent);
  const cache = createReadCache(system, options.cache ?? DEFAULT_CALL_SETTINGS.cache);
  const breaker = new CircuitBreaker((attempt: () => Promise<unknown>) => attempt(), {
    // the deadline below aborts the request itself; opossum's own timeout would only stop waiting
    timeout: false,
    volumeThreshold: options.breaker.failureThreshold,
    errorThresholdPercentage: 50,
    resetTimeout: options.breaker.resetTimeoutMs,
    rollingCountTimeout: 10_000,
    // a business "no" means the system works: it must not open the breaker
    errorFilter: (error: unknown) => error instanceof LegacyError && error.code === 'LEGACY_REJECTED',
  });
  const stats: LegacyCallStats = { calls: 0, successes: 0, failures: {}, shortCircuited: 0, retries: 0 };
  const breakerState = (): BreakerState => (breaker.opened ? 'OPEN' : breaker.halfOpen ? 'HALF_OPEN' : 'CLOSED');
  // counted here, not by p-limit: a call that left the line stays in p-limit's queue until its turn passes
  let waiting = 0;
  const line = (): CallLine => ({ inFlight: slots.activeCount, queued: waiting });
  const metrics = legacyCallMetrics(system, breakerState, line);

  function toLegacyError(operation: string, error: unknown, deadline: AbortSignal): LegacyError {
    if (error instanceof LegacyError) return error;
    if (deadline.aborted) return legacyTimeout(system, operation, timeoutMs);
    if (error instanceof UnsafeXmlError || error instanceof LegacyFormatError || error instanceof SyntaxError) {
      return legacyBadResponse(system, operation, error.message, error);
    }
    const status = (error as { response?: { status?: number } })?.response?.status;
    if (status !== undefined && status >= 400 && status < 500) {
      return legacyRejected(system, operation, `HTTP_${status}`, (error as Error).message);
    }
    // connection refused or reset, 5xx, anything the transport reports
    return legacyUnavailable(system, operation, error);
  }

  async function withRetries<T>(
    operation: string,
    fn: (signal: AbortSignal) => Promise<T>,
    kind: CallKind,
    deadline: AbortSignal,
  ) {
    for (let attempt = 1; ; attempt++) {
      try {
        return await untilDeadline(fn(deadline), deadline);
      } catch (error) {
        const failure = toLegacyError(operation, error, deadline);
        // only an unavailable system may recover; a write is never repeated (it may have been applied)
        const retryable = kind === 'read' && failure.code === 'LEGACY_UNAVAILABLE' && attempt < retry.attempts;
        logger.warn({ system, operation, code: failure.code, attempt, retrying: retryable }, failure.message);
        if (!retryable) throw failure;
        stats.retries++;
        metrics.retried(operation);
        const delayMs = Math.random() * retry.baseDelayMs * 2 ** (attempt - 1);
        await sleep(delayMs, undefined, { signal: deadline }).catch(() => {
          throw legacyTimeout(system, operation, timeoutMs);
        });
      }
    }
  }

  /**
   * `run` once one of the `maxConcurrent` slots is free (FIFO). A call leaves the line with
   * LEGACY_TIMEOUT, never sent, once less than a tenth of its budget is left: it could hardly be
   * answered in time, and sending it would only add to a system that is already busy. (Its turn,
   * when it comes, passes on at once.)
   */
  function inTurn<T>(operation: string, run: () => Promise<T>): Promise<T> {
    const patienceMs = Math.round(timeoutMs * 0.9);
    waiting++;
    return new Promise<T>((resolve, reject) => {
      let left = false;
      const leave = setTimeout(() => {
        left = true;
        waiting--;
        reject(legacyQueueTimeout(system, operation, patienceMs));
      }, patienceMs);
      void slots(() => {
        if (left) return undefined;
        clearTimeout(leave);
        waiting--;
        return run().then(resolve, reject);
      });
    });
  }

  return {
    system,
    call<T>(operation: string, fn: (signal: AbortSignal) => Promise<T>, { kind }: { kind: CallKind }): Promise<T> {
      stats.calls++;
      const recordOutcome = metrics.startCall(operation);
      const attributes = { 'legacy.system': system, 'legacy.operation': operation, 'legacy.call_kind': kind };
      return tracer.startActiveSpan(`${system} ${operation}`, { kind: SpanKind.CLIENT, attributes }, async (span) => {
        const finish = (outcome: LegacyCallOutcome) => {
          const durationMs = Math.round(recordOutcome(outcome) * 1000);
          logger.info({ system, operation, kind, outcome, durationMs }, 'legacy call');
          span.setAttribute('legacy.outcome', outcome);
          if (outcome !== 'success') span.setStatus({ code: SpanStatusCode.ERROR, message: outcome });
          span.end();
        };
        // waiting for a slot counts against the call's own budget
        const deadline = AbortSignal.timeout(timeoutMs);
        let sent = false;
        const run = () => {
          sent = true;
          return breaker.fire(() => withRetries(operation, fn, kind, deadline)) as Promise<T>;
        };
        try {
          // a breaker that refuses now (open, or half-open with its probe taken) does so at once, not in the line
          const refusing = !breaker.closed && !breaker.pendingClose;
          const result = refusing ? await run() : await inTurn(operation, run);
          stats.successes++;
          finish('success');
          return result;
        } catch (error) {
          const failure =
            error instanceof LegacyError
              ? error
              : legacyUnavailable(system, operation, new Error('circuit breaker is open: not calling'));
          if (!(error instanceof LegacyError)) {
            stats.shortCircuited++;
            logger.warn({ system, operation }, failure.message);
          }
          stats.failures[failure.code] = (stats.failures[failure.code] ?? 0) + 1;
          finish(!sent ? 'queue_timeout' : error instanceof LegacyError ? OUTCOME_OF[failure.code] : 'short_circuited');
          throw failure;
        } finally {
          // what the system holds may have changed even if the write failed (a timeout may have been applied)
          if (kind === 'write') cache.invalidate();
        }
      });
    },
    readThrough: (lookup, batch) => cache.through(lookup, batch),
    breakerState,
    line,
    stats: () => structuredClone(stats),
    close() {
      metrics.close();
      breaker.shutdown();
    },
  };
}

/** `work`, unless the deadline passes first: a client that ignores the signal still cannot hold the call. */
function untilDeadline<T>(work: Promise<T>, deadline: AbortSignal): Promise<T> {
  if (deadline.aborted) return Promise.reject(deadline.reason);
  let onAbort!: () => void;
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(deadline.reason);
    deadline.addEventListener('abort', onAbort, { once: true });
  });
  return Promise.race([work, aborted]).finally(() => deadline.removeEventListener('abort', onAbort));
}
