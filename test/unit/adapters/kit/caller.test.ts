import { setTimeout as sleep } from 'node:timers/promises';
import { createLegacyCaller, LegacyCallerOptions, LegacyError, legacyRejected } from '../../../../adapters/kit';
import { metricsRegistry } from '../../../../lib/metrics/registry';
import { createLogger } from '../../../../lib/logger';
import { failureOf } from '../../../support/legacy-faults';

const OPTIONS: LegacyCallerOptions = {
  system: 'pensions',
  timeoutMs: 200,
  retry: { attempts: 3, baseDelayMs: 5 },
  breaker: { failureThreshold: 2, resetTimeoutMs: 100 },
  logger: createLogger('test'),
};

const callers: ReturnType<typeof createLegacyCaller>[] = [];
function caller(overrides: Partial<LegacyCallerOptions> = {}) {
  const created = createLegacyCaller({ ...OPTIONS, ...overrides });
  callers.push(created);
  return created;
}
afterEach(() => callers.splice(0).forEach((created) => created.close()));

const connectionReset = () => Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
const httpError = (status: number) =>
  Object.assign(new Error(`Request failed with status code ${status}`), { response: { status } });

/** A legacy operation that fails `failures` times before answering `answer`. */
function flaky(failures: number, failure: () => unknown = connectionReset, answer = 'ok') {
  const fn = jest.fn(async () => {
    if (fn.mock.calls.length <= failures) throw failure();
    return answer;
  });
  return fn;
}

