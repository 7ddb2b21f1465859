import type { SimRequest, SimResponse, SimRoute } from '../../sim-kit';
import { postpaidCheckStatusRequest, postpaidEnvelope, postpaidInquiryRequest, postpaidPaymentRequest, postpaidPricelistRequest } from '../contract/postpaid';
import { IAK_SALT } from '../signing';
import { answer, authentic, parseRequest, type IakSimContext } from './context';
import { inquiryBody, paymentBody, postpaidError } from './wire';

/**
 * IAK postpaid: every command on `POST api/v1/bill/check` (price list also on `/:type`). Because
 * one path carries every command, faults are armed per path: endpoint `bill-check` (inquiry,
 * payment, check status, untyped price list) and `pricelist-pasca` (typed price-list path).
 */
export function postpaidRoutes(ctx: IakSimContext): SimRoute[] {
  return [
    { method: 'POST', path: '/api/v1/bill/check', endpoint: 'bill-check', handle: (req) => dispatch(ctx, req, undefined) },
    {
      method: 'POST',
      path: /^\/api\/v1\/bill\/check\/[^/]+$/,
      endpoint: 'pricelist-pasca',
      handle: (req) => dispatch(ctx, req, decodeURIComponent(req.path.split('/').pop() ?? '')),
    },
  ];
}

function dispatch(ctx: IakSimContext, req: SimRequest, type: string | undefined): SimResponse {
  ctx.settle();
  const bad = (extra: Record<string, unknown> = {}) => () => answer(ctx, postpaidError('107', extra), true);
  const command = parseRequest(req, postpaidEnvelope, bad()).commands;
  switch (command) {
    case 'pricelist-pasca':
      return pricelist(ctx, req, type, bad);
    case 'inq-pasca':
      return inquiry(ctx, req, bad);
    case 'pay-pasca':
      return pay(ctx, req, bad);
    case 'checkstatus':
      return checkStatus(ctx, req, bad);
    default:
      return answer(ctx, postpaidError('101'), true);
  }
}

type Bad = (extra?: Record<string, unknown>) => () => SimResponse;

function pricelist(ctx: IakSimContext, req: SimRequest, type: string | undefined, bad: Bad): SimResponse {
  const body = parseRequest(req, postpaidPricelistRequest, bad());
  if (!authentic(ctx, body, IAK_SALT.postpaidPricelist)) return answer(ctx, postpaidError('100'), true);
  const status = body.status ?? 'all';
  const province = body.province?.toLowerCase();
  const pasca = ctx.postpaidCatalog
    .filter((p) => !type || p.type === type)
    .filter((p) => status === 'all' || (status === 'active' ? p.status === 1 : p.status !== 1))
    .filter((p) => !province || p.province?.toLowerCase() === province)
    .map((p) => ({ ...p }));
  return answer(ctx, { data: { pasca }, meta: [] }, false);
}

function inquiry(ctx: IakSimContext, req: SimRequest, bad: Bad): SimResponse {
  const body = parseRequest(req, postpaidInquiryRequest, bad());
  const echo = { code: body.code, hp: body.hp, ref_id: body.ref_id };
  if (!authentic(ctx, body, body.ref_id)) return answer(ctx, postpaidError('100', echo), true);
  if (!/^[A-Za-z0-9]+$/.test(body.ref_id)) return answer(ctx, postpaidError('03', echo), true);
  if (ctx.postpaid.findByRef(body.ref_id)) return answer(ctx, postpaidError('11', echo), true);
  let month: number | undefined;
  if (body.month !== undefined) {
    month = Number(body.month);
    if (!Number.isInteger(month) || month < 1 || month > 12) return bad(echo)();
  } else if (body.code === 'BPJS') {
    return bad(echo)(); // BPJS Kesehatan requires `month`
  }
  const txn = ctx.postpaid.inquire({ refId: body.ref_id, code: body.code, hp: body.hp, ...(month ? { month } : {}) }, Date.now());
  return answer(ctx, inquiryBody(txn), txn.inquiryRc !== '00');
}

function pay(ctx: IakSimContext, req: SimRequest, bad: Bad): SimResponse {
  const body = parseRequest(req, postpaidPaymentRequest, bad());
  if (!authentic(ctx, body, body.tr_id)) return answer(ctx, postpaidError('100', { tr_id: body.tr_id }), true);
  const attempt = ctx.postpaid.pay(body.tr_id, Date.now());
  if (!attempt.ok) {
    const echo = attempt.txn ? { tr_id: attempt.txn.trId, code: attempt.txn.code, hp: attempt.txn.hp, ref_id: attempt.txn.refId } : { tr_id: body.tr_id };
    return answer(ctx, postpaidError(attempt.rc, echo), true);
  }
  return answer(ctx, paymentBody(attempt.txn, { withStatus: false, currentBalance: ctx.deposit.balance }), attempt.txn.pay === 'failed');
}

function checkStatus(ctx: IakSimContext, req: SimRequest, bad: Bad): SimResponse {
  const body = parseRequest(req, postpaidCheckStatusRequest, bad());
  if (!authentic(ctx, body, IAK_SALT.postpaidCheckStatus)) return answer(ctx, postpaidError('100', { ref_id: body.ref_id }), true);
  const txn = ctx.postpaid.findByRef(body.ref_id);
  if (!txn) return answer(ctx, postpaidError('06', { ref_id: body.ref_id }), true);
  return answer(ctx, paymentBody(txn, { withStatus: true, currentBalance: ctx.deposit.balance }), txn.pay === 'failed');
}
