import type { SimRequest, SimResponse } from '../../sim-kit';
import { ayoconnectCatalogue, findProduct } from '../catalogue';
import { inquiryClaimsSchema, statusClaimsSchema } from '../contract/requests';
import { READ_OK_MESSAGE, RC } from '../contract/response-codes';
import { authenticate } from './auth';
import type { SimContext } from './context';
import { decideInquiry, isOneShotBill } from './rules';
import { inquiryData, notFoundData, reply, transactionData } from './wire';

/** partner/products, partner/balance, bill/check and bill/status. */
export function handleProducts(ctx: SimContext, req: SimRequest): SimResponse {
  const auth = authenticate(req, ctx.credentials);
  if (!auth.ok) return auth.response;
  const products = ayoconnectCatalogue.map(({ kind: _kind, ...served }) => served);
  return reply(RC.SUCCESS, products, { message: READ_OK_MESSAGE });
}

export function handleBalance(ctx: SimContext, req: SimRequest): SimResponse {
  const auth = authenticate(req, ctx.credentials);
  if (!auth.ok) return auth.response;
  return reply(RC.SUCCESS, { balance: ctx.state.balance, currency: 'IDR', partnerId: ctx.credentials.apiKey }, { message: READ_OK_MESSAGE });
}

export function handleInquiry(ctx: SimContext, req: SimRequest): SimResponse {
  const auth = authenticate(req, ctx.credentials);
  if (!auth.ok) return auth.response;
  const claims = inquiryClaimsSchema.safeParse(auth.claims);
  if (!claims.success) return reply(RC.BAD_REQUEST, {});
  const { accountNumber, productCode } = claims.data;
  const product = findProduct(productCode);
  if (!product) return reply(RC.PRODUCT_NOT_FOUND, {});
  if (!product.active) return reply(RC.PRODUCT_UNAVAILABLE, {});
  const now = ctx.now();
  const account = accountNumber.trim();
  if (isOneShotBill(product) && ctx.state.paidBill(product.code, account)) return reply(RC.BILL_ALREADY_PAID, {});
  if (ctx.state.recentLiveTransaction(product.code, account, now - ctx.repeatWindowMs)) {
    return reply(RC.REPEATED_WITHIN_30_MIN, {});
  }
  const decision = decideInquiry(product, { ...claims.data, accountNumber: account }, now);
  if ('rc' in decision) return reply(decision.rc, {});
  const inquiry = {
    inquiryId: ctx.state.newInquiryId(),
    product,
    accountNumber: account,
    bill: decision.bill,
    createdAt: now,
    expiresAt: now + ctx.inquiryTtlMs,
    ...(decision.month !== undefined ? { month: decision.month } : {}),
  };
  ctx.state.inquiries.set(inquiry.inquiryId, inquiry);
  return reply(RC.INQUIRY_SUCCESS, inquiryData(inquiry));
}

export function handleStatus(ctx: SimContext, req: SimRequest): SimResponse {
  const auth = authenticate(req, ctx.credentials);
  if (!auth.ok) return auth.response;
  const claims = statusClaimsSchema.safeParse(auth.claims);
  if (!claims.success) return reply(RC.BAD_REQUEST, {});
  const tx = ctx.state.transactions.get(claims.data.refNumber);
  if (!tx) return reply(RC.TRANSACTION_NOT_FOUND, notFoundData());
  return reply(tx.responseCode, transactionData(tx));
}