describe('createLegacyCaller', () => {
  it('retries a read after connection failures, then answers', async () => {
    const legacy = caller({ breaker: { failureThreshold: 10, resetTimeoutMs: 100 } });
    const fn = flaky(2);
    await expect(legacy.call('QueryPersons', fn, { kind: 'read' })).resolves.toBe('ok');
    expect(fn).toHaveBeenCalledTimes(3);
    expect(legacy.stats()).toEqual({ calls: 1, successes: 1, failures: {}, shortCircuited: 0, retries: 2 });
  });

  it('never retries a write', async () => {
    const fn = flaky(1);
    const error = await failureOf(caller().call('Register', fn, { kind: 'write' }));
    expect(error.extensions).toEqual({ code: 'LEGACY_UNAVAILABLE', system: 'pensions', operation: 'Register' });
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('gives up after the configured attempts', async () => {
    const fn = flaky(10);
    const error = await failureOf(caller().call('QueryPersons', fn, { kind: 'read' }));
    expect([error.extensions.code, fn.mock.calls.length]).toEqual(['LEGACY_UNAVAILABLE', 3]);
  });

  it('maps failures to typed errors and retries only the unavailable', async () => {
    const cases: [unknown, object][] = [
      [httpError(503), { code: 'LEGACY_UNAVAILABLE', system: 'pensions', operation: 'op' }],
      [httpError(404), { code: 'LEGACY_REJECTED', system: 'pensions', operation: 'op', legacyCode: 'HTTP_404' }],
      [
        new SyntaxError('Unexpected token < in JSON'),
        { code: 'LEGACY_BAD_RESPONSE', system: 'pensions', operation: 'op' },
      ],
      [
        legacyRejected('pensions', 'op', 'E042', 'no such person'),
        { code: 'LEGACY_REJECTED', system: 'pensions', operation: 'op', legacyCode: 'E042' },
      ],
    ];
    const outcomes = [];
    for (const [thrown] of cases) {
      const fn = flaky(10, () => thrown);
      const error = await failureOf(
        caller({ breaker: { failureThreshold: 100, resetTimeoutMs: 100 } }).call('op', fn, { kind: 'read' }),
      );
      outcomes.push([error.extensions, fn.mock.calls.length]);
    }
    expect(outcomes).toEqual([
      [cases[0][1], 3],
      [cases[1][1], 1],
      [cases[2][1], 1],
      [cases[3][1], 1],
    ]);
  });

  it('answers LEGACY_TIMEOUT at the deadline, even if the operation ignores its signal, and aborts the signal', async () => {
    let seen: AbortSignal | undefined;
    const started = Date.now();
    const error = await failureOf(
      caller().call(
        'QueryPersons',
        (signal) => {
          seen = signal;
          return new Promise(() => undefined);
        },
        { kind: 'read' },
      ),
    );
    expect(error.extensions).toEqual({ code: 'LEGACY_TIMEOUT', system: 'pensions', operation: 'QueryPersons' });
    expect(error.message).toBe('pensions did not answer QueryPersons within 200 ms');
    expect(Date.now() - started).toBeLessThan(5_000); // the operation never settles: only the deadline ends it
    expect(seen?.aborted).toBe(true);
  });

  it('opens after repeated failures, fails fast without calling, half-opens after the reset timeout and closes on success', async () => {
    const legacy = caller({ retry: { attempts: 1, baseDelayMs: 5 } });
    const failing = flaky(10);
    await failureOf(legacy.call('op', failing, { kind: 'read' }));
    expect(legacy.breakerState()).toBe('CLOSED');
    await failureOf(legacy.call('op', failing, { kind: 'read' }));
    expect(legacy.breakerState()).toBe('OPEN');

    const notCalled = jest.fn(async () => 'ok');
    const error = await failureOf(legacy.call('op', notCalled, { kind: 'read' }));
    expect(error.extensions).toEqual({ code: 'LEGACY_UNAVAILABLE', system: 'pensions', operation: 'op' });
    expect(error.message).toBe('pensions is unavailable (op): circuit breaker is open: not calling');
    expect(notCalled).not.toHaveBeenCalled();

    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(legacy.breakerState()).toBe('HALF_OPEN');
    await expect(legacy.call('op', notCalled, { kind: 'read' })).resolves.toBe('ok');
    expect(legacy.breakerState()).toBe('CLOSED');
    expect(legacy.stats()).toEqual({
      calls: 4,
      successes: 1,
      failures: { LEGACY_UNAVAILABLE: 3 },
      shortCircuited: 1,
      retries: 0,
    });
  });

  it('opens again when the half-open probe fails', async () => {
    const legacy = caller({ retry: { attempts: 1, baseDelayMs: 5 } });
    const failing = flaky(10);
    await failureOf(legacy.call('op', failing, { kind: 'read' }));
    await failureOf(legacy.call('op', failing, { kind: 'read' }));
    await new Promise((resolve) => setTimeout(resolve, 120));
    await failureOf(legacy.call('op', failing, { kind: 'read' }));
    expect([legacy.breakerState(), failing.mock.calls.length]).toEqual(['OPEN', 3]);
  });

  it('does not count a business refusal as a failure', async () => {
    const legacy = caller();
    const refusing = flaky(10, () => legacyRejected('pensions', 'op', 'E042', 'no such person'));
    for (let i = 0; i < 5; i++) await failureOf(legacy.call('op', refusing, { kind: 'read' }));
    expect(legacy.breakerState()).toBe('CLOSED');
  });
});

/** The cap and the cache, on a system of their own (its metrics apart): a long budget, no retries, a breaker that stays closed. */
const SPARING: Partial<LegacyCallerOptions> = {
  system: 'party-building',
  timeoutMs: 2000,
  retry: { attempts: 1, baseDelayMs: 5 },
  breaker: { failureThreshold: 1000, resetTimeoutMs: 100 },
};

/** A legacy operation that answers after `ms`, counting how many of its calls overlap. */
function overlapCounter(ms: number) {
  const seen = { now: 0, max: 0, calls: 0 };
  const fn = async () => {
    seen.calls++;
    seen.max = Math.max(seen.max, ++seen.now);
    await sleep(ms);
    seen.now--;
    return seen.calls;
  };
  return { seen, fn };
}

async function metricLines(name: string): Promise<string[]> {
  return (await metricsRegistry.metrics())
    .split('\n')
    .filter((line) => line.startsWith(name) && line.includes('system="party-building"'));
}

describe('the concurrency cap', () => {
  it('lets at most maxConcurrent calls through at a time and answers every call of a burst', async () => {
    const legacy = caller({ ...SPARING, maxConcurrent: 4 });
    const { seen, fn } = overlapCounter(10);

    const answers = await Promise.all(
      Array.from({ length: 60 }, () => legacy.call('listPartyMembers', fn, { kind: 'read' })),
    );

    expect({ answered: answers.length, calls: seen.calls, maxInFlight: seen.max }).toEqual({
      answered: 60,
      calls: 60,
      maxInFlight: 4,
    });
    expect(legacy.line()).toEqual({ inFlight: 0, queued: 0 });
  });

  it('serves the line first come, first served', async () => {
    const legacy = caller({ ...SPARING, maxConcurrent: 1 });
    const order: number[] = [];
    await Promise.all(
      [1, 2, 3, 4].map((n) =>
        legacy.call(
          'op',
          async () => {
            order.push(n);
            await sleep(2);
          },
          { kind: 'read' },
        ),
      ),
    );
    expect(order).toEqual([1, 2, 3, 4]);
  });

  it('fails a call still queued with under a tenth of its budget left with LEGACY_TIMEOUT, never sending it', async () => {
    // the first call holds the only slot to its deadline; the second leaves the line at 900 ms, before it
    const legacy = caller({ ...SPARING, maxConcurrent: 1, timeoutMs: 1000 });
    let release!: () => void;
    const holding = new Promise<void>((resolve) => (release = resolve));
    const first = legacy.call('listPartyMembers', () => holding, { kind: 'write' });
    const queued = jest.fn(async () => 'sent');
    const second = legacy.call('listPartyMembers', queued, { kind: 'read' }).catch((error: unknown) => error);
    await sleep(1);
    expect(legacy.line()).toEqual({ inFlight: 1, queued: 1 });
    expect(await metricLines('hub_legacy_calls_')).toEqual(
      expect.arrayContaining([
        'hub_legacy_calls_in_flight{system="party-building"} 1',
        'hub_legacy_calls_queued{system="party-building"} 1',
      ]),
    );

    const error = (await second) as LegacyError;
    expect(error).toBeInstanceOf(LegacyError);
    expect([error.extensions, error.message]).toEqual([
      { code: 'LEGACY_TIMEOUT', system: 'party-building', operation: 'listPartyMembers' },
      'party-building was busy: listPartyMembers waited 900 ms for a free connection and was not sent',
    ]);
    release();
    await first.catch(() => undefined);
    await sleep(5);
    expect(queued).not.toHaveBeenCalled();
    expect(legacy.line()).toEqual({ inFlight: 0, queued: 0 });
    expect(await metricLines('hub_legacy_calls_total')).toContain(
      'hub_legacy_calls_total{system="party-building",operation="listPartyMembers",outcome="queue_timeout"} 1',
    );
  });

  it('refuses at once while the breaker is open, without waiting in the line', async () => {
    const legacy = caller({ ...SPARING, maxConcurrent: 1, breaker: { failureThreshold: 1, resetTimeoutMs: 60_000 } });
    await legacy.call('op', async () => Promise.reject(new Error('refused')), { kind: 'read' }).catch(() => undefined);
    expect(legacy.breakerState()).toBe('OPEN');
    let release!: () => void;
    // a slow call cannot hold the line, since the breaker refuses before queueing
    const error = await legacy
      .call('op', () => new Promise((resolve) => (release = () => resolve(undefined))), { kind: 'read' })
      .catch((caught: LegacyError) => caught);
    expect([error instanceof LegacyError && error.extensions.code, release]).toEqual(['LEGACY_UNAVAILABLE', undefined]);
    expect(legacy.stats().shortCircuited).toBe(1);
  });
});

describe('the read cache', () => {
  /** A batch lookup over a fixed table that records what it was asked. */
  function table(records: Record<string, string>) {
    const asked: string[][] = [];
    const lookup = async (keys: readonly string[]) => {
      asked.push([...keys]);
      return new Map(keys.filter((key) => key in records).map((key) => [key, records[key]]));
    };
    return { asked, lookup };
  }

  it('answers keys read within the TTL from memory, absences included, and asks only for the others', async () => {
    const legacy = caller({ ...SPARING, cache: { ttlMs: 60_000, maxEntries: 100 } });
    const { asked, lookup } = table({ a: 'A', b: 'B' });
    const members = legacy.readThrough('members', lookup);

    expect(await members(['a', 'x'])).toEqual(new Map([['a', 'A']]));
    expect(await members(['a', 'x', 'b'])).toEqual(
      new Map([
        ['a', 'A'],
        ['b', 'B'],
      ]),
    );
    expect(asked).toEqual([['a', 'x'], ['b']]);
  });

  it('keeps lookups apart, and forgets everything after a write, even a failed one', async () => {
    const legacy = caller({ ...SPARING, cache: { ttlMs: 60_000, maxEntries: 100 } });
    const { asked, lookup } = table({ a: 'A' });
    const members = legacy.readThrough('members', lookup);
    const allowances = legacy.readThrough('allowances', lookup);

    await members(['a']);
    await allowances(['a']);
    await members(['a']);
    await legacy.call('submitAffair', async () => Promise.reject(new Error('reset')), { kind: 'write' }).catch(() => 0);
    await members(['a']);
    expect(asked).toEqual([['a'], ['a'], ['a']]);
  });

  it('does not store what a read brought back after a write that ended while it was under way', async () => {
    const legacy = caller({ ...SPARING, cache: { ttlMs: 60_000, maxEntries: 100 } });
    const { asked, lookup } = table({ a: 'A' });
    const members = legacy.readThrough('members', async (keys: readonly string[]) => {
      const found = await lookup(keys);
      await legacy.call('submitAffair', async () => 'done', { kind: 'write' });
      return found;
    });
    await members(['a']);
    await members(['a']).catch(() => undefined);
    expect(asked).toEqual([['a'], ['a']]);
  });

  it('expires entries after the TTL, keeps at most maxEntries, and with TTL 0 asks every time', async () => {
    const short = caller({ ...SPARING, cache: { ttlMs: 30, maxEntries: 2 } });
    const { asked, lookup } = table({ a: 'A', b: 'B', c: 'C' });
    const members = short.readThrough('members', lookup);
    await members(['a', 'b', 'c']);
    await members(['b', 'c']);
    await members(['a']);
    await sleep(60);
    await members(['a']);

    const off = caller({ ...SPARING, cache: { ttlMs: 0, maxEntries: 2 } });
    const uncached = table({ a: 'A' });
    const offMembers = off.readThrough('members', uncached.lookup);
    await offMembers(['a']);
    await offMembers(['a']);

    expect([asked, uncached.asked]).toEqual([
      [['a', 'b', 'c'], ['a'], ['a']],
      [['a'], ['a']],
    ]);
  });
});
