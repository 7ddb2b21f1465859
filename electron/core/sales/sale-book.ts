import type { ProviderId } from '../domain/provider-id';
import type { EventBus } from '../app/event-bus';
import { AppError } from '../errors/app-error';
import { depositAccount, type Ledger } from '../ledger';
import { formatRupiah } from '../money';
import type { MoneyOutcome } from '../providers/outcome';
import { DEFAULT_FIRST_CHECK_WAIT_MS, nextCheckDelay } from './backoff';
import { lateSuccessEvidence, lateSuccessNote, RESOLUTION_LABEL, type AlertResolution } from './late-success';
import { commitPostings, failurePostings, lateSuccessPostings, refundPaidPostings, strandedRefundPostings, successPostings } from './sale-postings';
import type { SaleRecord } from './sale-record';
import { SaleRepo, type NewSale, type SaleEventSource } from './sale-repo';
import { describeOutcome, effectiveState, ignoredCostNote, priceDifference, reportedCost } from './sale-outcome';
import { isSettled } from './state-machine';
import { STATE_LABEL } from './state-label';
import { openShiftId } from '../shifts/shift-gate';

/** A sale as the engine hands it over for commit (the book stamps time, day and endpoint). */
export type NewAttempt = Omit<NewSale, 'createdAt' | 'businessDay' | 'providerMode' | 'providerBaseUrl'>;
type FailedOutcome = Extract<MoneyOutcome, { status: 'failed' }>;
/** The next provider of a route; `build` makes its attempt inside the reroute's transaction. */
export interface RerouteCandidate {
  provider: ProviderId;
  cost: number;
  build: () => NewAttempt;
}

export interface SaleEndpoint {
  mode: 'sandbox' | 'live';
  baseUrl: string | null;
}

/**
 * Every state change of a sale is ONE synchronous SQLite transaction: the row, its audit event and
 * its journal entry commit together or not at all. Nothing here awaits; the HTTP calls happen
 * between these steps, never inside them.
 */
export class SaleBook {
  readonly repo: SaleRepo;

  constructor(
    private readonly ledger: Ledger,
    private readonly events: EventBus,
    private readonly checkDelays?: readonly number[],
    private readonly firstCheckWaitMs: Readonly<Partial<Record<string, number>>> = DEFAULT_FIRST_CHECK_WAIT_MS,
    /** Where a provider's requests go right now; recorded on each sale at commit (sandbox when unset). */
    private readonly endpointOf: (provider: ProviderId) => SaleEndpoint = () => ({ mode: 'sandbox', baseUrl: null }),
  ) {
    this.repo = new SaleRepo(ledger.db);
  }

  /** Write-ahead: the sale, its reference and the money taken are durable before anything is sent. */
  commit(sale: NewAttempt): SaleRecord {
    const id = this.ledger.transaction(() => this.commitIn(sale));
    return this.get(id);
  }

  /**
   * A definite refusal while another provider may still sell the product. The refused attempt fails
   * and the next attempt is committed in ONE transaction, so the customer's money is always either
   * held by an open attempt or owed back: the first candidate whose deposit covers its cost gets
   * the money; with none (deposit spent meanwhile) or when that step cannot be written at all (disk
   * error), the refused attempt owes the refund like any other failure.
   */
  reroute(saleId: number, refusal: FailedOutcome, candidates: readonly RerouteCandidate[]): { failed: SaleRecord; next: SaleRecord | null; index: number } {
    let picked: { id: number; index: number } | null = null;
    try {
      picked = this.ledger.transaction(() => {
        const sale = this.get(saleId);
        if (isSettled(sale.state)) return null;
        for (const [index, candidate] of candidates.entries()) {
          if (this.ledger.rawBalance(depositAccount(candidate.provider)) < candidate.cost) continue;
          this.applyIn(sale, refusal, 'provider', true);
          return { id: this.commitIn({ ...candidate.build(), reroutedFrom: sale.id }), index };
        }
        const providers = candidates.map((c) => c.provider.toUpperCase()).join(', ');
        this.applyIn(sale, refusal, 'provider', false, `; tidak dialihkan: deposit ${providers} tidak cukup`);
        return null;
      });
    } catch (err) {
      console.error(`[loket] reroute of sale ${saleId} could not be written; the refusal stands alone:`, err);
      picked = null;
      this.ledger.transaction(() => {
        const sale = this.get(saleId);
        if (!isSettled(sale.state)) this.applyIn(sale, refusal, 'provider', false, '; tidak dialihkan: gagal mencatat percobaan berikutnya');
      });
    }
    this.events.emit('sales:updated', { saleId, state: this.get(saleId).state });
    return { failed: this.get(saleId), next: picked ? this.get(picked.id) : null, index: picked?.index ?? -1 };
  }

