import { Gauge } from 'prom-client';
import { metricsRegistry } from './registry';

/** What the dispatch outbox holds right now. */
export interface OutboxSnapshot {
  /** Messages not yet delivered. */
  depth: number;
  /** When the oldest undelivered message was written; null when the outbox is empty. */
  oldestCreatedAt: Date | null;
}

let read: (() => Promise<OutboxSnapshot>) | undefined;
let reading: Promise<OutboxSnapshot | undefined> | undefined;

/** One read per scrape: both gauges are collected together and share the read in flight. */
function currentSnapshot(): Promise<OutboxSnapshot | undefined> {
  reading ??= Promise.resolve(read?.()).finally(() => (reading = undefined));
  return reading;
}

new Gauge({
  name: 'hub_outbox_depth',
  help: 'Dispatch messages waiting in the cases outbox.',
  registers: [metricsRegistry],
  async collect() {
    const now = await currentSnapshot();
    if (now) this.set(now.depth);
  },
});

new Gauge({
  name: 'hub_outbox_oldest_age_seconds',
  help: 'Age of the oldest undelivered dispatch message (0 when the outbox is empty).',
  registers: [metricsRegistry],
  async collect() {
    const now = await currentSnapshot();
    if (now) this.set(now.oldestCreatedAt ? (Date.now() - now.oldestCreatedAt.getTime()) / 1000 : 0);
  },
});

/**
 * The cases service calls this once at start with a function that reads its outbox (e.g. a count
 * and a min(created_at) of the undelivered rows); `/metrics` calls it at every scrape, so the
 * gauges are always current. Returns the function to call on stop.
 */
export function observeOutbox(readOutbox: () => Promise<OutboxSnapshot>): () => void {
  read = readOutbox;
  return () => {
    if (read === readOutbox) read = undefined;
  };
}
