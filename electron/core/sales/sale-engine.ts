import type { ProviderId } from '../domain/provider-id';
import { AppError } from '../errors/app-error';
import { formatRupiah } from '../money';
import type { Ledger } from '../ledger';
import { depositAccount } from '../ledger';
import type { MoneyOutcome } from '../providers/outcome';
import type { RoutedProduct, SaleCatalog } from './catalog-port';
import type { SaleDriver } from './drivers/driver';
import { mmbcItrxDay } from './drivers/mmbc-driver';
import { checkOperator, checkRepeatSale } from './guards';
import { newRefId } from './ref-id';
import { mayReroute } from './reroute-policy';
import type { NewAttempt, SaleBook } from './sale-book';
import type { SaleRecord } from './sale-record';
import type { BillStore } from './bill-store';
import { flightAttempt, type FlightIssueInput } from './flight-issue';
import { assertCounterOpen } from '../shifts/shift-gate';

type RouteOffer = RoutedProduct['offers'][number];

export interface StartSaleInput {
  requestId: string;
  productId: string;
  customerNo: string;
  confirmDuplicate?: boolean;
  ownerOverride?: { reason: string };
  /** The cashier confirmed selling a product of another operator than the number's. */
  confirmOperatorMismatch?: boolean;
}

/**
 * One engine for every sale: resolve the product and its route, pass the guards, commit, send once,
 * apply the answer. When a provider refuses BEFORE charging (a definite failure), the next provider
 * in the route gets a new attempt, committed in the same transaction that fails the refused one
 * (SaleBook.reroute); after an `unknown` it never does, nor after a refusal of the number itself
 * (reroute-policy.ts).
 */
export class SaleEngine {
  private readonly inFlight = new Map<string, Promise<SaleRecord>>();

  constructor(
    private readonly deps: {
      ledger: Ledger;
      book: SaleBook;
      bills: BillStore;
      catalog: SaleCatalog;
      drivers: ReadonlyMap<ProviderId, SaleDriver>;
      recordHealth?: (provider: ProviderId, ok: boolean) => void;
    },
  ) {}

  /** Idempotent by request id: a double-click or a repeated call joins the first sale. */
  start(input: StartSaleInput): Promise<SaleRecord> {
    return this.once(input.requestId, () => this.startFresh(input));
  }

  payBill(input: { requestId: string; inquiryId: number; confirmDuplicate?: boolean; ownerOverride?: { reason: string } }): Promise<SaleRecord> {
    return this.once(input.requestId, async () => {
      const bill = this.deps.bills.payable(input.inquiryId);
      const productIds = this.deps.catalog.route(bill.productId)?.sameProductIds ?? [bill.productId];
      const note = checkRepeatSale(this.deps.book.repo, { ...input, productIds: [...new Set([bill.productId, ...productIds])], customerNo: bill.customerNo }, this.deps.ledger.now());
      const sale = this.deps.book.commit({
        requestId: input.requestId,
        refId: bill.refIdForPayment,
        kind: 'bill',
        provider: bill.provider,
        productId: bill.productId,
        providerCode: bill.providerCode,
        productName: bill.productName,
        customerNo: bill.customerNo,
        customerName: bill.customerName,
        inquiryId: bill.id,
        price: bill.price,
        cost: bill.cost,
        details: { ...bill.details, tagihan: bill.bill, admin: bill.admin, total: bill.total, ...(note ? { catatan: note } : {}) },
        itrx: null,
        reroutedFrom: null,
      });
      return this.send(sale, bill.pay);
    });
  }

  /**
   * A booked flight ticket, issued once (flight-issue.ts): the same counter gate as every sale, one
   * getissued call, never rerouted (the booking exists only at MMBC). A replay joins the first issue.
   */
  issueFlight(input: FlightIssueInput): Promise<SaleRecord> {
    return this.once(input.requestId, async () => {
      assertCounterOpen(this.deps.ledger.db);
      const sale = this.deps.book.commit(flightAttempt(input, this.deps.book.repo, this.deps.ledger.now()));
      return this.send(sale, null);
    });
  }

  private async once(requestId: string, run: () => Promise<SaleRecord>): Promise<SaleRecord> {
    const existing = this.deps.book.repo.byRequestId(requestId);
    if (existing) return this.deps.book.repo.latestAttempt(existing);
    const running = this.inFlight.get(requestId);
    if (running) return running;
    const promise = run().finally(() => this.inFlight.delete(requestId));
    this.inFlight.set(requestId, promise);
    return promise;
  }

  /**
   * The product and the number as a sale would take them: the screen asks this before its
   * confirmation (sales:checkNumber), startFresh before it commits, so both give the same refusal.
   * A bill's number is checked by the same rule its inquiry applies.
   */
  checkNumber(productId: string, customerNo: string): { route: RoutedProduct; customerNo: string } {
    const route = this.deps.catalog.route(productId);
    if (!route) throw new AppError('not_found', 'Produk tidak ditemukan. Sinkronkan daftar harga lalu coba lagi.');
    return { route, customerNo: this.deps.catalog.normaliseCustomer(route.category, customerNo) };
  }

