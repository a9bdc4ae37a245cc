import { setTimeout as sleep } from 'node:timers/promises';
import { createBatchLoader, LookupsInFlight } from '../../../../adapters/kit';

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

  it('holds a batch `after` the batches counted in flight, failed ones included, so that the keys their answers reveal join it', async () => {
    const harvest = new LookupsInFlight();
    const permits = createBatchLoader(
      async () => {
        await sleep(30);
        return new Map([['holder', ['CF1', 'CF2']]]);
      },
      { maxBatchSize: 50, countIn: harvest },
    );
    const failing = createBatchLoader<string, string>(
      async () => {
        await sleep(30);
        throw new Error('down');
      },
      { maxBatchSize: 50, countIn: harvest },
    );
    const asked: string[][] = [];
    const transports = createBatchLoader(
      async (keys: readonly string[]) => (asked.push([...keys]), new Map(keys.map((key) => [key, key]))),
      { maxBatchSize: 50, after: harvest },
    );

    const owned = transports.load('owner:holder');
    const drawn = permits
      .load('holder')
      .then((numbers) => Promise.all(numbers!.map((n) => transports.load(`cf:${n}`))));
    await Promise.all([owned, drawn, failing.load('x').catch(() => null)]);

    expect(asked).toEqual([['owner:holder', 'cf:CF1', 'cf:CF2']]);
  });

  it('dispatches a batch `after` nothing in flight on the next turn of the event loop', async () => {
    const asked: string[][] = [];
    const loader = createBatchLoader(
      async (keys: readonly string[]) => (asked.push([...keys]), new Map(keys.map((k) => [k, k]))),
      { maxBatchSize: 50, after: new LookupsInFlight() },
    );
    expect(await Promise.all([loader.load('a'), loader.load('b')])).toEqual(['a', 'b']);
    expect(asked).toEqual([['a', 'b']]);
  });
});
