import type { Rupiah } from '../../../money';
import type { MoneyOutcome, ReadResult } from '../../outcome';
import { createHttpFunnel } from '../../http/funnel';
import type { PurchaseRequest, TransactionsQuery } from '../contract/requests';
import type {
  BuyInput,
  KlikooClientConfig,
  KlikooPostpaidInquiry,
  KlikooPrepaidInquiry,
  KlikooProduct,
  KlikooProductPage,
  KlikooTransaction,
  KlikooTransactionPage,
} from '../types';
import { parseKlikooCallback, type KlikooCallback } from './callback';
import { checkReasonOf, mapBuyAnswer, mapDetailAnswer } from './map-buy';
import * as reads from './read-calls';
import { createSignedCaller } from './signed-call';
import { createTokenCache } from './token-cache';

/**
 * `listed: false`: a history scan got an answer and our reference was not in it.
 * `notOurs: true`: Klikoo answered about the transaction_id asked, and it is not our sale (the detail
 * names another partner_reference_id or none, or Klikoo has no such transaction).
 */
export type KlikooStatus = MoneyOutcome & { listed?: false; notOurs?: true };

/** In the message of every history scan that got an answer without our reference (the driver counts these). */
export const KLIKOO_NOT_LISTED_NOTE = 'belum ditemukan di riwayat Klikoo';

export interface KlikooClient {
  getBalance(): Promise<ReadResult<{ balance: Rupiah }>>;
  listProducts(query?: reads.ProductQuery): Promise<ReadResult<KlikooProductPage>>;
  /** Every page of the product list (price-list sync). */
  listAllProducts(query?: Omit<reads.ProductQuery, 'page'>): Promise<ReadResult<KlikooProductPage>>;
  /** Optional prepaid inquiry (PLN, OVO, GoPay, DANA, Maxim only): customer name / power class. */
  inquirePrepaid(input: reads.PrepaidInquiryInput): Promise<ReadResult<KlikooPrepaidInquiry>>;
  inquirePostpaid(input: reads.PostpaidInquiryInput): Promise<ReadResult<KlikooPostpaidInquiry>>;
  /** products/buy, prepaid and postpaid alike. Usually `pending` with providerRef = transaction_id. */
  buy(input: BuyInput): Promise<MoneyOutcome>;
  /** GET transactions/{transaction_id}: the authoritative status of one sale, trusted only if it names our reference. */
  checkTransaction(transactionId: string, partnerReferenceId: string): Promise<KlikooStatus>;
  /**
   * Our partner_reference_id in the transaction history (a buy whose answer was lost). Klikoo
   * documents no lookup by it and does not say what `q` matches, so the history is scanned by date
   * window (`around` = when we sent it) and page, and only an exact partner_reference_id counts.
   */
  findTransaction(partnerReferenceId: string, options?: { around?: number }): Promise<ReadResult<KlikooTransaction | null>>;
  /**
   * Status of a sale by transaction_id when known, else through the history scan. A sale absent
   * from the history is `unknown` with `listed: false`, never "not found": the listing is not a
   * documented lookup, so its silence proves nothing.
   */
  checkStatus(ref: { partnerReferenceId: string; transactionId?: string; sentAt?: number }): Promise<KlikooStatus>;
  listTransactions(query: TransactionsQuery): Promise<ReadResult<KlikooTransactionPage>>;
  parseCallback(rawBody: string): KlikooCallback;
}

const LOOKUP_PAGE_SIZE = 50;
const LOOKUP_MAX_PAGES = 10;
/** The zone of the history's from/to is not documented: a window wide enough for UTC or WIB readings. */
const LOOKUP_WINDOW_MS = 8 * 3_600_000;
const isoWithoutZone = (ms: number) => new Date(ms).toISOString().slice(0, 19);
const MAX_PRODUCT_PAGES = 50;

