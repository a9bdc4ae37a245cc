import { Faults } from './faults';
import { JournalEntry } from './journal';

/**
 * The admin endpoints of a running double, for tests and integration testers: what it received
 * and which faults it injects.
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
    setFaults: (faults: Partial<Faults>) => send('PUT', '/faults', faults) as Promise<Faults>,
    clearFaults: () => send('DELETE', '/faults') as Promise<Faults>,
    /** Clears the journal and the faults. */
    reset: () => send('POST', '/reset') as Promise<Faults>,
  };
}

export type DoubleAdmin = ReturnType<typeof doubleAdmin>;
