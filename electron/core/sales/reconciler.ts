import type { ProviderId } from '../api/schemas';
import { CALL_FAILURE_CODES, type MoneyOutcome, type UnknownReason } from '../providers/outcome';
import type { SaleDriver } from './drivers/driver';
import type { SaleBook } from './sale-book';
import type { SaleRecord } from './sale-record';

/**
 * Settles pending and unknown sales by asking the provider about the SAME reference, on a backoff
 * schedule, one sale at a time per tick so one stuck sale never blocks the others. A sale the
 * provider cannot be asked about (MMBC without invoice) goes to the operator queue.
 */
export class Reconciler {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;
  /** Consecutive "we have no such transaction" answers per sale (reliability.md S9). */
  private readonly notFound = new Map<number, number>();

  constructor(
    private readonly book: SaleBook,
    private readonly drivers: ReadonlyMap<ProviderId, SaleDriver>,
    private readonly options: { tickMs: number; now: () => number; notFoundGraceMs: number },
  ) {}

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
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

  async checkOne(sale: SaleRecord, source: 'poll' | 'callback' = 'poll'): Promise<SaleRecord> {
    const driver = this.drivers.get(sale.provider);
    if (!driver) return sale;
    let outcome: MoneyOutcome | null;
    try {
      outcome = await driver.check(sale);
    } catch (err) {
      outcome = { status: 'unknown', reason: 'unexpected_answer', message: `Cek status gagal: ${(err as Error).message}` };
    }
    if (outcome === null) {
      return this.book.needsOperator(sale.id, 'Jawaban provider hilang dan tidak ada nomor invoice untuk dicek: perlu keputusan operator.');
    }
    return this.book.apply(sale.id, this.judgeNotFound(sale, asCheckAnswer(outcome)), source);
  }

  /**
   * "Not found" right after a timeout may only mean our request is still on its way. Only when the
   * provider says so twice in a row, and the grace window since sending has passed, do we conclude
   * it never arrived: nothing was charged, so the sale fails and the cash is owed back.
   */
  private judgeNotFound(sale: SaleRecord, outcome: MoneyOutcome): MoneyOutcome {
    if (outcome.status !== 'unknown' || outcome.reason !== 'not_found') {
      this.notFound.delete(sale.id);
      return outcome;
    }
    const count = (this.notFound.get(sale.id) ?? 0) + 1;
    this.notFound.set(sale.id, count);
    const sentAt = sale.sentAt ?? sale.createdAt;
    if (count >= 2 && this.options.now() - sentAt >= this.options.notFoundGraceMs) {
      this.notFound.delete(sale.id);
      return { status: 'failed', code: 'not_received', message: `Provider tidak pernah menerima transaksi ini (dicek ${count}x): ${outcome.message}` };
    }
    return outcome;
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
