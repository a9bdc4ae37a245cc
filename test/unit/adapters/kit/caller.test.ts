import { createLegacyCaller, LegacyCallerOptions, LegacyError, legacyRejected } from '../../../../adapters/kit';
import { createLogger } from '../../../../lib/logger';

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

async function failureOf(promise: Promise<unknown>): Promise<LegacyError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof LegacyError)) throw new Error(`expected a LegacyError, got ${String(error)}`);
  return error;
}

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
    expect(Date.now() - started).toBeLessThan(200 + 50);
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