  /**
   * A refused attempt that kept the customer's money for a next attempt that never got committed
   * (ledgers written before reroutes were one transaction): the money becomes a refund owed.
   */
  oweStrandedRefund(saleId: number): boolean {
    const owed = this.ledger.transaction(() => {
      const sale = this.get(saleId);
      if (sale.state !== 'failed' || sale.refund !== 'none' || this.repo.hasNextAttempt(sale.id)) return false;
      const now = this.ledger.now();
      this.repo.update(sale.id, { refund: 'due', updated_at: now });
      this.repo.addEvent(
        sale.id, sale.state, sale.state, 'recovery',
        `Pengalihan ke provider lain tidak pernah tercatat: uang ${formatRupiah(sale.price)} harus dikembalikan ke pelanggan`, now,
      );
      this.post(sale, 'refund-due', 'sale_failed', strandedRefundPostings(sale), now);
      return true;
    });
    if (owed) this.events.emit('sales:updated', { saleId, state: 'failed' });
    return owed;
  }

  markSent(sale: SaleRecord): SaleRecord {
    this.ledger.transaction(() => {
      const now = this.ledger.now();
      this.repo.update(sale.id, { state: 'sent', sent_at: now, updated_at: now });
      this.repo.addEvent(sale.id, sale.state, 'sent', 'cashier', `Dikirim ke ${sale.provider.toUpperCase()}`, now);
    });
    return this.get(sale.id);
  }

  /**
   * Applies what we learned about a sale. A settled sale never moves again: a late or contradicting
   * signal is written to its history and changes no money.
   */
  apply(saleId: number, outcome: MoneyOutcome, source: SaleEventSource): SaleRecord {
    this.ledger.transaction(() => this.applyIn(this.get(saleId), outcome, source, false));
    const after = this.get(saleId);
    this.events.emit('sales:updated', { saleId, state: after.state });
    return after;
  }

  private commitIn(sale: NewAttempt): number {
    const endpoint = this.endpointOf(sale.provider);
    const available = this.ledger.rawBalance(depositAccount(sale.provider));
    if (available < sale.cost) {
      throw new AppError(
        'insufficient_funds',
        `Deposit ${sale.provider.toUpperCase()} tidak cukup: tersedia ${formatRupiah(available)}, dibutuhkan ${formatRupiah(sale.cost)}. Isi deposit dulu.`,
      );
    }
    const now = this.ledger.now();
    // The shift answers for the customer's money: the one open now, or for a rerouted attempt the first attempt's.
    const shiftId = sale.reroutedFrom !== null ? this.repo.shiftOf(sale.reroutedFrom) : openShiftId(this.ledger.db);
    const saleId = this.repo.insert(
      {
        ...sale,
        createdAt: now,
        businessDay: this.ledger.businessDay(now),
        providerMode: endpoint.mode,
        providerBaseUrl: endpoint.mode === 'live' ? endpoint.baseUrl : null,
      },
      shiftId,
    );
    this.repo.addEvent(saleId, null, 'committed', 'cashier', `Dicatat sebelum dikirim, ref ${sale.refId}`, now);
    this.ledger.journal.post({
      idemKey: `sale:${saleId}:commit`,
      kind: 'sale_commit',
      memo: `${sale.productName} ke ${sale.customerNo} (${sale.refId})`,
      at: now,
      businessDay: this.ledger.businessDay(now),
      postings: commitPostings({ ...sale }),
    });
    return saleId;
  }

