import { LegacyCaller, LegacyError, LegacyErrorCode, LegacySystemId } from '../../adapters/kit';
import { DoubleAdmin } from '../../adapters/kit/mock/admin';
import { Faults } from '../../adapters/kit/mock/faults';

/** The LegacyError `promise` rejects with; fails the test if it resolves or rejects with anything else. */
export async function failureOf(promise: Promise<unknown>): Promise<LegacyError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof LegacyError)) throw new Error(`expected a LegacyError, got ${String(error)}`);
  return error;
}

/** Far past any client budget here: a call that returns sooner gave up at its deadline. */
const SLOW_ANSWER_MS = 5000;

/** The double's faults every adapter must turn into a typed error within its call budget, and that error's code. */
export const FAULT_KINDS: [fault: string, code: LegacyErrorCode, faults: Partial<Faults>][] = [
  ['latency past the timeout', 'LEGACY_TIMEOUT', { latencyMs: SLOW_ANSWER_MS }],
  ['no answer at all', 'LEGACY_TIMEOUT', { timeout: true }],
  ['HTTP 500 on every request', 'LEGACY_UNAVAILABLE', { errorRate: 1 }],
  ['a dropped connection', 'LEGACY_UNAVAILABLE', { drop: true }],
  ['a malformed body', 'LEGACY_BAD_RESPONSE', { malformed: true }],
];

export interface FaultKindsSubject {
  system: LegacySystemId;
  /** The operation `lookup` calls, as errors name it. */
  operation: string;
  /** The clients' call budget, retries included: well short of the slow fault's answer. */
  timeoutMs: number;
  admin: () => DoubleAdmin;
  /** One lookup through a fresh client (a fresh breaker). */
  lookup: () => Promise<unknown>;
  /** A fresh client whose breaker opens after two failed calls, and a lookup through it. */
  breaking: () => { caller: LegacyCaller; lookup: () => Promise<unknown> };
  /** The fault that fails the calls which open the breaker (default: HTTP 500). */
  breakerFault?: Partial<Faults>;
}

/**
 * The tests every adapter's client test shares, inside its `describe`: each fault kind of the
 * double becomes its typed error within the budget, and repeated failures open the breaker, which
 * then answers without calling the system.
 */
export function itReportsFaultKinds(subject: FaultKindsSubject): void {
  const { system, operation, timeoutMs, admin } = subject;

  it.each(FAULT_KINDS)('reports %s as %s, within the timeout', async (_fault, code, faults) => {
    expect(timeoutMs).toBeLessThan(SLOW_ANSWER_MS / 2);
    await admin().setFaults(faults);
    const started = Date.now();
    await expect(subject.lookup()).rejects.toMatchObject({ extensions: { code, system, operation } });
    // before the slow answer could come (a tighter bound would measure the shared CI machine)
    expect(Date.now() - started).toBeLessThan(SLOW_ANSWER_MS);
  });

  it('opens the breaker after repeated failures and then stops calling the system', async () => {
    const breaking = subject.breaking();
    await admin().setFaults(subject.breakerFault ?? { errorRate: 1 });
    for (let i = 0; i < 2; i++) await breaking.lookup().catch(() => undefined);
    expect(breaking.caller.breakerState()).toBe('OPEN');
    const before = (await admin().requests()).length;

    await expect(breaking.lookup()).rejects.toMatchObject({ extensions: { code: 'LEGACY_UNAVAILABLE', system } });
    expect(await admin().requests()).toHaveLength(before);
  });
}
