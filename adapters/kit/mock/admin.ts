import { Faults } from './faults';
import { JournalEntry } from './journal';
import { RequestMatcher } from './matching';
import { ScenarioView } from './scenarios';
import { StubMapping, StubMappingInput } from './stubs';

/**
 * The admin endpoints of a running double, for tests and integration testers: what it received,
 * which faults it injects, its stubs and scenarios. `adapters/kit/mock/testing.ts` builds the
 * assertions on it.
 */
export function doubleAdmin(baseUrl: string) {
  async function send(method: string, path: string, body?: unknown) {
    const response = await fetch(`${baseUrl}/__admin${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok)
      throw new Error(`double admin ${method} ${path}: HTTP ${response.status} ${await response.text()}`);
    return response.status === 204 ? undefined : response.json();
  }
  return {
    async requests(operation?: string): Promise<JournalEntry[]> {
      const query = operation ? `?operation=${encodeURIComponent(operation)}` : '';
      return ((await send('GET', `/requests${query}`)) as { requests: JournalEntry[] }).requests;
    },
    clearRequests: () => send('DELETE', '/requests') as Promise<void>,
    faults: () => send('GET', '/faults') as Promise<Faults>,
    setFaults: (faults: Partial<Faults>) => send('PUT', '/faults', faults) as Promise<Faults>,
    clearFaults: () => send('DELETE', '/faults') as Promise<Faults>,
    /** Clears the journal, the faults, the stubs and the scenarios. */
    reset: () => send('POST', '/reset') as Promise<Faults>,
    addStub: (mapping: StubMappingInput) => send('POST', '/mappings', mapping) as Promise<StubMapping>,
    removeStub: (id: string) => send('DELETE', `/mappings/${encodeURIComponent(id)}`) as Promise<void>,
    async stubs(): Promise<StubMapping[]> {
      return ((await send('GET', '/mappings')) as { mappings: StubMapping[] }).mappings;
    },
    clearStubs: () => send('DELETE', '/mappings') as Promise<void>,
    /** How many journalled requests `matcher` matches. */
    async count(matcher: RequestMatcher = {}): Promise<number> {
      return ((await send('POST', '/requests/count', matcher)) as { count: number }).count;
    },
    async find(matcher: RequestMatcher = {}): Promise<JournalEntry[]> {
      return ((await send('POST', '/requests/find', matcher)) as { requests: JournalEntry[] }).requests;
    },
    async scenarios(): Promise<ScenarioView[]> {
      return ((await send('GET', '/scenarios')) as { scenarios: ScenarioView[] }).scenarios;
    },
    setScenarioState: (name: string, state: string) =>
      send('PUT', `/scenarios/${encodeURIComponent(name)}/state`, { state }) as Promise<{ scenarios: ScenarioView[] }>,
    resetScenarios: () => send('POST', '/scenarios/reset') as Promise<{ scenarios: ScenarioView[] }>,
  };
}

export type DoubleAdmin = ReturnType<typeof doubleAdmin>;
