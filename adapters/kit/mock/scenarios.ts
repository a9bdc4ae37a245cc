/** The state every scenario starts in (and returns to on reset), as in WireMock. */
export const STARTED = 'Started';

export interface ScenarioView {
  name: string;
  state: string;
  /** Every state a stub requires or moves to, `Started` first. */
  possibleStates: string[];
}

/**
 * Named state machines that stubs require and advance: a lookup stub that requires `Submitted`
 * answers the changed record only after the submission stub has moved the scenario there.
 * A scenario exists as soon as a stub names it.
 */
export class Scenarios {
  private readonly states = new Map<string, string>();
  private readonly known = new Map<string, Set<string>>();

  /** Makes `name` known with the states a stub mentions; it starts in `Started`. */
  declare(name: string, ...states: (string | undefined)[]): void {
    if (!this.known.has(name)) this.known.set(name, new Set([STARTED]));
    for (const state of states) if (state) this.known.get(name)!.add(state);
  }

  stateOf(name: string): string {
    return this.states.get(name) ?? STARTED;
  }

  has(name: string): boolean {
    return this.known.has(name);
  }

  setState(name: string, state: string): void {
    this.declare(name, state);
    this.states.set(name, state);
  }

  /** Every scenario back to `Started`. */
  reset(): void {
    this.states.clear();
  }

  /** Forgets every scenario (their stubs are gone). */
  clear(): void {
    this.states.clear();
    this.known.clear();
  }

  list(): ScenarioView[] {
    return [...this.known].map(([name, states]) => ({ name, state: this.stateOf(name), possibleStates: [...states] }));
  }
}
