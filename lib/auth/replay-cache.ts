/**
 * The nonces a subgraph has accepted within the signature window: each signed request is good
 * once. Entries outlive the window on both sides of the clock skew allowance, after which the
 * timestamp check refuses the request anyway, so the cache holds at most a window's traffic.
 * One per process: a replay to another replica within the window is not caught here — the window
 * is kept short for that reason (see lib/auth/README.md).
 */
export class ReplayCache {
  private readonly seen = new Map<string, number>();

  constructor(private readonly retainMs: number) {}

  /** Records the nonce; false when it was already used. */
  firstUse(nonce: string, now: number): boolean {
    this.forgetExpired(now);
    if (this.seen.has(nonce)) return false;
    this.seen.set(nonce, now + this.retainMs);
    return true;
  }

  /** Entries are inserted in time order, so the expired ones are at the front. */
  private forgetExpired(now: number): void {
    for (const [nonce, expires] of this.seen) {
      if (expires > now) return;
      this.seen.delete(nonce);
    }
  }
}
