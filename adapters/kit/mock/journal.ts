/** One request as the double received it: what an integration tester reads to count calls. */
export interface JournalEntry {
  /** 1, 2, 3… in arrival order since the last clear. */
  sequence: number;
  /** ISO 8601 instant of arrival. */
  time: string;
  method: string;
  /** Path with query string, as sent. */
  path: string;
  headers: Record<string, string | string[] | undefined>;
  /** The body decoded with the charset its Content-Type declares ('' when none). */
  body: string;
  /** The protocol operation (e.g. `QueryPersons`, `POST /api/v1/insured/batch`). */
  operation: string;
}

/** Every request a double received, faulted ones included, in order. */
export class Journal {
  private entries: JournalEntry[] = [];
  private sequence = 0;

  record(entry: Omit<JournalEntry, 'sequence' | 'time'>): JournalEntry {
    const recorded = { sequence: ++this.sequence, time: new Date().toISOString(), ...entry };
    this.entries.push(recorded);
    return recorded;
  }

  list(operation?: string): JournalEntry[] {
    return operation ? this.entries.filter((entry) => entry.operation === operation) : [...this.entries];
  }

  clear(): void {
    this.entries = [];
    this.sequence = 0;
  }
}
