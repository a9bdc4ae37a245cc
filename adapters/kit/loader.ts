import DataLoader from 'dataloader';
import { LookupsInFlight } from './lookups-in-flight';

export interface BatchLoaderOptions<K> {
  /** The legacy system's own limit per call (新农合: 50 IDs). */
  maxBatchSize: number;
  /** How keys are compared when de-duplicating; keys are compared as they are by default. */
  cacheKeyFn?: (key: K) => unknown;
  /** Counts this loader's batches there, so that loaders `after` it wait for their answers. */
  countIn?: LookupsInFlight;
  /** Holds each batch until no batch counted there is in flight (see LookupsInFlight). */
  after?: LookupsInFlight;
}

/**
 * One DataLoader per request and per lookup: the keys asked for while one GraphQL request resolves
 * are de-duplicated and sent in batches of at most `maxBatchSize`. `batchFn` answers with a map;
 * a key it does not hold loads as null (the legacy system has no record), and a batch that fails
 * rejects every key of that batch with the same error.
 */
export function createBatchLoader<K, V>(
  batchFn: (keys: readonly K[]) => Promise<ReadonlyMap<K, V>>,
  { maxBatchSize, cacheKeyFn, countIn, after }: BatchLoaderOptions<K>,
): DataLoader<K, V | null> {
  const load = async (keys: readonly K[]) => {
    const found = await batchFn(keys);
    return keys.map((key) => (found.has(key) ? found.get(key)! : null));
  };
  return new DataLoader<K, V | null, unknown>(countIn ? (keys) => countIn.count(load(keys)) : load, {
    maxBatchSize,
    cacheKeyFn,
    batchScheduleFn: after?.schedule,
  });
}
