import type { ProviderId } from '../domain/provider-id';
import type { EventBus } from '../app/event-bus';
import type { Ledger } from '../ledger';
import { BillStore } from './bill-store';
import type { FlightIssueInput } from './flight-issue';
import type { SaleRecord } from './sale-record';
import type { SaleCatalog } from './catalog-port';
import type { SaleDriver } from './drivers/driver';
import { Reconciler } from './reconciler';
import { recoverInterruptedSales } from './recovery';
import { SaleBook, type SaleEndpoint } from './sale-book';
import { SaleEngine } from './sale-engine';

export interface SalesOptions {
  ledger: Ledger;
  events: EventBus;
  catalog: SaleCatalog;
  drivers: ReadonlyMap<ProviderId, SaleDriver>;
  recordHealth?: (provider: ProviderId, ok: boolean) => void;
  /** Status-check schedule; tests shorten it. */
  checkDelaysMs?: readonly number[];
  /** Per-provider wait before the first status check (default: Ayoconnect's 150 s). */
  firstCheckWaitMs?: Partial<Record<ProviderId, number>>;
  reconcileTickMs?: number;
  /** How long after sending a "not found" may be believed (default 5 minutes). */
  notFoundGraceMs?: number;
  /** The provider's current mode and live base URL, recorded on every sale at commit. */
  endpointOf?: (provider: ProviderId) => SaleEndpoint;
}

/** Everything about selling, assembled: the book (state + money), the engine, bills, the reconciler. */
export class SalesService {
  readonly book: SaleBook;
  readonly bills: BillStore;
  readonly engine: SaleEngine;
  readonly reconciler: Reconciler;

  constructor(readonly options: SalesOptions) {
    this.book = new SaleBook(options.ledger, options.events, options.checkDelaysMs, options.firstCheckWaitMs, options.endpointOf);
    this.bills = new BillStore(options.ledger, options.catalog, options.drivers);
    this.engine = new SaleEngine({ ...options, book: this.book, bills: this.bills });
    this.reconciler = new Reconciler(this.book, options.drivers, {
      tickMs: options.reconcileTickMs ?? 1000,
      now: options.ledger.now,
      notFoundGraceMs: options.notFoundGraceMs ?? 5 * 60_000,
      notFoundSpacingMs: options.checkDelaysMs?.[0],
    });
  }

  /**
   * Issues a booked flight ticket as a sale (kind 'flight', MMBC): refused with nothing written when
   * no shift is open, the deposit does not cover the NTA or the amounts do not add up.
   */
  issueFlight(input: FlightIssueInput): Promise<SaleRecord> {
    return this.engine.issueFlight(input);
  }

  /** Recovery sweep first, then the reconciler: nothing is sold before interrupted sales are accounted for. */
  start(): void {
    const recovered = recoverInterruptedSales(this.book);
    if (recovered.failed + recovered.unknown + recovered.refundsOwed > 0) {
      console.warn(
        `[loket] recovered interrupted sales: ${recovered.unknown} to check, ${recovered.failed} never sent, ${recovered.refundsOwed} stranded reroutes now owe a refund`,
      );
    }
    this.reconciler.start();
  }

  /**
   * A callback named one of our references: check that sale now (the callback itself is not
   * trusted). A failed sale that was sent is checked too: a success there is money delivered after
   * the customer was told it failed, which SaleBook turns into an alert for the owner.
   */
  onCallback(provider: ProviderId, rawBody: string): void {
    const refId = this.options.drivers.get(provider)?.callbackRef?.(rawBody);
    if (!refId) return;
    const sale = this.book.repo.byRefId(refId);
    if (!sale || sale.provider !== provider || sale.state === 'success') return;
    if (sale.state === 'failed' && (sale.sentAt === null || sale.alert !== null)) return;
    void this.reconciler.checkOne(sale, 'callback').catch((err: unknown) => console.error('[loket] callback check failed:', err));
  }

  stop(): Promise<void> {
    return this.reconciler.stop();
  }
}
