import type { ProviderId } from '../domain/provider-id';
import { CALL_FAILURE_CODES, type MoneyOutcome, type UnknownReason } from '../providers/outcome';
import type { SaleDriver } from './drivers/driver';
import type { SaleBook } from './sale-book';
import type { SaleRecord } from './sale-record';
import { DEFAULT_CHECK_DELAYS_MS } from './backoff';

/**
 * Settles pending and unknown sales by asking the provider about the SAME reference, on a backoff
 * schedule, one sale at a time per tick so one stuck sale never blocks the others. A sale the
 * provider cannot be asked about (MMBC without invoice) goes to the operator queue. At most one
 * check of a sale runs at a time: a timer tick or the cashier's "cek sekarang" arriving meanwhile
 * joins the check in flight. A callback does not: it is news the running check may have asked about
 * too early, so exactly one more check runs after it (however many callbacks came meanwhile).
 */
export class Reconciler {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;
  /** When the first "we have no such transaction" answer received AFTER the grace window came, per sale. */
  private readonly notFoundSince = new Map<number, number>();
  /** The check of each sale currently asking its provider. */
  private readonly inFlight = new Map<number, Promise<SaleRecord>>();
  /** The one check promised to run after the current one, because a callback came during it. */
  private readonly followUps = new Map<number, Promise<SaleRecord>>();

  constructor(
    private readonly book: SaleBook,
    private readonly drivers: ReadonlyMap<ProviderId, SaleDriver>,
    private readonly options: {
      tickMs: number;
      now: () => number;
      notFoundGraceMs: number;
      /** Least time between the two not-found answers that fail a sale (default: the first backoff step). */
      notFoundSpacingMs?: number;
    },
  ) {}

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
    await Promise.allSettled([...this.inFlight.values(), ...this.followUps.values()]);
  }

  /** Runs one pass now (also what the timer runs). */
  tick(): Promise<void> {
    if (!this.running) {
      this.running = this.pass().finally(() => {
        this.running = null;
      });
    }
    return this.running;
  }

  /**
   * Checks one sale now (never two checks of it at once). While one runs, a poll joins it and a
   * callback gets the follow-up check that starts when it ends; a follow-up already promised
   * answers everyone, being the newest question.
   */
  checkOne(sale: SaleRecord, source: 'poll' | 'callback' = 'poll'): Promise<SaleRecord> {
    const queued = this.followUps.get(sale.id);
    if (queued) return queued;
    const running = this.inFlight.get(sale.id);
    if (!running) return this.startCheck(sale.id, source);
    if (source !== 'callback') return running;
    const next = running
      .then(
        () => undefined,
        () => undefined,
      )
      .then(() => {
        // Leaves the queue and becomes the running check in the same step: nobody can slip between.
        this.followUps.delete(sale.id);
        return this.stopped ? this.book.get(sale.id) : this.startCheck(sale.id, 'callback');
      });
    this.followUps.set(sale.id, next);
    return next;
  }

  private startCheck(saleId: number, source: 'poll' | 'callback'): Promise<SaleRecord> {
    const check = this.runCheck(saleId, source).finally(() => this.inFlight.delete(saleId));
    this.inFlight.set(saleId, check);
    return check;
  }

  private async runCheck(saleId: number, source: 'poll' | 'callback'): Promise<SaleRecord> {
    // The caller's copy may be stale (a check that just finished may have settled it). A failed
    // sale is still asked about on a callback: a late success there must reach SaleBook's alert.
    const sale = this.book.get(saleId);
    const driver = this.drivers.get(sale.provider);
    if (!driver || sale.state === 'success' || (sale.state === 'failed' && source !== 'callback')) return sale;
    let outcome: MoneyOutcome | null;
    try {
      outcome = await driver.check(sale);
    } catch (err) {
      outcome = { status: 'unknown', reason: 'unexpected_answer', message: `Cek status gagal: ${(err as Error).message}` };
    }
    if (outcome === null) {
      return this.book.needsOperator(sale.id, 'Jawaban provider hilang dan transaksi ini tidak dapat dicek menurut referensi kita (tidak ada nomor invoice/transaksi): perlu keputusan operator.');
    }
    return this.book.apply(sale.id, this.judgeNotFound(sale, asCheckAnswer(outcome), this.options.now()), source);
  }

  /**
   * "Not found" right after sending may only mean our request is still on its way. The sale fails
   * (nothing was charged, the cash is owed back) only on TWO not-found answers, both received after
   * the grace window since sending, at least one backoff step apart (docs/sales.md, reliability.md
   * S9). One inside the window counts for nothing; any other answer starts the count again.
   */
  private judgeNotFound(sale: SaleRecord, outcome: MoneyOutcome, receivedAt: number): MoneyOutcome {
    if (outcome.status !== 'unknown' || outcome.reason !== 'not_found') {
      this.notFoundSince.delete(sale.id);
      return outcome;
    }
    const sentAt = sale.sentAt ?? sale.createdAt;
    if (receivedAt - sentAt < this.options.notFoundGraceMs) return outcome;
    const first = this.notFoundSince.get(sale.id);
    if (first === undefined) {
      this.notFoundSince.set(sale.id, receivedAt);
      return outcome;
    }
    if (receivedAt - first < (this.options.notFoundSpacingMs ?? DEFAULT_CHECK_DELAYS_MS[0] ?? 0)) return outcome;
    this.notFoundSince.delete(sale.id);
    return { status: 'failed', code: 'not_received', message: `Provider tidak pernah menerima transaksi ini (dua kali tidak ditemukan setelah masa tunggu): ${outcome.message}` };
  }

  private async pass(): Promise<void> {
    const due = this.book.repo.due(this.options.now());
    await Promise.all(due.map((sale) => this.checkOne(sale).catch((err: unknown) => console.error('[loket] status check failed:', err))));
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      void this.tick().finally(() => this.schedule(this.options.tickMs));
    }, delay);
    this.timer.unref();
  }
}

/**
 * Defence in depth: the clients already map a status check that got no answer to `unknown`, but a
 * `failed` whose code only describes the call (not sent, timeout, unreadable answer...) must never
 * settle a sale from a CHECK: the provider may have delivered. It is read as no answer; a `not_found`
 * goes through the grace-window rule like any other "not found".
 */
export function asCheckAnswer(outcome: MoneyOutcome): MoneyOutcome {
  if (outcome.status !== 'failed' || !CALL_FAILURE_CODES.has(outcome.code)) return outcome;
  const reason: UnknownReason = outcome.code === 'not_sent' || outcome.code === 'network' ? 'not_reached' : (outcome.code as UnknownReason);
  return {
    status: 'unknown',
    reason,
    message: `Cek status tanpa jawaban provider: ${outcome.message}`,
    ...(outcome.providerRef !== undefined ? { providerRef: outcome.providerRef } : {}),
    ...(outcome.raw !== undefined ? { raw: outcome.raw } : {}),
  };
}
