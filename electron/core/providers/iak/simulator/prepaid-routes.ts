import type { SimRoute } from '../../sim-kit';
import { checkBalanceRequest, checkStatusRequest, inquiryPlnRequest, pricelistRequest, topUpRequest } from '../contract/prepaid';
import { IAK_SALT } from '../signing';
import { answer, authentic, parseRequest, type IakSimContext } from './context';
import { prepaidError, prepaidTxnBody } from './wire';

/** IAK prepaid v2: `POST api/<service>`. Fault endpoints: check-balance, pricelist, top-up, check-status, inquiry-pln. */
export function prepaidRoutes(ctx: IakSimContext): SimRoute[] {
  const bad = (extra: Record<string, unknown> = {}) => () => answer(ctx, prepaidError('107', extra), true);
  const denied = (extra: Record<string, unknown> = {}) => answer(ctx, prepaidError('204', extra), true);

  return [
    {
      method: 'POST',
      path: '/api/check-balance',
      endpoint: 'check-balance',
      handle(req) {
        ctx.settle();
        const body = parseRequest(req, checkBalanceRequest, bad());
        if (!authentic(ctx, body, IAK_SALT.checkBalance)) return denied();
        return answer(ctx, { data: { balance: ctx.deposit.balance, message: 'SUCCESS', rc: '00' } }, false);
      },
    },
    {
      method: 'POST',
      path: /^\/api\/pricelist(?:\/[^/]+){0,2}$/,
      endpoint: 'pricelist',
      handle(req) {
        const body = parseRequest(req, pricelistRequest, bad());
        if (!authentic(ctx, body, IAK_SALT.pricelist)) return denied();
        const [type, operator] = req.path.split('/').slice(3).map(decodeURIComponent);
        const status = body.status ?? 'all';
        const pricelist = ctx.prepaidCatalog
          .filter((p) => (!type || p.product_type === type) && (!operator || p.operator === operator))
          .filter((p) => status === 'all' || p.status === status)
          .map(({ operator: _operator, prefixes: _prefixes, ...wire }) => wire);
        const data = ctx.pricelistShape === 'array' ? pricelist : { pricelist, message: 'SUCCESS', rc: '00' };
        return answer(ctx, { data }, false);
      },
    },
    {
      method: 'POST',
      path: '/api/top-up',
      endpoint: 'top-up',
      handle(req) {
        ctx.settle();
        const body = parseRequest(req, topUpRequest, bad({ status: 2 }));
        const echo = { ref_id: body.ref_id, status: 2, product_code: body.product_code, customer_id: body.customer_id };
        if (!authentic(ctx, body, body.ref_id)) return denied(echo);
        // "If you top up again with the same ref_id ... it will become check status."
        const txn =
          ctx.prepaid.find(body.ref_id) ??
          ctx.prepaid.submit({ refId: body.ref_id, productCode: body.product_code, customerId: body.customer_id }, Date.now());
        return answer(ctx, prepaidTxnBody(txn), txn.status === 2);
      },
    },
    {
      method: 'POST',
      path: '/api/check-status',
      endpoint: 'check-status',
      handle(req) {
        ctx.settle();
        const body = parseRequest(req, checkStatusRequest, bad({ status: 2 }));
        if (!authentic(ctx, body, body.ref_id)) return denied({ ref_id: body.ref_id, status: 2 });
        const txn = ctx.prepaid.find(body.ref_id);
        if (!txn) return answer(ctx, prepaidError('06', { ref_id: body.ref_id, status: 2 }), true);
        return answer(ctx, prepaidTxnBody(txn), txn.status === 2);
      },
    },
    {
      method: 'POST',
      path: '/api/inquiry-pln',
      endpoint: 'inquiry-pln',
      handle(req) {
        const body = parseRequest(req, inquiryPlnRequest, bad());
        if (!authentic(ctx, body, body.customer_id)) return denied({ status: '2', customer_id: body.customer_id });
        // Documented dev test case: only 12345678901 is a valid meter.
        if (body.customer_id === '12345678901') {
          const data = {
            status: '1',
            customer_id: '12345678901',
            meter_no: '548933889287',
            subscriber_id: '12345678901',
            name: 'Sintya Oktaviani',
            segment_power: 'R1 /000001300',
            message: 'SUCCESS',
            rc: '00',
          };
          return answer(ctx, { data }, false);
        }
        const failed = { status: '2', customer_id: body.customer_id, meter_no: '', subscriber_id: '', name: '', segment_power: '' };
        return answer(ctx, prepaidError('14', failed), true);
      },
    },
  ];
}
