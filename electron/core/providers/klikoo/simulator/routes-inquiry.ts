import type { SimRequest, SimResponse } from '../../sim-kit';
import { findCatalogueEntry, type CatalogueEntry } from '../catalogue';
import { CASE, SERVICE } from '../contract/codes';
import { postpaidInquiryRequestSchema, purchaseRequestSchema } from '../contract/requests';
import { readBody, type SimContext } from './context';
import { answer, refuse } from './respond';
import { billFor, customerNameFor, postpaidInquiryRule, powerCapacityFor, prepaidInquiryUnknown } from './rules';
import { billKey, type SimInquiry } from './state';

const TX = SERVICE.transaction;

/** What Klikoo charges for a prepaid product: the agent price, or amount + fee for open denominations. */
export function prepaidCost(product: CatalogueEntry, requested: number): number | null {
  if (!product.openDenom) return product.agentPrice;
  const { min, max, fee } = product.openDenom;
  return requested >= min && requested <= max ? requested + fee : null;
}

/** POST /v1/open-api/products/inquiry (PLN, OVO, GoPay, DANA, Maxim only). */
export function handlePrepaidInquiry() {
  return (req: SimRequest): SimResponse => {
    const body = readBody(req, purchaseRequestSchema, TX);
    const product = findCatalogueEntry(body.product_code);
    if (!product) return answer(404, TX, CASE.productNotFound);
    if (product.kind !== 'prepaid' || !product.inquiry) {
      return refuse(400, TX, CASE.productMismatch, 'Produk tidak sesuai: inquiry hanya untuk PLN, OVO, GoPay, DANA dan Maxim');
    }
    if (prepaidInquiryUnknown(body.value)) {
      return refuse(503, TX, CASE.billerError, 'CUSTID not recognized. Biller throws exception. Err:5110', { customer_number: body.value });
    }
    const cost = prepaidCost(product, Number(body.amount));
    if (cost === null) return refuse(400, TX, CASE.validation, 'Validasi Error: amount di luar batas nominal');
    return answer(200, TX, CASE.success, {
      product_name: product.name,
      amount: cost,
      total: cost,
      product_code: product.code,
      customer_number: body.value,
      customer_name: customerNameFor(body.value),
      power_capacity: product.category === 'plnprepaid' ? powerCapacityFor(body.value) : '',
    });
  };
}

/** Bills are for last month, as YYYYMM in WIB. */
function lastMonth(epochMs: number): string {
  const wib = new Date(epochMs + 7 * 3600_000);
  const d = new Date(Date.UTC(wib.getUTCFullYear(), wib.getUTCMonth() - 1, 1));
  return `${d.getUTCFullYear()}${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** POST /v1/open-api/transactions/inquiry-postpaid. Response fields are our reading (UNCONFIRMED). */
export function handlePostpaidInquiry(ctx: SimContext) {
  return (req: SimRequest): SimResponse => {
    const body = readBody(req, postpaidInquiryRequestSchema, TX);
    const product = findCatalogueEntry(body.product_code);
    if (!product) return answer(404, TX, CASE.productNotFound);
    if (product.kind !== 'postpaid' || !product.bill) return refuse(400, TX, CASE.productMismatch, 'Produk tidak sesuai: bukan produk pascabayar');
    const bpjs = product.category === 'bpjs';
    if (bpjs && !body.period) return refuse(400, TX, CASE.emptyField, 'Field tidak boleh kosong: period');
    const account = body.account_number;
    const key = billKey(product.code, account);
    const rule = postpaidInquiryRule(account);
    if (rule === 'not_found') return answer(404, TX, CASE.customerNotFound);
    if (rule === 'already_paid' || ctx.state.paidBills.has(key)) {
      return refuse(503, TX, CASE.billerError, 'Tagihan sudah terbayar atau belum tersedia', { customer_number: account });
    }
    const months = bpjs ? Math.max(1, Number(body.period)) : 1;
    const bill = billFor(product, account) * months;
    const admin = product.bill.admin;
    const inquiry: SimInquiry = {
      key,
      customerName: customerNameFor(account),
      period: bpjs ? `${months} BULAN` : lastMonth(ctx.now()),
      bill,
      admin,
      total: bill + admin,
      amount: bill + product.agentPrice,
      expiresAt: ctx.now() + ctx.options.inquiryTtlMs,
    };
    ctx.state.inquiries.set(key, inquiry);
    return answer(200, TX, CASE.success, {
      product_name: product.name,
      product_code: product.code,
      customer_number: account,
      customer_name: inquiry.customerName,
      period: inquiry.period,
      bill_amount: inquiry.bill,
      admin_fee: inquiry.admin,
      amount: inquiry.amount,
      total: inquiry.total,
    });
  };
}
