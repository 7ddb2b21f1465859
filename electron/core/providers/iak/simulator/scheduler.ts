/**
 * Pending -> final transitions run on timers, and every request also settles whatever is due, so
 * an answer never lags behind the documented delay. close() cancels everything.
 */
export class SimScheduler {
  private readonly timers = new Set<NodeJS.Timeout>();
  private closed = false;

  constructor(private readonly tick: () => void) {}

  at(when: number): void {
    if (this.closed || !Number.isFinite(when)) return;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (!this.closed) this.tick();
    }, Math.max(0, when - Date.now()) + 1);
    timer.unref();
    this.timers.add(timer);
  }

  get isClosed(): boolean {
    return this.closed;
  }

  close(): void {
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }
}

/** The outlet's business day in WIB (UTC+7): IAK's per-day limits reset at midnight Jakarta time. */
export function wibDay(now: number): string {
  return new Date(now + 7 * 3600_000).toISOString().slice(0, 10);
}

/** IAK's `datetime` format: YmdHis in WIB. */
export function wibDateTime(now: number): string {
  return new Date(now + 7 * 3600_000).toISOString().replace(/[-:T]/g, '').slice(0, 14);
}
