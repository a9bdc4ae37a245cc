import { doubleAdmin } from './admin';
import { RequestMatcher } from './matching';
import { STARTED } from './scenarios';
import { StubMapping, StubMappingInput } from './stubs';

/**
 * A running double seen from a test: stub it, verify what it received, steer its scenarios.
 *
 *   const pensions = controlDouble(hub.doubles.pensions);
 *   const outage = await pensions.stub({ request: { operation: 'QueryPersons' }, response: { status: 503 } });
 *   …
 *   await pensions.verify({ operation: 'QueryPersons' }, 1); // throws, listing what came, when not once
 *   await outage.remove();
 *
 * `reset()` (e.g. in `afterEach`) drops the stubs, scenarios, journal and faults.
 */
export function controlDouble(double: { url: string } | string) {
  const admin = doubleAdmin(typeof double === 'string' ? double : double.url);
  return {
    admin,
    /** Adds a stub; `remove()` takes it away again. */
    async stub(mapping: StubMappingInput): Promise<StubMapping & { remove(): Promise<void> }> {
      const added = await admin.addStub(mapping);
      return { ...added, remove: () => admin.removeStub(added.id) };
    },
    /** Throws unless exactly `times` journalled requests match (WireMock's `verify`); returns them. */
    async verify(matcher: RequestMatcher, times: number) {
      const found = await admin.find(matcher);
      if (found.length !== times) {
        const received = (await admin.requests()).map((r) => `  #${r.sequence} ${r.method} ${r.path} (${r.operation})`);
        throw new Error(
          `expected ${times} request(s) matching ${JSON.stringify(matcher)}, found ${found.length}; received:\n` +
            (received.join('\n') || '  nothing'),
        );
      }
      return found;
    },
    /** A scenario's state (`Started` until a stub moves it), and a way to put it in one. */
    scenario(name: string) {
      return {
        async state(): Promise<string> {
          return (await admin.scenarios()).find((scenario) => scenario.name === name)?.state ?? STARTED;
        },
        set: (state: string) => admin.setScenarioState(name, state).then(() => undefined),
      };
    },
    reset: () => admin.reset().then(() => undefined),
  };
}

export type DoubleControl = ReturnType<typeof controlDouble>;
