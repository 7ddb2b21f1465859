import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rupiah } from '../../../../electron/core/money';
import { createAyoconnectClient, parseAyoconnectCallback, type AyoconnectClient } from '../../../../electron/core/providers/ayoconnect';
import { startRawServer } from './helpers';

/**
 * A fake provider sends whatever we want. Malformed, contradictory or foreign answers never throw
 * and never become `failed` on a money-moving call; only the documented failure codes do.
 */
const REF = 'LKT-MALFORMED-1';
const DOCUMENTED_FAILURES = new Set([...Array.from({ length: 100 }, (_, i) => 100 + i).filter((c) => ![102, 108, 183, 188].includes(c)), 312, 313]);

type Raw = Awaited<ReturnType<typeof startRawServer>>;

const payment = (client: AyoconnectClient) =>
  client.pay({ refNumber: REF, inquiryId: 287017803, accountNumber: '0811111111', productCode: 'PSCBYRTLKHALO', amount: rupiah(3607) });

const ok = (data: unknown, code = 0, success: boolean | undefined = true) =>
  JSON.stringify({ responseCode: code, ...(success === undefined ? {} : { success }), message: { ID: 'pesan', EN: 'message' }, data });

const txData = (over: Record<string, unknown> = {}) => ({
  refNumber: REF,
  transactionId: 99,
  accountNumber: '0811111111',
  amount: 3607,
  totalAdmin: 0,
  productCode: 'PSCBYRTLKHALO',
  token: '123',
  billDetails: [],
  ...over,
});

describe('ayoconnect client with malformed provider answers', () => {
  let raw: Raw;
  let client: AyoconnectClient;
  beforeAll(async () => {
    raw = await startRawServer();
    client = createAyoconnectClient({ baseUrl: raw.url, credentials: { apiKey: 'K', apiSecret: 'S' }, timeoutMs: 300 });
  });
  afterAll(() => raw.close());

  const unknownBodies: Array<[string, string, string?]> = [
    ['empty body', ''],
    ['null', 'null'],
    ['array', '[]'],
    ['empty object', '{}'],
    ['code as words', '{"responseCode":"abc"}'],
    ['huge code', '{"responseCode":1e400}'],
    ['success without data', '{"responseCode":0,"success":true}'],
    ['success with fraction of a rupiah', ok(txData({ amount: '3607.5' }))],
    ['success with ambiguous dot grouping', ok(txData({ amount: '3.607' }))],
    ['success for another refNumber', ok(txData({ refNumber: 'SOMEONE-ELSE' }))],
    ['success code with success:false', ok(txData(), 0, false)],
    ['failure code with success:true', ok({}, 100, true)],
    ['duplicate 102', ok({}, 102, false)],
    ['duplicate 108', ok({}, 108, false)],
    ['not found 188', ok({ refNumber: '', customerDetails: null }, 188, false)],
    ['inquiry code on payment', ok({}, 300)],
    ['inquiry failure code on payment', ok({}, 304, false)],
    ['unauthorised 401', ok({}, 401, false)],
    ['outside 0-399', ok({}, 503, false)],
    ['negative code', ok({}, -1, false)],
    ['plain text OK', 'OK', 'text/plain'],
    ['truncated JSON', '{"responseCode":0,"data":{"refNu'],
  ];

  it.each(unknownBodies)('%s -> unknown, never thrown', async (_label, body, contentType) => {
    raw.next = { status: 200, body, contentType: contentType ?? 'application/json' };
    const outcome = await payment(client);
    expect(outcome.status).toBe('unknown');
    const status = await client.checkStatus(REF);
    expect(status.status).toBe('unknown');
  });

  it('HTTP 404/4xx/5xx pages are unknown too', async () => {
    for (const [status, body, contentType] of [
      [404, '{"error":"not found"}', 'application/json'],
      [403, '<html>Forbidden</html>', 'text/html'],
      [500, ok(txData()), 'application/json'],
      [504, 'Gateway Timeout', 'text/plain'],
    ] as const) {
      raw.next = { status, body, contentType };
      expect((await payment(client)).status).toBe('unknown');
    }
  });

  it('documented failures stay failed, with the provider text', async () => {
    raw.next = { status: 200, body: ok({}, 103, false), contentType: 'application/json' };
    expect(await payment(client)).toMatchObject({ status: 'failed', code: '103', message: 'pesan' });
    raw.next = { status: 200, body: JSON.stringify({ responseCode: '110', success: false, message: 'Stok habis', data: {} }), contentType: 'application/json' };
    // A bare-string message (off-spec: the docs send {ID, EN}) may be English: it stays in the detail.
    expect(await payment(client)).toMatchObject({ status: 'failed', code: '110', providerText: 'Stok habis' });
  });

  it('tolerates documented variations: string bill values, customerDetail (singular), null lists, 299 with success:false', async () => {
    raw.next = {
      status: 200,
      contentType: 'application/json',
      body: ok(
        txData({
          customerDetail: [{ key: 'Nama Pelanggan', value: 'JKP EMPAT' }],
          billDetails: [
            { billId: '1', billInfo: [{ key: 'Bulan Tagihan', value: '09/2021' }], key: 'Total Iuran', value: '108990' },
            { billId: '0', billInfo: null, key: 'Biaya Transaksi', value: '2500' },
          ],
          productDetails: null,
          amount: '111,490',
        }),
      ),
    };
    const outcome = await payment(client);
    expect(outcome).toMatchObject({ status: 'success', cost: 111490, receipt: { customerName: 'JKP EMPAT', billTotal: 108990, periods: ['09/2021'] } });
    raw.next = { status: 200, body: ok(txData({ token: 'N/A' }), 299, false), contentType: 'application/json' };
    expect((await payment(client)).status).toBe('pending');
  });

  it('read calls turn garbage into errors, never throw', async () => {
    for (const body of ['', '[]', '{}', ok([{ code: 'A', name: 'B', amount: 'lots' }]), ok({ balance: '12.345' }), ok({ inquiryId: 'x' }, 300)]) {
      raw.next = { status: 200, body, contentType: 'application/json' };
      const products = await client.listProducts();
      const balance = await client.getBalance();
      const inquiry = await client.inquire({ accountNumber: '0811111111', productCode: 'PSCBYRTLKHALO' });
      for (const result of [balance, inquiry]) expect(result.ok).toBe(false);
      if (products.ok) expect(products.value.products.every((p) => Number.isInteger(p.price))).toBe(true);
    }
  });

  it('property: any JSON answer maps without throwing; failed only for documented failure codes', async () => {
    const responseCode = fc.oneof(fc.integer({ min: -5, max: 600 }), fc.constantFrom('0', '100', '299', 'x'));
    const body = fc.oneof(
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc
        .record({ responseCode, success: fc.option(fc.boolean()), message: fc.option(fc.string()), data: fc.option(fc.jsonValue()) })
        .map((v) => JSON.stringify(v)),
    );
    await fc.assert(
      fc.asyncProperty(body, async (text) => {
        raw.next = { status: 200, body: text, contentType: 'application/json' };
        const outcome = await payment(client);
        if (outcome.status === 'failed') expect(DOCUMENTED_FAILURES.has(Number(outcome.responseCode))).toBe(true);
        expect(parseAyoconnectCallback(text)).toBeDefined();
      }),
      { numRuns: 150 },
    );
  });
});
