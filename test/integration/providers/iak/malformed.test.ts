import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIakClient, IAK_SANDBOX_CREDENTIALS, type IakClient } from '../../../../electron/core/providers/iak';
import { PREPAID_REQUEST_REJECTED, PREPAID_TXN_FAILED, POSTPAID_REQUEST_REJECTED, POSTPAID_TXN_FAILED } from '../../../../electron/core/providers/iak/response-codes';
import { startSimServer, type SimResponse, type SimServer } from '../../../../electron/core/providers/sim-kit';

/**
 * A fake IAK that answers whatever the test scripts, to feed the client bodies the real simulator
 * never sends. The client must never throw and never call an ambiguous answer `failed`.
 */
let next: SimResponse = { status: 200, json: {} };
let server: SimServer;
let client: IakClient;
const REF = 'REF123';

beforeAll(async () => {
  const handle = () => next;
  server = await startSimServer({
    routes: [
      { method: 'POST', path: /^\/api\/.*/, endpoint: 'any', handle },
    ],
  });
  client = createIakClient({ baseUrl: server.baseUrl, credentials: IAK_SANDBOX_CREDENTIALS, timeoutMs: 3000 });
});
afterAll(() => server.close());

const answerWith = (json: unknown, status = 200): void => {
  next = { status, json };
};

