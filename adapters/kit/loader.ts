import DataLoader from 'dataloader';

export interface BatchLoaderOptions<K> {
  /** The legacy system's own limit per call (新农合: 50 IDs). */
  maxBatchSize: number;
  /** How keys are compared when de-duplicating; keys are compared as they are by default. */
  cacheKeyFn?: (key: K) => unknown;
}

/**
 * One DataLoader per request and per lookup: the keys asked for while one GraphQL request resolves
 * are de-duplicated and sent in batches of at most `maxBatchSize`. `batchFn` answers with a map;
 * a key it does not hold loads as null (the legacy system has no record), and a batch that fails
 * rejects every key of that batch with the same error.
 */
export function createBatchLoader<K, V>(
  batchFn: (keys: readonly K[]) => Promise<ReadonlyMap<K, V>>,
  { maxBatchSize, cacheKeyFn }: BatchLoaderOptions<K>,
): DataLoader<K, V | null> {
  return new DataLoader<K, V | null, unknown>(
    async (keys) => {
      const found = await batchFn(keys);
      return keys.map((key) => (found.has(key) ? found.get(key)! : null));
    },
    { maxBatchSize, cacheKeyFn },
  );
}
