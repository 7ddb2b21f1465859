import type { CatalogueItem } from '../catalogue';
import { RC } from '../contract/response-codes';
import { bpjsKesehatanBill, bpjsKetenagakerjaanBill, internetTvBill, pdamBill, plnBill, telcoBill } from './bills-postpaid';
import { prepaidBill } from './bills-prepaid';
import { DOC_PLN_NUMBER, DOC_TELCO_NUMBER, plnDocSample, telcoDocSample } from './doc-samples';
import { paymentTimeLabel } from './seed';
import type { GeneratedBill } from './sim-types';

/**
 * The simulator's documented, deterministic outcome rules (docs/providers/ayoconnect.md has the
 * same table). Ayoconnect publishes no sandbox test numbers, so outcomes follow the account
 * number's last digits:
 *
 * Inquiry (bill/check)
 *   ....1111  304 Nomor pelanggan salah (every product)
 *   ....3333  181 Layanan inkuiri sedang gangguan (every product)
 *   ....0000  309 Tagihan sudah terbayar (bills)
 *   ....2222  303 Tagihan tidak tersedia (bills)
 *   last digit 2/3/4 on PLN postpaid and PDAM: 2/3/4 months of arrears (PLN: 4 -> 301, max 3)
 *   BPJS Kesehatan: months = the `month` claim (1-12, default 1)
 * Payment (bill/payment)
 *   default   299, then after pendingDelayMs -> 0 success (token/SN), callback
 *   ....9999  299, then -> 100 Gangguan Operator (deposit refunded), callback
 *   ....5555  299 and stays pending until POST /__sim-state/ayoconnect/resolve
 *   ....7777  0 success at once (no pending step, no callback)
 *   ....6666  103 Nomor salah at once (nothing charged)
 */
export type PaymentPlan = 'pending-then-success' | 'pending-then-fail' | 'stays-pending' | 'instant-success' | 'instant-fail';

export function paymentPlan(accountNumber: string): PaymentPlan {
  const last4 = accountNumber.slice(-4);
  if (last4 === '9999') return 'pending-then-fail';
  if (last4 === '5555') return 'stays-pending';
  if (last4 === '7777') return 'instant-success';
  if (last4 === '6666') return 'instant-fail';
  return 'pending-then-success';
}

/** Bills that, once paid, answer 309 to a new inquiry (BPJS Kesehatan can be paid ahead). */
export function isOneShotBill(product: CatalogueItem): boolean {
  return ['telco-postpaid', 'pln-postpaid', 'pdam', 'internet-tv', 'bpjs-tk'].includes(product.kind);
}

const ACCOUNT_PATTERN = /^[0-9A-Za-z@._+-]{4,64}$/;
const OPEN_DENOM_MIN = 10_000;
const OPEN_DENOM_MAX = 1_000_000;
const PLN_MAX_ARREARS = 3;

export interface InquiryParams {
  accountNumber: string;
  amount?: number;
  month?: number;
  zoneId?: string;
}

export type BillDecision = { rc: number } | { bill: GeneratedBill; month?: number };

export function decideInquiry(product: CatalogueItem, params: InquiryParams, now: number): BillDecision {
  const account = params.accountNumber.trim();
  if (!ACCOUNT_PATTERN.test(account)) return { rc: RC.WRONG_CUSTOMER_NUMBER };
  const last4 = account.slice(-4);
  if (last4 === '1111' && account !== DOC_TELCO_NUMBER) return { rc: RC.WRONG_CUSTOMER_NUMBER };
  if (last4 === '3333') return { rc: RC.INQUIRY_SERVICE_DOWN };
  if (product.type === 'postpaid' && product.kind !== 'bpjs-kes') {
    if (last4 === '0000') return { rc: RC.BILL_ALREADY_PAID };
    if (last4 === '2222') return { rc: RC.BILL_NOT_AVAILABLE };
  }
  const input = { product, accountNumber: account, now, months: 1 };
  switch (product.kind) {
    case 'telco-postpaid':
      return { bill: account === DOC_TELCO_NUMBER ? telcoDocSample(paymentTimeLabel(now)) : telcoBill(input) };
    case 'internet-tv':
      return { bill: internetTvBill(input) };
    case 'pln-postpaid': {
      if (account === DOC_PLN_NUMBER) return { bill: plnDocSample(paymentTimeLabel(now)) };
      const months = arrearsMonths(account);
      if (months > PLN_MAX_ARREARS) return { rc: RC.BILL_OVER_THREE_MONTHS };
      return { bill: plnBill({ ...input, months }) };
    }
    case 'pdam':
      return { bill: pdamBill({ ...input, months: arrearsMonths(account) }) };
    case 'bpjs-kes': {
      const month = params.month ?? 1;
      if (month < 1 || month > 12) return { rc: RC.BAD_REQUEST };
      return { bill: bpjsKesehatanBill({ ...input, months: month }), month };
    }
    case 'bpjs-tk':
      return { bill: bpjsKetenagakerjaanBill(input) };
    case 'open-denom': {
      const amount = params.amount;
      if (amount === undefined || amount < OPEN_DENOM_MIN || amount > OPEN_DENOM_MAX) return { rc: RC.BAD_REQUEST };
      return { bill: prepaidBill({ product, accountNumber: account, price: amount, now }) };
    }
    case 'game':
      if (!params.zoneId) return { rc: RC.BAD_REQUEST };
      return { bill: prepaidBill({ product, accountNumber: account, price: product.amount, zoneId: params.zoneId, now }) };
    case 'prepaid':
    case 'pln-token':
      return { bill: prepaidBill({ product, accountNumber: account, price: product.amount, now }) };
  }
}

function arrearsMonths(account: string): number {
  const last = Number(account.slice(-1));
  return last >= 2 && last <= 4 ? last : 1;
}
