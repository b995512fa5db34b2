// A sliding-window counter per key, in memory (a hub is one process): enough to stop a script
// guessing invite codes or a broken device flooding the hub. Old keys are forgotten as they expire.
export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  private recent(key: string): number[] {
    const since = this.now() - this.windowMs;
    if (this.hits.size > 10_000) this.prune(since);
    const kept = (this.hits.get(key) ?? []).filter((t) => t > since);
    if (kept.length === 0) this.hits.delete(key);
    else this.hits.set(key, kept);
    return kept;
  }

  private prune(since: number): void {
    for (const [key, times] of this.hits) if ((times.at(-1) ?? 0) <= since) this.hits.delete(key);
  }

  /** Whether `key` has used up its window. */
  full(key: string): boolean {
    return this.recent(key).length >= this.limit;
  }

  /** Counts one use; false (and not counted) when the window is full. */
  take(key: string): boolean {
    const kept = this.recent(key);
    if (kept.length >= this.limit) return false;
    kept.push(this.now());
    this.hits.set(key, kept);
    return true;
  }
}
