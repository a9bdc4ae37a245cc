import { Logger } from '../../../lib/logger';

/**
 * A background job run in rounds: one round at a time, `intervalMs` apart (counted from the end
 * of a round, so a slow round never overlaps the next). `run` is one round now — tests call it —
 * and a call while a round is in flight shares that round. `stop` waits for the round in flight.
 */
export class Rounds<R> {
  private timer: NodeJS.Timeout | undefined;
  private inFlight: Promise<R> | undefined;
  private stopped = true;

  constructor(
    /** What the job is, for the log. */
    private readonly name: string,
    private readonly intervalMs: number,
    private readonly logger: Logger,
  ) {}

  run(round: () => Promise<R>): Promise<R> {
    this.inFlight ??= round().finally(() => (this.inFlight = undefined));
    return this.inFlight;
  }

  start(round: () => Promise<R>): void {
    this.stopped = false;
    const tick = async () => {
      await this.run(round).catch((error: Error) => this.logger.error({ err: error }, `${this.name} round failed`));
      if (!this.stopped) this.timer = setTimeout(tick, this.intervalMs);
    };
    this.timer = setTimeout(tick, 0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.inFlight?.catch(() => undefined);
  }
}
