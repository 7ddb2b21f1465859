import type { SimRequest, SimResponse } from '../../sim-kit';
import { findCatalogueEntry, type CatalogueEntry } from '../catalogue';
import { CASE, SERVICE } from '../contract/codes';
import { purchaseRequestSchema, type PurchaseRequest } from '../contract/requests';
import { readBody, type SimContext } from './context';
import { answer, historyRow, refuse, txJson } from './respond';
import { prepaidCost } from './routes-inquiry';
import { buyFate, customerNameFor, powerCapacityFor } from './rules';
import { billKey, type SimTransaction } from './state';

const TX = SERVICE.transaction;

type Priced = { ok: true; cost: number; customerName: string; billKey?: string } | { ok: false; response: SimResponse };

/** What this buy will cost, or Klikoo's refusal (price mismatch, missing inquiry, bad msisdn). */
function price(ctx: SimContext, product: CatalogueEntry, body: PurchaseRequest): Priced {
  const amount = Number(body.amount);
  if (product.kind === 'prepaid') {
    const cost = prepaidCost(product, amount);
    if (cost === null) return { ok: false, response: refuse(400, TX, CASE.validation, 'Validasi Error: amount di luar batas nominal') };
    if (!product.openDenom && amount !== product.agentPrice) {
      return { ok: false, response: refuse(400, TX, CASE.validation, `Validasi Error: amount tidak sesuai harga produk (${product.agentPrice})`) };
    }
    return { ok: true, cost, customerName: product.inquiry ? customerNameFor(body.value) : '' };
  }
  const key = billKey(product.code, body.value);
  const inquiry = ctx.state.inquiries.get(key);
  if (!inquiry || inquiry.expiresAt <= ctx.now()) {
    return { ok: false, response: refuse(400, TX, CASE.validation, 'Validasi Error: lakukan inquiry tagihan terlebih dahulu') };
  }
  if (amount !== inquiry.amount) {
    return { ok: false, response: refuse(400, TX, CASE.validation, `Validasi Error: amount tidak sesuai tagihan (${inquiry.amount})`) };
  }
  if (product.category === 'bpjs' && !/^(08|628)\d{7,12}$/.test(body.msidn)) {
    return { ok: false, response: refuse(400, TX, CASE.validation, 'Validasi Error: msidn harus nomor HP pelanggan') };
  }
  return { ok: true, cost: inquiry.amount, customerName: inquiry.customerName, billKey: key };
}

/** POST /v1/open-api/products/buy -> 201022001 "Berhasil dibuat", final state later. */
export function handleBuy(ctx: SimContext) {
  return (req: SimRequest): SimResponse => {
    const body = readBody(req, purchaseRequestSchema, TX);
    if (ctx.state.byReference.has(body.partner_reference_id)) return answer(409, TX, CASE.duplicateReference);
    const product = findCatalogueEntry(body.product_code);
    if (!product) return answer(404, TX, CASE.productNotFound);
    if (!product.enabled) return answer(400, TX, CASE.productMismatch);
    const fate = buyFate(body.value);
    if (fate === 'reject_number') return answer(404, TX, CASE.wrongCustomerNumber);
    if (fate === 'supplier_down') return answer(503, TX, CASE.supplierDown);
    const priced = price(ctx, product, body);
    if (!priced.ok) return priced.response;
    if (priced.cost > ctx.state.available()) return refuse(400, TX, CASE.validation, 'Validasi Error: saldo tidak mencukupi');
    const tx: SimTransaction = {
      transactionId: ctx.state.newTransactionId(),
      partnerReferenceId: body.partner_reference_id,
      product,
      value: body.value,
      msidn: body.msidn,
      cost: priced.cost,
      sellingPrice: Number(body.selling_price),
      status: 'PENDING',
      reason: '',
      sn: '',
      customerName: priced.customerName,
      createdAt: ctx.now(),
      fate,
      billKey: priced.billKey,
      powerCapacity: product.category === 'plnprepaid' ? powerCapacityFor(body.value) : undefined,
    };
    ctx.state.add(tx);
    ctx.schedule(tx);
    return answer(201, TX, CASE.created, txJson(tx));
  };
}

export const DETAIL_PATH = /^\/klikoo-b2b\/v1\/open-api\/transactions\/([^/]+)$/;

/** GET /v1/open-api/transactions/{transaction_id}. */
export function handleDetail(ctx: SimContext) {
  return (req: SimRequest): SimResponse => {
    const id = decodeURIComponent(DETAIL_PATH.exec(req.path)?.[1] ?? '');
    const tx = ctx.state.transactions.get(id);
    return tx ? answer(200, TX, CASE.success, txJson(tx)) : answer(404, TX, CASE.transactionNotFound);
  };
}

function parseDate(text: string | null): number | null | undefined {
  if (!text) return undefined;
  const withZone = /(?:Z|[+-]\d{2}:\d{2})$/.test(text) ? text : `${text}Z`;
  const ms = Date.parse(withZone);
  return Number.isFinite(ms) ? ms : null;
}

/** GET /v1/open-api/transactions?page&limit&q&from&to; `q` also matches partner_reference_id (our reading). */
export function handleHistory(ctx: SimContext) {
  return (req: SimRequest): SimResponse => {
    const page = Number(req.query.get('page'));
    const limit = Number(req.query.get('limit'));
    if (!req.query.get('page') || !req.query.get('limit')) return refuse(400, TX, CASE.emptyField, 'Field tidak boleh kosong: page, limit');
    if (!Number.isInteger(page) || !Number.isInteger(limit) || page < 1 || limit < 1) return answer(400, TX, CASE.validation);
    const from = parseDate(req.query.get('from'));
    const to = parseDate(req.query.get('to'));
    if (from === null || to === null) return refuse(400, TX, CASE.validation, 'Validasi Error: from/to harus ISO8601');
    const q = (req.query.get('q') ?? '').trim().toLowerCase();
    const rows = ctx.state.list().filter((tx) => {
      if (from !== undefined && tx.createdAt < from) return false;
      if (to !== undefined && tx.createdAt > to) return false;
      if (!q) return true;
      const hay = [tx.partnerReferenceId, tx.transactionId, tx.value, tx.product.code, tx.product.name, tx.sn];
      return hay.some((h) => h.toLowerCase().includes(q));
    });
    const totalPages = Math.max(1, Math.ceil(rows.length / limit));
    const meta = {
      current_page: page,
      previous_page: page > 1 ? page - 1 : 0,
      next_page: page < totalPages ? page + 1 : 0,
      total_pages: totalPages,
      total_rows: rows.length,
      per_page: limit,
    };
    return answer(200, TX, CASE.success, rows.slice((page - 1) * limit, page * limit).map(historyRow), { meta });
  };
}
