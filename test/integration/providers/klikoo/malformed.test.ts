import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rupiah } from '../../../../electron/core/money';
import { createKlikooClient, klikooSandboxCredentials, type KlikooClient } from '../../../../electron/core/providers/klikoo';
import { startSimServer, type SimResponse, type SimServer } from '../../../../electron/core/providers/sim-kit';
import { ref } from './helpers';

/**
 * A fake Klikoo that issues tokens and answers every other call with whatever the test puts in
 * `next`: the client must map every odd answer without throwing, and never call a buy `failed`
 * unless Klikoo clearly refused it.
 */
let next: SimResponse = { status: 200, json: {} };
let server: SimServer;
let client: KlikooClient;

beforeAll(async () => {
  server = await startSimServer({
    routes: [
      {
        method: 'POST',
        path: '/klikoo-b2b/v1/open-api/access-token',
        endpoint: 'token',
        handle: () => ({ status: 200, json: { response_code: '200012000', response_message: 'Sukses', data: { access_token: 'a.b.c', token_type: 'Bearer', expires_in: 900 } } }),
      },
      { method: 'POST', path: /^\/klikoo-b2b\//, endpoint: 'any', handle: () => next },
      { method: 'GET', path: /^\/klikoo-b2b\//, endpoint: 'any', handle: () => next },
    ],
  });
  client = createKlikooClient({ baseUrl: `${server.baseUrl}/klikoo-b2b`, credentials: klikooSandboxCredentials, timeoutMs: 500 });
});
afterAll(() => server.close());

const json = (status: number, body: unknown): SimResponse => ({ status, json: body });
const buy = () => client.buy({ partnerReferenceId: ref(), productCode: 'S10', customerNumber: '081234567890', amount: rupiah(10_450) });
const tx = (over: Record<string, unknown>) => ({ transaction_id: '1', status: 'SUCCESS', partner_reference_id: 'r', amount: '10450', sn: '123', ...over });

describe('malformed Klikoo answers to a buy', () => {
  it.each<[string, SimResponse, string]>([
    ['created with a fractional amount', json(201, { response_code: '201022001', data: tx({ amount: '10450.50' }) }), 'unknown'],
    ['a negative amount', json(201, { response_code: '201022001', data: tx({ amount: '-10450' }) }), 'unknown'],
    ['an amount beyond any rupiah', json(201, { response_code: '201022001', data: tx({ amount: '99999999999999999999' }) }), 'unknown'],
    ['Indonesian dot grouping', json(201, { response_code: '201022001', data: tx({ amount: '10.450' }) }), 'unknown'],
    ['SUCCESS without an amount', json(201, { response_code: '201022001', data: tx({ amount: undefined }) }), 'unknown'],
    ['an unknown status word', json(201, { response_code: '201022001', data: tx({ status: 'MAYBE' }) }), 'unknown'],
    ['created without data', json(201, { response_code: '201022001', response_message: 'Berhasil dibuat' }), 'pending'],
    ['created with data as a string', json(201, { response_code: '201022001', data: 'ok' }), 'pending'],
    ['a numeric response code', json(201, { response_code: 201022001, data: tx({ status: 'PENDING' }) }), 'pending'],
    ['an empty object', json(200, {}), 'unknown'],
    ['an array', json(200, []), 'unknown'],
    ['a JSON string', json(200, 'Sukses'), 'unknown'],
    ['plain text', { status: 200, text: 'OK' }, 'unknown'],
    ['an empty body', { status: 200, text: '' }, 'unknown'],
    ['a refusal code with HTTP 200', json(200, { response_code: '400026510', response_message: 'Validasi Error' }), 'unknown'],
    ['an undocumented 4xx case', json(400, { response_code: '400029999', response_message: '??' }), 'unknown'],
    ['transaction not found', json(404, { response_code: '404027005', response_message: 'Transaksi tidak ditemukan' }), 'unknown'],
    ['a 3-digit code', json(400, { response_code: '400', response_message: 'Bad' }), 'unknown'],
    ['a JSON 500', json(500, { response_code: '500029999', response_message: 'Internal' }), 'unknown'],
    ['a documented refusal', json(400, { response_code: '400026510', response_message: 'Validasi Error' }), 'failed'],
  ])('%s -> %s', async (_name, response, status) => {
    next = response;
    const out = await buy();
    expect(out.status).toBe(status);
  });

  it('keeps the provider text and the raw body for the cashier and the audit', async () => {
    next = json(400, { response_code: '404047003', response_message: 'Produk tidak ditemukan' });
    const out = await buy();
    expect(out).toMatchObject({ status: 'failed', code: '404047003', message: 'Produk tidak ditemukan' });
    expect(out.raw).toContain('404047003');
  });
});

describe('malformed answers to status checks and reads', () => {
  it('a detail saying FAILED is failed; anything odd is unknown', async () => {
    next = json(200, { response_code: '200022000', data: tx({ status: 'FAILED', reason: 'Nomor salah' }) });
    expect(await client.checkTransaction('1', 'r')).toMatchObject({ status: 'failed', message: 'Nomor salah' });
    next = json(200, { response_code: '200022000', data: tx({ status: '' }) });
    expect((await client.checkTransaction('1', 'r')).status).toBe('unknown');
    next = json(200, { response_code: '200022000', data: null });
    expect((await client.checkTransaction('1', 'r')).status).toBe('unknown');
    next = json(400, { response_code: '400026510' });
    expect((await client.checkTransaction('1', 'r')).status).toBe('unknown');
  });

  it('balance in an unreadable format is a retryable error, not a number', async () => {
    for (const balance of ['1.000.000', '1000000.50', null, true, 'Rp 1jt']) {
      next = json(200, { response_code: '200032000', data: { balance } });
      expect(await client.getBalance()).toMatchObject({ ok: false, retryable: true });
    }
    next = json(200, { response_code: '200032000', data: { balance: '1,000,000' } });
    expect(await client.getBalance()).toEqual({ ok: true, value: { balance: 1_000_000 } });
  });

  it('a product row with a bad price is set aside, the others are kept', async () => {
    next = json(200, {
      response_code: '200042000',
      data: [
        { code: 'S10', name: 'Tsel 10.000', agent_price: '10450' },
        { code: 'BAD', name: 'Bad', agent_price: '10,45' },
        { name: 'no code', agent_price: 1 },
        { code: 'S20', name: 'Tsel 20.000', agent_price: 20250.0, enable: 'false' },
      ],
    });
    const res = await client.listProducts();
    expect(res.ok && res.value.products.map((p) => [p.code, p.agentPrice, p.enabled])).toEqual([
      ['S10', 10_450, true],
      ['S20', 20_250, false],
    ]);
    expect(res.ok && res.value.rejected.map((r) => r.code)).toEqual(['BAD', '?']);
  });
});

const codes = ['200022000', '201022001', '400026510', '401016500', '404027005', '409026563', '503029991', '2000200', 'abc', ''];
const arbitraryTx = fc.record(
  {
    transaction_id: fc.oneof(fc.string(), fc.integer()),
    status: fc.constantFrom('SUCCESS', 'FAILED', 'PENDING', 'success', '', 'X'),
    amount: fc.oneof(fc.string(), fc.integer(), fc.double(), fc.constant(null)),
    current_balance: fc.oneof(fc.string(), fc.integer(), fc.constant(null)),
    sn: fc.oneof(fc.string(), fc.constant(null)),
  },
  { requiredKeys: [] },
);
const arbitraryAnswer = fc.record({
  status: fc.constantFrom(200, 201, 400, 401, 404, 409, 500, 503),
  body: fc.oneof(
    fc.jsonValue(),
    fc.record({ response_code: fc.oneof(fc.constantFrom(...codes), fc.string()), response_message: fc.string(), data: fc.oneof(arbitraryTx, fc.jsonValue()) }, { requiredKeys: [] }),
  ),
});

describe('property: no answer makes the client throw or wrongly fail a sale', () => {
  it('buy and status check', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryAnswer, async ({ status, body }) => {
        next = json(status, body);
        const bought = await buy();
        if (bought.status === 'failed') {
          expect(status).toBeGreaterThanOrEqual(400);
          expect(status).toBeLessThan(500);
          expect(bought.code).toMatch(/^4\d{8}$/);
        }
        const checked = await client.checkTransaction('1', 'r');
        if (checked.status === 'failed') expect(JSON.stringify(body)).toMatch(/FAILED/);
      }),
      { numRuns: 60 },
    );
  });

  it('reads and callbacks', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryAnswer, async ({ status, body }) => {
        next = json(status, body);
        for (const res of [await client.getBalance(), await client.listProducts(), await client.listTransactions({ page: 1, limit: 5 })]) {
          expect(typeof res.ok).toBe('boolean');
        }
        expect(typeof client.parseCallback(JSON.stringify(body)).ok).toBe('boolean');
      }),
      { numRuns: 40 },
    );
  });
});
