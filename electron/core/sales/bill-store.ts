import type { ProviderId } from '../domain/provider-id';
import { AppError } from '../errors/app-error';
import type { Ledger } from '../ledger';
import type { SaleCatalog } from './catalog-port';
import type { NormalisedBill, SaleDriver } from './drivers/driver';
import { newRefId } from './ref-id';

/** Read failures that mean "could not talk to this provider" (parse-answer.ts, funnel.ts). */
const TRANSPORT_CODES = new Set(['not_sent', 'timeout', 'connection_reset', 'http_error', 'html_page', 'malformed_body', 'unexpected_answer']);

/** How long an inquiry may be paid; providers expire theirs (IAK 30 min, Ayoconnect ~15 min). */
export const INQUIRY_TTL_MS = 10 * 60_000;

export interface StoredBill extends Omit<NormalisedBill, 'pay'> {
  id: number;
  refId: string;
  provider: ProviderId;
  productId: string;
  providerCode: string;
  productName: string;
  customerNo: string;
  /** What the customer pays at the counter: the bill total plus the outlet's fee. */
  price: number;
  pay: Record<string, string | number>;
  createdAt: number;
  expiresAt: number;
}

/**
 * Bill inquiries: read-only at the provider, stored so that paying charges exactly what the
 * customer was shown. An expired inquiry is never paid: the cashier inquires again.
 */
export class BillStore {
  constructor(
    private readonly ledger: Ledger,
    private readonly catalog: SaleCatalog,
    private readonly drivers: ReadonlyMap<ProviderId, SaleDriver>,
  ) {}

  async inquire(input: { productId: string; customerNo: string; months?: number }): Promise<StoredBill> {
    const route = this.catalog.route(input.productId);
    if (!route || route.category !== 'bill') throw new AppError('not_found', 'Produk tagihan tidak ditemukan.');
    const customerNo = this.catalog.normaliseCustomer('bill', input.customerNo);
    const offers = route.offers.filter((o) => this.drivers.get(o.provider)?.inquireBill);
    if (offers.length === 0) throw new AppError('provider_unavailable', `${route.name} sedang tidak tersedia.`);
    let lastError = '';
    for (const offer of offers) {
      const refId = newRefId(this.ledger.now());
      const result = await this.drivers.get(offer.provider)!.inquireBill!({ refId, providerCode: offer.providerCode, customerNo, months: input.months });
      if (!result.ok) {
        // Only a provider we could not reach tries the next one; any answer the provider gave (wrong
        // number, already paid, the biller timing out) is the answer the cashier must see.
        if (!TRANSPORT_CODES.has(result.code)) throw new AppError(result.retryable ? 'provider_unavailable' : 'invalid_input', result.message);
        lastError = result.message;
        continue;
      }
      return this.save({ ...result.value, refId, provider: offer.provider, productId: route.productId, providerCode: offer.providerCode, productName: route.name, customerNo, fee: route.price });
    }
    throw new AppError('provider_unavailable', `Cek tagihan gagal: ${lastError}`);
  }

  /** The inquiry, checked to be still payable and not yet paid. */
  payable(id: number): StoredBill & { refIdForPayment: string } {
    const bill = this.get(id);
    if (bill.expiresAt <= this.ledger.now()) {
      throw new AppError('inquiry_expired', 'Data tagihan sudah kedaluwarsa. Cek ulang tagihan sebelum membayar.');
    }
    const paid = this.ledger.db.prepare('SELECT id FROM sale WHERE inquiry_id = ?').get(id);
    if (paid) throw new AppError('conflict', 'Tagihan ini sudah dibayar lewat Loket. Lihat Riwayat.');
    // IAK pays under the inquiry's own ref_id; the others take a fresh reference per payment.
    return { ...bill, refIdForPayment: bill.provider === 'iak' ? bill.refId : newRefId(this.ledger.now()) };
  }

  get(id: number): StoredBill {
    const row = this.ledger.db.prepare('SELECT * FROM bill_inquiry WHERE id = ?').get(id) as Record<string, unknown> | undefined;
    if (!row) throw new AppError('not_found', 'Data tagihan tidak ditemukan. Cek ulang tagihan.');
    const total = Number(row.total);
    return {
      id: Number(row.id),
      refId: String(row.ref_id),
      provider: row.provider as ProviderId,
      productId: String(row.product_id),
      providerCode: String(row.provider_code),
      productName: String(row.product_name),
      customerNo: String(row.customer_no),
      customerName: (row.customer_name as string | null) ?? null,
      bill: Number(row.bill),
      admin: Number(row.admin),
      total,
      cost: Number(row.cost),
      price: total + Number(row.fee),
      periods: JSON.parse(String(row.periods_json)) as StoredBill['periods'],
      details: JSON.parse(String(row.details_json)) as Record<string, string | number>,
      pay: JSON.parse(String(row.pay_json)) as Record<string, string | number>,
      createdAt: Number(row.created_at),
      expiresAt: Number(row.expires_at),
    };
  }

  private save(bill: NormalisedBill & Omit<StoredBill, keyof NormalisedBill | 'id' | 'price' | 'createdAt' | 'expiresAt'> & { fee: number }): StoredBill {
    const now = this.ledger.now();
    const info = this.ledger.db
      .prepare(
        `INSERT INTO bill_inquiry (ref_id, provider, product_id, provider_code, product_name, customer_no, customer_name,
           bill, admin, total, cost, fee, periods_json, details_json, pay_json, created_at, expires_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        bill.refId, bill.provider, bill.productId, bill.providerCode, bill.productName, bill.customerNo, bill.customerName,
        bill.bill, bill.admin, bill.total, bill.cost, bill.fee, JSON.stringify(bill.periods), JSON.stringify(bill.details),
        JSON.stringify(bill.pay), now, now + INQUIRY_TTL_MS,
      );
    return this.get(Number(info.lastInsertRowid));
  }
}

