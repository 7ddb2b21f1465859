import type { SimRequest, SimResponse } from '../../sim-kit';
import { paymentClaimsSchema } from '../contract/requests';
import { RC } from '../contract/response-codes';
import { authenticate } from './auth';
import type { SimContext } from './context';
import { finalise, makeToken, schedule } from './lifecycle';
import { paymentPlan } from './rules';
import type { SimInquiry, SimTransaction } from './sim-types';
import { reply, transactionData } from './wire';

/**
 * bill/payment. Checks in the order a careful provider would: auth, shape, refNumber reuse (102:
 * refNumber is the partner's idempotency key, a reuse never charges again), inquiry exists (185),
 * is unused (185), not expired (312), matches product/number/month (313) and amount (114), then
 * the deposit (199). Only then is the deposit charged and the transaction created.
 */
export function handlePayment(ctx: SimContext, req: SimRequest): SimResponse {
  const auth = authenticate(req, ctx.credentials);
  if (!auth.ok) return auth.response;
  const parsed = paymentClaimsSchema.safeParse(auth.claims);
  if (!parsed.success) return reply(RC.BAD_REQUEST, {});
  const claims = parsed.data;
  const refNumber = claims.refNumber.trim();
  if (ctx.state.transactions.has(refNumber)) return reply(RC.DUPLICATE_TRANSACTION, {});

  const inquiry = ctx.state.inquiries.get(claims.inquiryId);
  const now = ctx.now();
  if (!inquiry || inquiry.usedByRef !== undefined) return reply(RC.INQUIRY_NOT_AVAILABLE, {});
  if (now > inquiry.expiresAt) return reply(RC.INQUIRY_EXPIRED, {});
  if (!matchesInquiry(inquiry, claims)) return reply(RC.INQUIRY_NOT_MATCHED, {});
  if (claims.amount !== inquiry.bill.amount) return reply(RC.AMOUNT_NOT_MATCHED, {});

  const plan = paymentPlan(inquiry.accountNumber);
  const cost = inquiry.bill.amount;
  if (plan !== 'instant-fail' && ctx.state.balance < cost) return reply(RC.GENERAL_ERROR, {});

  inquiry.usedByRef = refNumber;
  const callbackUrl = claims.callbackUrls?.[0] ?? ctx.callbackUrl;
  const tx: SimTransaction = {
    refNumber,
    transactionId: ctx.state.newTransactionId(),
    inquiryId: inquiry.inquiryId,
    product: inquiry.product,
    accountNumber: inquiry.accountNumber,
    bill: inquiry.bill,
    cost: 0,
    status: 'pending',
    responseCode: RC.PROCESSING,
    token: '',
    createdAt: now,
    ...(callbackUrl ? { callbackUrl } : {}),
  };
  ctx.state.transactions.set(refNumber, tx);

  if (plan === 'instant-fail') {
    Object.assign(tx, { status: 'failed', responseCode: RC.WRONG_NUMBER, finalAt: now });
    return reply(tx.responseCode, transactionData(tx));
  }
  ctx.state.balance -= cost;
  tx.cost = cost;
  if (plan === 'instant-success') {
    Object.assign(tx, { status: 'success', responseCode: RC.SUCCESS, token: makeToken(tx), finalAt: now });
    return reply(tx.responseCode, transactionData(tx));
  }
  if (plan === 'pending-then-success') schedule(ctx, () => finalise(ctx, tx, 'success'));
  if (plan === 'pending-then-fail') schedule(ctx, () => finalise(ctx, tx, 'failed'));
  return reply(RC.PROCESSING, transactionData(tx));
}

function matchesInquiry(inquiry: SimInquiry, claims: { accountNumber: string; productCode: string; month?: number | undefined }): boolean {
  if (claims.accountNumber.trim() !== inquiry.accountNumber) return false;
  if (claims.productCode.trim().toUpperCase() !== inquiry.product.code) return false;
  if (inquiry.product.kind === 'bpjs-kes' && (claims.month ?? 1) !== inquiry.month) return false;
  return true;
}