describe('prepaid: odd answers on money calls are unknown, never failed, never a throw', () => {
  const cases: [string, unknown][] = [
    ['empty object', {}],
    ['data null', { data: null }],
    ['data array', { data: [1, 2] }],
    ['a bare string', 'PROCESS'],
    ['rc missing', { data: { ref_id: REF, status: 1, message: 'SUCCESS' } }],
    ['success code with failed status', { data: { ref_id: REF, rc: '00', status: 2, sn: '1' } }],
    ['process code with success status', { data: { ref_id: REF, rc: '39', status: 1 } }],
    ['PLN success without token', { data: { ref_id: REF, rc: '00', status: 1, product_code: 'hpln20000' } }],
    ['failure for another ref_id', { data: { ref_id: 'OTHER', rc: '07', status: 2 } }],
    ['unmapped rc', { data: { ref_id: REF, rc: '999', status: 2 } }],
    ['not found', { data: { ref_id: REF, rc: '06', status: 2 } }],
    ['failure code with success status', { data: { ref_id: REF, rc: '07', status: 1 } }],
  ];

  it.each(cases)('top-up: %s', async (_label, body) => {
    answerWith(body);
    const outcome = await client.topUp({ refId: REF, productCode: 'hpln20000', customerId: '12345678901' });
    expect(['unknown', 'pending']).toContain(outcome.status);
  });

  it.each(cases)('check-status: %s', async (_label, body) => {
    answerWith(body);
    expect(['unknown', 'pending']).toContain((await client.checkStatus(REF, { productCode: 'hpln20000' })).status);
  });

  it('request-level refusals are failed on a first top-up but unknown on a status look', async () => {
    answerWith({ data: { ref_id: REF, status: 2, rc: '110', message: 'SYSTEM UNDER MAINTENANCE' } });
    expect(await client.topUp({ refId: REF, productCode: 'htelkomsel10000', customerId: '081200000001' })).toMatchObject({ status: 'failed', code: '110' });
    expect(await client.checkStatus(REF)).toMatchObject({ status: 'unknown', providerCode: '110' });
  });

  it.each([
    ['not a number', 'abc'],
    ['with a fraction', 25000.5],
  ])('a price %s is ignored: the answer counts without a cost (the catalogue cost is used)', async (_label, price) => {
    answerWith({ data: { ref_id: REF, rc: '00', status: 1, price, sn: '1' } });
    const topUp = await client.topUp({ refId: REF, productCode: 'htelkomsel10000', customerId: '081200000001' });
    const look = await client.checkStatus(REF);
    for (const outcome of [topUp, look]) {
      expect(outcome.status).toBe('success');
      expect(outcome).not.toHaveProperty('cost');
    }
  });

  it('rc 201 UNDEFINED is pending whatever the status says', async () => {
    answerWith({ data: { ref_id: REF, status: 2, rc: '201' } });
    expect((await client.checkStatus(REF)).status).toBe('pending');
  });

  it('tolerated formats: string amounts with separators, numeric rc, status 1.0', async () => {
    answerWith({ data: { ref_id: REF, rc: 0, status: 1.0, price: '25,000', balance: '1,000,000.00', sn: 'SN1', tr_id: 77 } });
    expect(await client.checkStatus(REF)).toMatchObject({ status: 'success', cost: 25000, balance: 1_000_000, serial: 'SN1', providerRef: '77' });
  });

  it('an HTTP status other than 200/400 is unknown even with a valid-looking body', async () => {
    answerWith({ data: { ref_id: REF, rc: '07', status: 2 } }, 404);
    expect(await client.topUp({ refId: REF, productCode: 'htelkomsel10000', customerId: '081200000001' })).toMatchObject({ status: 'unknown', reason: 'http_error' });
  });

  it('property: any JSON body -> a valid outcome, failed only for a documented failure code', async () => {
    const prepaidFailCodes = new Set([...PREPAID_TXN_FAILED, ...PREPAID_REQUEST_REJECTED]);
    const rcArb = fc.oneof(fc.constantFrom('00', '06', '07', '14', '17', '39', '110', '201', '204', '999'), fc.string(), fc.integer());
    const dataArb = fc.record(
      { ref_id: fc.oneof(fc.constant(REF), fc.string()), rc: rcArb, status: fc.oneof(fc.integer({ min: -1, max: 3 }), fc.string()), price: fc.jsonValue(), sn: fc.jsonValue() },
      { requiredKeys: [] },
    );
    const bodyArb = fc.oneof(fc.jsonValue(), fc.record({ data: fc.oneof(dataArb, fc.jsonValue()) }));
    await fc.assert(
      fc.asyncProperty(bodyArb, fc.boolean(), async (body, first) => {
        answerWith(body);
        const outcome = first ? await client.topUp({ refId: REF, productCode: 'htelkomsel10000', customerId: '081200000001' }) : await client.checkStatus(REF);
        expect(['success', 'failed', 'pending', 'unknown']).toContain(outcome.status);
        if (outcome.status === 'failed') expect(prepaidFailCodes.has(outcome.code)).toBe(true);
        if (outcome.status === 'failed' && !first) expect(PREPAID_TXN_FAILED.has(outcome.code)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});

describe('postpaid: odd answers on money calls', () => {
  const cases: [string, unknown][] = [
    ['empty object', {}],
    ['no response_code', { data: { tr_id: 5, ref_id: REF, message: 'PAYMENT SUCCESS' }, meta: [] }],
    ['answer for another tr_id', { data: { tr_id: 6, response_code: '37', status: 2 }, meta: [] }],
    ['invoice has been paid (01)', { data: { tr_id: 5, response_code: '01' }, meta: [] }],
    ['bill has been paid (34)', { data: { tr_id: 5, response_code: '34' }, meta: [] }],
    ['duplicate ref (11)', { data: { tr_id: 5, response_code: '11' }, meta: [] }],
    ['general error (92)', { data: { tr_id: 5, response_code: '92' }, meta: [] }],
    ['timeout (103)', { data: { tr_id: 5, response_code: '103' }, meta: [] }],
    ['success code with failed status', { data: { tr_id: 5, response_code: '00', status: 2 }, meta: [] }],
  ];

  it.each(cases)('pay-pasca: %s', async (_label, body) => {
    answerWith(body);
    expect(['unknown', 'pending']).toContain((await client.postpaidPay({ trId: '5', refId: REF })).status);
  });

  it.each(cases)('checkstatus: %s', async (_label, body) => {
    answerWith(body);
    expect(['unknown', 'pending']).toContain((await client.postpaidCheckStatus(REF)).status);
  });

  it('a bad selling_price is ignored: the payment counts without a cost', async () => {
    answerWith({ data: { tr_id: 5, ref_id: REF, response_code: '00', selling_price: '12.345,00' }, meta: [] });
    const paid = await client.postpaidPay({ trId: '5', refId: REF });
    expect(paid.status).toBe('success');
    expect(paid).not.toHaveProperty('cost');
  });

  it('undefined error (05) is pending; "rc" instead of "response_code" is read', async () => {
    answerWith({ data: { tr_id: 5, response_code: '05' }, meta: [] });
    expect((await client.postpaidPay({ trId: '5' })).status).toBe('pending');
    answerWith({ data: { tr_id: 5, rc: '37' }, meta: [] });
    expect(await client.postpaidPay({ trId: '5' })).toMatchObject({ status: 'failed', code: '37' });
  });

  it('property: any JSON body -> a valid outcome, failed only for a documented failure code', async () => {
    const failCodes = new Set([...POSTPAID_TXN_FAILED, ...POSTPAID_REQUEST_REJECTED]);
    const dataArb = fc.record(
      {
        tr_id: fc.oneof(fc.constant(5), fc.jsonValue()),
        response_code: fc.oneof(fc.constantFrom('00', '01', '11', '37', '39', '42', '100', '105'), fc.string()),
        status: fc.oneof(fc.integer({ min: -1, max: 4 }), fc.string()),
        selling_price: fc.jsonValue(),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.jsonValue(), fc.record({ data: fc.oneof(dataArb, fc.jsonValue()) })), fc.boolean(), async (body, pay) => {
        answerWith(body);
        const outcome = pay ? await client.postpaidPay({ trId: '5' }) : await client.postpaidCheckStatus(REF);
        expect(['success', 'failed', 'pending', 'unknown']).toContain(outcome.status);
        if (outcome.status === 'failed') expect(failCodes.has(outcome.code)).toBe(true);
        if (outcome.status === 'failed' && !pay) expect(POSTPAID_TXN_FAILED.has(outcome.code)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});

describe('read calls: odd answers are errors or rejected items, never a throw', () => {
  it('balance that is not an amount', async () => {
    answerWith({ data: { balance: 'banyak', rc: '00' } });
    expect(await client.checkBalance()).toMatchObject({ ok: false, code: 'unexpected_answer' });
  });

  it('price list with odd items keeps the good ones and lists the rest', async () => {
    answerWith({
      data: {
        pricelist: [
          { product_code: 'htelkomsel10000', product_price: 10300, status: 'active' },
          { product_code: 'broken1', product_price: 'sepuluh ribu' },
          { product_price: 5000 },
          'junk',
        ],
        rc: '00',
      },
    });
    const res = await client.pricelist();
    expect(res.ok && res.value.products.map((p) => p.code)).toEqual(['htelkomsel10000']);
    expect(res.ok && res.value.rejected).toHaveLength(3);
  });

  it('price list without a list is an error', async () => {
    answerWith({ data: { message: 'WRONG AUTHENTICATION', rc: '204' } });
    expect(await client.pricelist()).toMatchObject({ ok: false, code: '204' });
  });

  it('postpaid price list with odd items', async () => {
    answerWith({ data: { pasca: [{ code: 'BPJS', name: 'BPJS Kesehatan', status: 1, fee: 2500, komisi: 200, type: 'bpjs' }, { code: 'X', fee: 'gratis' }] }, meta: [] });
    const res = await client.postpaidPricelist();
    expect(res.ok && res.value.products).toHaveLength(1);
    expect(res.ok && res.value.rejected).toEqual([{ code: 'X', reason: expect.any(String) }]);
  });

  it('inquiry with an unreadable nominal or for another ref_id', async () => {
    answerWith({ data: { tr_id: 1, ref_id: REF, response_code: '00', nominal: 'lima puluh' }, meta: [] });
    expect(await client.postpaidInquiry({ refId: REF, code: 'HPTHREE', customerNumber: '08991230000' })).toMatchObject({ ok: false, code: 'unexpected_answer', retryable: true });
    answerWith({ data: { tr_id: 1, ref_id: 'OTHER', response_code: '00', nominal: 1 }, meta: [] });
    expect(await client.postpaidInquiry({ refId: REF, code: 'HPTHREE', customerNumber: '08991230000' })).toMatchObject({ ok: false, code: 'unexpected_answer' });
  });

  it('property: any JSON body on any read call resolves to a ReadResult', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), fc.integer({ min: 0, max: 4 }), async (body, which) => {
        answerWith(body);
        const calls = [
          () => client.checkBalance(),
          () => client.pricelist(),
          () => client.inquiryPln('12345678901'),
          () => client.postpaidPricelist(),
          () => client.postpaidInquiry({ refId: REF, code: 'HPTHREE', customerNumber: '08991230000' }),
        ];
        const res = await calls[which]!();
        expect(typeof res.ok).toBe('boolean');
      }),
      { numRuns: 100 },
    );
  });
});
