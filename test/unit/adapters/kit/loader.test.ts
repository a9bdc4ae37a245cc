import { createBatchLoader } from '../../../../adapters/kit';

describe('createBatchLoader', () => {
  it('batches the keys of one tick up to maxBatchSize, de-duplicated; unknown keys load as null', async () => {
    const batches: string[][] = [];
    const loader = createBatchLoader<string, string>(
      async (keys) => {
        batches.push([...keys]);
        return new Map(keys.filter((key) => key !== 'k3').map((key) => [key, key.toUpperCase()]));
      },
      { maxBatchSize: 2 },
    );

    const values = await Promise.all(['k1', 'k2', 'k1', 'k3', 'k4'].map((key) => loader.load(key)));

    expect(values).toEqual(['K1', 'K2', 'K1', null, 'K4']);
    expect(batches).toEqual([
      ['k1', 'k2'],
      ['k3', 'k4'],
    ]);
  });

  it('rejects every key of a failed batch with the batch’s error', async () => {
    const failure = new Error('legacy down');
    const loader = createBatchLoader<string, string>(async () => Promise.reject(failure), { maxBatchSize: 50 });
    const outcomes = await Promise.allSettled([loader.load('a'), loader.load('b')]);
    expect(outcomes).toEqual([
      { status: 'rejected', reason: failure },
      { status: 'rejected', reason: failure },
    ]);
  });
});
