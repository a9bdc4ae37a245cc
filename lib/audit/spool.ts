import { appendFileSync, mkdirSync, readdirSync, readFileSync, renameSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { AuditEntry } from './entry';

/**
 * The durable local buffer of a service's audit entries: appended synchronously to a JSON-lines
 * file before the resolver returns, so an access is never served unrecorded, and sent to the audit
 * service in batches later. A round renames the file aside (`*.sending`) and deletes it only once
 * the audit service has stored every entry; a failed or interrupted round leaves it for the next,
 * and the audit service ignores entries it already holds (by id), so delivery is at least once and
 * storage exactly once.
 *
 * Meant for one process per directory, but safe when several share one (two replicas on one
 * volume, a benchmark starting a second copy of a service): each sets files aside under a name
 * carrying its own pid, so one never renames over another's, and a file another process sent and
 * deleted first is skipped, not an error.
 */
/** Numbers the files this process sets aside, across its spools: with the pid, a name no other takes. */
let setAsideCount = 0;

export class AuditSpool {
  private readonly active: string;

  constructor(
    private readonly directory: string,
    private readonly service: string,
  ) {
    mkdirSync(directory, { recursive: true });
    this.active = join(directory, `${service}.jsonl`);
  }

  append(entries: AuditEntry[]): void {
    if (entries.length === 0) return;
    appendFileSync(this.active, entries.map((entry) => `${JSON.stringify(entry)}\n`).join(''), 'utf8');
  }

  /**
   * Sends everything spooled, oldest first, `batchSize` entries a call; each file is deleted once
   * sent. Stops at the first failure (rethrown) and keeps what was not confirmed.
   */
  async drain(send: (entries: AuditEntry[]) => Promise<void>, batchSize: number): Promise<number> {
    const setAside = join(this.directory, `${this.service}.${Date.now()}-${process.pid}-${++setAsideCount}.sending`);
    ifStillThere(() => renameSync(this.active, setAside));
    let sent = 0;
    for (const file of this.pending()) {
      const entries = ifStillThere(() => readEntries(file)) ?? [];
      for (let start = 0; start < entries.length; start += batchSize) {
        await send(entries.slice(start, start + batchSize));
      }
      ifStillThere(() => unlinkSync(file));
      sent += entries.length;
    }
    return sent;
  }

  /** Entries written and not yet confirmed by the audit service. */
  backlog(): number {
    return [this.active, ...this.pending()].reduce(
      (count, file) => count + (ifStillThere(() => readFileSync(file, 'utf8').split('\n').filter(Boolean).length) ?? 0),
      0,
    );
  }

  private pending(): string[] {
    const prefix = `${this.service}.`;
    // the name carries the time the file was set aside, so a plain sort is oldest first
    return readdirSync(this.directory)
      .filter((name) => name.startsWith(prefix) && name.endsWith('.sending'))
      .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
      .map((name) => join(this.directory, name));
  }
}

function readEntries(file: string): AuditEntry[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as AuditEntry);
}

/** Runs a file operation; undefined when the file is gone (nothing spooled, or another process took it). */
function ifStillThere<T>(operation: () => T): T | undefined {
  try {
    return operation();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