export function createKlikooClient(config: KlikooClientConfig): KlikooClient {
  const now = config.now ?? Date.now;
  const funnel = createHttpFunnel({ baseUrl: config.baseUrl, timeoutMs: config.timeoutMs ?? 30_000 });
  const tokens = createTokenCache(funnel, config.credentials, now);
  const call = createSignedCaller(funnel, config.credentials.clientSecret, tokens, now);

  async function findTransaction(partnerReferenceId: string, options: { around?: number } = {}): Promise<ReadResult<KlikooTransaction | null>> {
    const around = options.around;
    const window = around === undefined ? {} : { from: isoWithoutZone(around - LOOKUP_WINDOW_MS), to: isoWithoutZone(around + LOOKUP_WINDOW_MS) };
    for (let page = 1; page <= LOOKUP_MAX_PAGES; page += 1) {
      const listed = await reads.listTransactions(call, { page, limit: LOOKUP_PAGE_SIZE, ...window });
      if (!listed.ok) return listed;
      const hit = listed.value.transactions.find((t) => t.partnerReferenceId === partnerReferenceId);
      if (hit) return { ok: true, value: hit };
      const rows = listed.value.transactions.length + listed.value.rejected.length;
      if (rows === 0 || page >= listed.value.meta.totalPages) break;
    }
    return { ok: true, value: null };
  }

  const client: KlikooClient = {
    getBalance: () => reads.getBalance(call),
    listProducts: (query) => reads.listProducts(call, query),
    async listAllProducts(query = {}) {
      const all: KlikooProduct[] = [];
      const rejected: KlikooProductPage['rejected'] = [];
      for (let page = 1; page <= MAX_PRODUCT_PAGES; page += 1) {
        const res = await reads.listProducts(call, { ...query, page });
        if (!res.ok) return res;
        all.push(...res.value.products);
        rejected.push(...res.value.rejected);
        if (page >= res.value.meta.totalPages || res.value.products.length + res.value.rejected.length === 0) {
          return { ok: true, value: { products: all, rejected, meta: { ...res.value.meta, currentPage: 1, totalPages: 1, perPage: all.length } } };
        }
      }
      return { ok: false, retryable: false, code: 'too_many_pages', message: 'Daftar produk Klikoo terlalu banyak halaman.' };
    },
    inquirePrepaid: (input) => reads.inquirePrepaid(call, input),
    inquirePostpaid: (input) => reads.inquirePostpaid(call, input),
    async buy(input) {
      const body: PurchaseRequest = {
        amount: String(input.amount),
        msidn: input.msisdn ?? input.customerNumber,
        partner_reference_id: input.partnerReferenceId,
        product_code: input.productCode,
        selling_price: String(input.sellingPrice ?? input.amount),
        value: input.customerNumber,
      };
      return mapBuyAnswer(await call({ method: 'POST', path: reads.PATHS.buy, body }));
    },
    async checkTransaction(transactionId, partnerReferenceId) {
      const path = `${reads.PATHS.transactions}/${encodeURIComponent(transactionId)}`;
      return mapDetailAnswer(await call({ method: 'GET', path }), partnerReferenceId);
    },
    findTransaction,
    async checkStatus(ref) {
      if (ref.transactionId) return client.checkTransaction(ref.transactionId, ref.partnerReferenceId);
      const found = await findTransaction(ref.partnerReferenceId, ref.sentAt === undefined ? {} : { around: ref.sentAt });
      if (!found.ok) return { status: 'unknown', reason: checkReasonOf(found.code, found.retryable), message: found.message };
      if (!found.value) {
        return {
          status: 'unknown',
          reason: 'unexpected_answer',
          listed: false,
          message: `Transaksi dengan referensi ${ref.partnerReferenceId} ${KLIKOO_NOT_LISTED_NOTE} (Klikoo tidak menyediakan cek status menurut referensi kita; menunggu callback Klikoo).`,
        };
      }
      return client.checkTransaction(found.value.transactionId, ref.partnerReferenceId);
    },
    listTransactions: (query) => reads.listTransactions(call, query),
    parseCallback: parseKlikooCallback,
  };
  return client;
}