  /** The body of `apply`; the caller holds the transaction. `rerouting`: the next attempt takes the customer's money. */
  private applyIn(sale: SaleRecord, outcome: MoneyOutcome, source: SaleEventSource, rerouting: boolean, note = ''): void {
    const now = this.ledger.now();
    if (isSettled(sale.state)) {
      if (sale.state === 'failed' && outcome.status === 'success') this.raiseLateSuccess(sale, outcome, source, now);
      else if (outcome.status !== sale.state) {
        this.repo.addEvent(sale.id, sale.state, sale.state, source, `Sinyal ${STATE_LABEL[outcome.status]} diabaikan: transaksi sudah ${STATE_LABEL[sale.state].toLowerCase()}`, now);
      }
      return;
    }
    const to = effectiveState(sale, outcome);
    const reported = reportedCost(outcome, sale);
    let detail = describeOutcome(outcome, to) + note + ignoredCostNote(reported);
    const common = {
      state: to,
      updated_at: now,
      provider_ref: outcome.providerRef ?? sale.providerRef,
      message: outcome.message || sale.message,
    };
    if (to === 'success' && outcome.status === 'success') {
      // What the provider charged (in this answer or an earlier pending one) is the truth; the catalogue a quote.
      const charged = reported.cost ?? sale.reportedCost ?? sale.cost;
      const difference = priceDifference(sale.cost, charged);
      const details: Record<string, string | number> = { ...sale.details, ...(outcome.details ?? {}) };
      if (difference) details.selisihHarga = difference;
      const name = typeof details.customerName === 'string' && details.customerName ? details.customerName : sale.customerName;
      if (difference) detail += `; selisih harga ${difference}`;
      this.repo.update(sale.id, {
        ...common,
        serial: outcome.serial ?? sale.serial,
        details_json: JSON.stringify(details),
        customer_name: name,
        reported_cost: reported.cost ?? sale.reportedCost,
        settled_at: now,
        next_check_at: null,
        needs_operator: 0,
      });
      this.post(sale, 'settle', 'sale_success', successPostings(sale, charged), now);
    } else if (to === 'failed') {
      this.repo.update(sale.id, { ...common, settled_at: now, next_check_at: null, needs_operator: 0, refund: rerouting ? 'none' : 'due' });
      this.post(sale, 'settle', 'sale_failed', failurePostings(sale, { rerouting }), now);
    } else {
      const checks = source === 'poll' || source === 'callback' ? sale.checkCount + 1 : sale.checkCount;
      // An MMBC top-up whose invoice never came cannot be asked about; a flight is asked by its booking code.
      const cannotAsk = sale.provider === 'mmbc' && sale.kind !== 'flight' && !(outcome.providerRef ?? sale.providerRef);
      this.repo.update(sale.id, {
        ...common,
        // A pending answer may already say what was charged (MMBC debet); the success may not repeat it.
        reported_cost: reported.cost ?? sale.reportedCost,
        check_count: checks,
        needs_operator: cannotAsk ? 1 : 0,
        next_check_at: cannotAsk ? null : now + this.checkDelay(sale, checks),
      });
    }
    this.repo.addEvent(sale.id, sale.state, to, source, detail, now);
  }

  /**
   * The provider delivered a sale already failed: money went out twice (product and refund). The
   * sale stays failed (settled sales never move) and carries an alert until the owner decides.
   */
  private raiseLateSuccess(sale: SaleRecord, outcome: Extract<MoneyOutcome, { status: 'success' }>, source: SaleEventSource, now: number): void {
    const reported = reportedCost(outcome, sale);
    if (sale.alert) {
      this.repo.addEvent(sale.id, sale.state, sale.state, source, `Sinyal berhasil lagi: ${lateSuccessEvidence(outcome)}${ignoredCostNote(reported)}`, now);
      return;
    }
    const evidence = lateSuccessEvidence(outcome);
    this.repo.update(sale.id, {
      alert: 'late_success',
      alert_evidence: evidence,
      alert_at: now,
      // The owner's "charged" resolution posts this amount: only a believable one is kept.
      reported_cost: reported.cost ?? sale.reportedCost,
      updated_at: now,
    });
    this.repo.addEvent(sale.id, sale.state, sale.state, source, lateSuccessNote(sale, evidence) + ignoredCostNote(reported), now);
  }

