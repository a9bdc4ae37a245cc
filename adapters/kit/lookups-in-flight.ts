/**
 * One request's batches in flight at some loaders, for a loader of another system to hold its own
 * batch until they have answered: the keys that only their answers reveal then join the same call.
 * (Forestry: the transports drawn on the harvest permits just read travel in one call with the
 * holder's own transports, instead of a second call.) The wait costs the held loader the other
 * system's latency, never a call; the counted loaders never wait, so nothing can wait in a circle.
 */
export class LookupsInFlight {
  private inFlight = 0;
  private readonly held: (() => void)[] = [];

  /** Counts `batch` as in flight until it settles (either way); returns it unchanged. */
  count<T>(batch: Promise<T>): Promise<T> {
    this.inFlight++;
    const settled = () => {
      if (--this.inFlight === 0) this.held.splice(0).forEach((retry) => retry());
    };
    batch.then(settled, settled);
    return batch;
  }

  /**
   * A DataLoader `batchScheduleFn`: dispatches once nothing counted here is in flight. It looks on
   * the next turn of the event loop — after the batches of this tick were sent, and after the
   * resolvers an answer woke have asked for their keys (promise jobs all run before it).
   */
  readonly schedule = (dispatch: () => void): void => {
    const look = () => setImmediate(() => (this.inFlight === 0 ? dispatch() : this.held.push(look)));
    look();
  };
}
