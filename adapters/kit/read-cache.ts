import { LRUCache } from 'lru-cache';
import { legacyCacheMetrics } from './metrics';
import { LegacySystemId } from './systems';

/** How long a system's records may be served from memory, and how many; `ttlMs` 0 turns the cache off. */
export interface ReadCacheSettings {
  ttlMs: number;
  maxEntries: number;
}

/** A batch lookup as loaders take it: the records found for some keys; a key absent has no record. */
export type BatchLookup<K extends string, V> = (keys: readonly K[]) => Promise<ReadonlyMap<K, V>>;

export interface ReadCache {
  /**
   * `lookup` answered from memory for the keys read within the TTL, and from the system for the
   * others only (in one batch). "No record" is remembered as well as a record. Cached records are
   * shared between requests: treat them as read-only.
   */
  through<K extends string, V>(lookup: string, batch: BatchLookup<K, V>): BatchLookup<K, V>;
  /** Forgets everything, including what reads in flight are about to store (a write changed the system). */
  invalidate(): void;
}

/** What the cache holds per key: the record, or that the system has none. */
type Entry = { found: true; record: unknown } | { found: false };

/**
 * A system's short-lived read cache, per process: bounded (least recently used out first), each
 * entry expiring `ttlMs` after it was read from the system. Only for person and record lookups
 * that feed the graph, never for what a write depends on (the dispatch "does it hold case X?",
 * decision polling): see the table in adapters/kit/README.md.
 */
export function createReadCache(system: LegacySystemId, { ttlMs, maxEntries }: ReadCacheSettings): ReadCache {
  if (ttlMs === 0) return { through: (_lookup, batch) => batch, invalidate: () => undefined };
  const entries = new LRUCache<string, Entry>({ max: maxEntries, ttl: ttlMs });
  const metrics = legacyCacheMetrics(system);
  // bumped by every invalidation: a read that started before it must not store what it got
  let generation = 0;

  return {
    through<K extends string, V>(lookup: string, batch: BatchLookup<K, V>): BatchLookup<K, V> {
      const keyOf = (key: K) => `${lookup}\u0000${key}`;
      return async (keys) => {
        const answer = new Map<K, V>();
        const missing: K[] = [];
        for (const key of keys) {
          const entry = entries.get(keyOf(key));
          if (!entry) missing.push(key);
          else if (entry.found) answer.set(key, entry.record as V);
        }
        metrics.looked(lookup, keys.length - missing.length, missing.length);
        if (missing.length === 0) return answer;
        const readIn = generation;
        const fresh = await batch(missing);
        for (const key of missing) {
          const found = fresh.has(key);
          if (found) answer.set(key, fresh.get(key)!);
          if (readIn === generation)
            entries.set(keyOf(key), found ? { found, record: fresh.get(key) } : { found: false });
        }
        return answer;
      };
    },
    invalidate() {
      generation++;
      entries.clear();
    },
  };
}
