import type { ProviderId } from '../api/schemas';
import type { EventBus } from '../app/event-bus';
import { AppError } from '../errors/app-error';
import { depositAccount, type Ledger } from '../ledger';
import { formatRupiah } from '../money';
import type { MoneyOutcome } from '../providers/outcome';
import { DEFAULT_FIRST_CHECK_WAIT_MS, nextCheckDelay } from './backoff';
import { commitPostings, failurePostings, refundPaidPostings, successPostings } from './sale-postings';
import type { SaleRecord } from './sale-record';
import { SaleRepo, type NewSale, type SaleEventSource } from './sale-repo';
import { isSettled, type SaleState } from './state-machine';

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
  commit(sale: Omit<NewSale, 'createdAt' | 'businessDay' | 'providerMode' | 'providerBaseUrl'>): SaleRecord {
    const id = this.ledger.transaction(() => {
      const endpoint = this.endpointOf(sale.provider);
      const available = this.ledger.rawBalance(depositAccount(sale.provider));
      if (available < sale.cost) {
        throw new AppError(
          'insufficient_funds',
          `Deposit ${sale.provider.toUpperCase()} tidak cukup: tersedia ${formatRupiah(available)}, dibutuhkan ${formatRupiah(sale.cost)}. Isi deposit dulu.`,
        );
      }
      const now = this.ledger.now();
      const saleId = this.repo.insert({
        ...sale,
        createdAt: now,
        businessDay: this.ledger.businessDay(now),
        providerMode: endpoint.mode,
        providerBaseUrl: endpoint.mode === 'live' ? endpoint.baseUrl : null,
      });
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
    });
    return this.get(id);
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
  apply(saleId: number, outcome: MoneyOutcome, source: SaleEventSource, options: { rerouting?: boolean } = {}): SaleRecord {
    this.ledger.transaction(() => {
      const sale = this.get(saleId);
      const now = this.ledger.now();
      if (isSettled(sale.state)) {
        if (outcome.status !== sale.state) {
          this.repo.addEvent(sale.id, sale.state, sale.state, source, `Sinyal ${outcome.status} diabaikan: transaksi sudah ${sale.state}`, now);
        }
        return;
      }
      const to = effectiveState(sale, outcome);
      const detail = describe(outcome, to);
      const common = {
        state: to,
        updated_at: now,
        provider_ref: outcome.providerRef ?? sale.providerRef,
        message: outcome.message || sale.message,
      };
      if (to === 'success' && outcome.status === 'success') {
        const details = { ...sale.details, ...(outcome.details ?? {}) };
        const name = typeof details.customerName === 'string' && details.customerName ? details.customerName : sale.customerName;
        this.repo.update(sale.id, {
          ...common,
          serial: outcome.serial ?? sale.serial,
          details_json: JSON.stringify(details),
          customer_name: name,
          settled_at: now,
          next_check_at: null,
          needs_operator: 0,
        });
        this.post(sale, 'settle', 'sale_success', successPostings(sale, outcome.cost ?? sale.cost), now);
      } else if (to === 'failed') {
        this.repo.update(sale.id, { ...common, settled_at: now, next_check_at: null, needs_operator: 0, refund: options.rerouting ? 'none' : 'due' });
        this.post(sale, 'settle', 'sale_failed', failurePostings(sale, { rerouting: options.rerouting ?? false }), now);
      } else {
        const checks = source === 'poll' || source === 'callback' ? sale.checkCount + 1 : sale.checkCount;
        const cannotAsk = sale.provider === 'mmbc' && !(outcome.providerRef ?? sale.providerRef);
        this.repo.update(sale.id, {
          ...common,
          check_count: checks,
          needs_operator: cannotAsk ? 1 : 0,
          next_check_at: cannotAsk ? null : now + this.checkDelay(sale, checks),
        });
      }
      this.repo.addEvent(sale.id, sale.state, to, source, detail, now);
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

/** A PLN token sale is not a success until the token is in hand (the customer cannot use it otherwise). */
function effectiveState(sale: SaleRecord, outcome: MoneyOutcome): SaleState {
  if (outcome.status === 'success' && sale.kind === 'pln_token' && !outcome.serial && !sale.serial) return 'pending';
  return outcome.status;
}

function describe(outcome: MoneyOutcome, to: SaleState): string {
  const code = outcome.status === 'failed' ? ` [${outcome.code}]` : outcome.status === 'unknown' ? ` [${outcome.reason}]` : '';
  const note = to !== outcome.status ? ' (token belum diterima)' : '';
  return `${outcome.message || outcome.status}${code}${note}`;
}