  private async startFresh(input: StartSaleInput): Promise<SaleRecord> {
    const { route, customerNo } = this.checkNumber(input.productId, input.customerNo);
    if (route.category === 'bill') throw new AppError('invalid_input', 'Tagihan dibayar lewat cek tagihan dulu.');
    if (route.offers.length === 0) throw new AppError('provider_unavailable', `${route.name} sedang tidak tersedia di provider mana pun.`);
    const operatorNote = checkOperator(this.deps.catalog, route, customerNo, input.confirmOperatorMismatch === true);
    const productIds = [...new Set([route.productId, input.productId, ...(route.sameProductIds ?? [])])];
    const repeatNote = checkRepeatSale(this.deps.book.repo, { ...input, productIds, customerNo }, this.deps.ledger.now());
    const note = [repeatNote, operatorNote].filter(Boolean).join('; ');
    // An offer dearer than the selling price would sell at a loss, first or as a reroute: one product
    // can hold providers far apart in cost (lines of several providers merged into one product).
    const affordable = route.offers.filter((o) => o.cost <= route.price);
    if (affordable.length === 0) {
      throw new AppError(
        'provider_unavailable',
        `${route.name}: harga modal di semua penyedia di atas harga jual ${formatRupiah(route.price)}. Sinkronkan daftar harga atau ubah harga jualnya.`,
      );
    }
    const offers = affordable.filter((o) => this.deps.ledger.rawBalance(depositAccount(o.provider)) >= o.cost);
    if (offers.length === 0) {
      const first = affordable[0]!;
      throw new AppError(
        'insufficient_funds',
        `Deposit tidak cukup untuk ${route.name} di ${affordable.map((o) => o.provider.toUpperCase()).join(', ')}. Isi deposit ${first.provider.toUpperCase()} dulu.`,
      );
    }
    const attempt = (offer: RouteOffer, index: number): NewAttempt => ({
      requestId: index === 0 ? input.requestId : `${input.requestId}#${index + 1}`,
      refId: newRefId(this.deps.ledger.now()),
      kind: route.category,
      provider: offer.provider,
      productId: route.productId,
      providerCode: offer.providerCode,
      productName: route.name,
      customerNo,
      customerName: null,
      inquiryId: null,
      price: route.price,
      cost: offer.cost,
      details: note ? { catatan: note } : {},
      itrx: offer.provider === 'mmbc' ? this.deps.book.repo.nextItrx('mmbc', offer.providerCode, customerNo, mmbcItrxDay(this.deps.ledger.now())) : null,
      reroutedFrom: null,
    });
    let index = 0;
    let sale = this.deps.book.commit(attempt(offers[0]!, 0));
    for (;;) {
      const { sent, outcome } = await this.transmit(sale, null);
      const rest = offers.slice(index + 1);
      if (outcome.status !== 'failed' || rest.length === 0 || !mayReroute(sent.provider, outcome)) return this.deps.book.apply(sent.id, outcome, 'provider');
      const base = index + 1;
      const candidates = rest.map((offer, i) => ({ provider: offer.provider, cost: offer.cost, build: () => attempt(offer, base + i) }));
      const { failed, next, index: picked } = this.deps.book.reroute(sent.id, outcome, candidates);
      if (!next) return failed;
      sale = next;
      index = base + picked;
    }
  }

  /** The one send of a sale, then its answer applied as it is. */
  private async send(committed: SaleRecord, pay: Record<string, string | number> | null): Promise<SaleRecord> {
    const { sent, outcome } = await this.transmit(committed, pay);
    return this.deps.book.apply(sent.id, outcome, 'provider');
  }

  /** Marks the sale sent and makes its one request; the answer is not applied yet. */
  private async transmit(committed: SaleRecord, pay: Record<string, string | number> | null): Promise<{ sent: SaleRecord; outcome: MoneyOutcome }> {
    const sent = this.deps.book.markSent(committed);
    let outcome: MoneyOutcome;
    try {
      outcome = await this.driver(sent.provider).send(sent, pay);
    } catch (err) {
      // A client is built never to throw; if one does, we cannot know whether the request left.
      outcome = { status: 'unknown', reason: 'unexpected_answer', message: `Kesalahan klien: ${(err as Error).message}` };
    }
    this.deps.recordHealth?.(sent.provider, outcome.status !== 'unknown' && !(outcome.status === 'failed' && outcome.code === 'not_sent'));
    return { sent, outcome };
  }

  driver(provider: ProviderId): SaleDriver {
    const driver = this.deps.drivers.get(provider);
    if (!driver) throw new AppError('provider_unavailable', `Provider ${provider} tidak tersedia.`);
    return driver;
  }
}