  /** The owner's record of what a late success really was; once only, with that outcome's postings. */
  resolveAlert(saleId: number, input: { resolution: AlertResolution; note: string }): SaleRecord {
    this.ledger.transaction(() => {
      const sale = this.get(saleId);
      if (!sale.alert) throw new AppError('conflict', 'Transaksi ini tidak punya peringatan yang perlu diputuskan.');
      if (sale.alertResolvedAt !== null) throw new AppError('conflict', `Peringatan ini sudah diselesaikan: ${sale.alertResolution ?? ''}`.trim());
      const now = this.ledger.now();
      const text = `${RESOLUTION_LABEL[input.resolution]}. Catatan: ${input.note.trim()}`;
      const keepsRefund = input.resolution === 'charged_paid_again' && sale.refund === 'due';
      this.repo.update(sale.id, {
        alert_resolved_at: now,
        alert_resolution: text.slice(0, 500),
        updated_at: now,
        ...(keepsRefund ? { refund: 'paid' } : {}),
      });
      const detail = keepsRefund ? `${text} (uang pengembalian ${formatRupiah(sale.price)} menjadi pembayaran produk)` : text;
      this.repo.addEvent(sale.id, sale.state, sale.state, 'operator', `Keputusan pemilik atas peringatan: ${detail}`, now);
      const postings = lateSuccessPostings(sale, input.resolution, sale.reportedCost ?? sale.cost);
      if (postings.length > 0) this.post(sale, 'alert', 'sale_late_success', postings, now);
    });
    const after = this.get(saleId);
    this.events.emit('sales:updated', { saleId, state: after.state });
    return after;
  }

  /** Hands the operator's decision to the same path a provider answer takes. */
  needsOperator(saleId: number, reason: string): SaleRecord {
    this.ledger.transaction(() => {
      const sale = this.get(saleId);
      if (isSettled(sale.state)) return;
      const now = this.ledger.now();
      this.repo.update(sale.id, { state: 'unknown', needs_operator: 1, next_check_at: null, updated_at: now });
      this.repo.addEvent(sale.id, sale.state, 'unknown', 'poll', reason, now);
    });
    return this.get(saleId);
  }

  /** Asks the reconciler to check this sale now (a callback hint, a cashier's "cek sekarang"). */
  checkSoon(saleId: number): void {
    this.repo.update(saleId, { next_check_at: this.ledger.now() });
  }

  refundPaid(saleId: number): SaleRecord {
    this.ledger.transaction(() => {
      const sale = this.get(saleId);
      if (sale.refund !== 'due') {
        throw new AppError('conflict', sale.refund === 'paid' ? 'Uang sudah dikembalikan.' : 'Transaksi ini tidak perlu dikembalikan uangnya.');
      }
      const now = this.ledger.now();
      this.repo.update(sale.id, { refund: 'paid', updated_at: now });
      this.repo.addEvent(sale.id, sale.state, sale.state, 'cashier', `Uang ${formatRupiah(sale.price)} dikembalikan ke pelanggan`, now);
      this.post(sale, 'refund', 'sale_refund', refundPaidPostings(sale), now);
    });
    const after = this.get(saleId);
    this.events.emit('sales:updated', { saleId, state: after.state });
    return after;
  }

  get(id: number): SaleRecord {
    const sale = this.repo.get(id);
    if (!sale) throw new AppError('not_found', `Transaksi #${id} tidak ditemukan.`);
    return sale;
  }

  /** The sale written for a request (the latest attempt when the press was rerouted). */
  getByRequest(requestId: string): SaleRecord {
    const sale = this.repo.byRequestId(requestId);
    if (!sale) throw new AppError('not_found', 'Transaksi untuk permintaan ini tidak ditemukan.');
    // Later attempts of a rerouted press carry `<id>#2`…: the screen wants the attempt that counts.
    return this.repo.latestAttempt(sale);
  }

  /** The backoff, but never before the provider's documented wait for the first check. */
  private checkDelay(sale: SaleRecord, checks: number): number {
    const delay = nextCheckDelay(checks, this.checkDelays);
    return checks === 0 ? Math.max(delay, this.firstCheckWaitMs[sale.provider] ?? 0) : delay;
  }

  private post(sale: SaleRecord, step: string, kind: string, postings: ReturnType<typeof successPostings>, at: number): void {
    this.ledger.journal.post({
      idemKey: `sale:${sale.id}:${step}`,
      kind,
      memo: `${sale.productName} ke ${sale.customerNo} (${sale.refId})`,
      at,
      businessDay: this.ledger.businessDay(at),
      postings,
    });
  }
}
