import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KlikooSimulator } from '../../../../electron/core/providers/klikoo';
import { startKlikooSimulator } from '../../../../electron/core/providers/klikoo';
import { rawSigned, ref, simJson } from './helpers';

/** The simulator answers bad partner requests the way Klikoo documents, whatever the client does. */
describe('Klikoo simulator request validation', () => {
  let sim: KlikooSimulator;
  beforeAll(async () => {
    sim = await startKlikooSimulator({ port: 0, pendingDelayMs: 20 });
  });
  afterAll(() => sim.close());

  const buyBody = (over: Record<string, unknown> = {}) =>
    JSON.stringify({ msidn: '081234567890', amount: '10450', product_code: 'S10', selling_price: '11000', value: '081234567890', partner_reference_id: ref(), ...over });

  it.each([
    ['a non-JSON body', '{"amount":', '400026510'],
    ['a missing field', buyBody({ partner_reference_id: undefined }), '400026512'],
    ['an empty field', buyBody({ value: '' }), '400026512'],
    ['an amount sent as a number (docs: string)', buyBody({ amount: 10450 }), '400026510'],
    ['an amount with decimals', buyBody({ amount: '10450.00' }), '400026510'],
  ])('buy with %s -> %s', async (_n, body, code) => {
    const res = await rawSigned(sim, 'POST', '/v1/open-api/products/buy', body);
    expect(res.body.response_code).toBe(code);
    expect(res.status).toBe(Number(code.slice(0, 3)));
  });

  it('accepts a body with keys in any order (hash of the raw bytes) and answers 201022001', async () => {
    const res = await rawSigned(sim, 'POST', '/v1/open-api/products/buy', buyBody());
    expect(res).toMatchObject({ status: 201, body: { response_code: '201022001', response_message: 'Berhasil dibuat', data: { status: 'PENDING' } } });
  });

  it('products: limit/page required; unknown sort field refused', async () => {
    expect((await rawSigned(sim, 'POST', '/v1/open-api/products', '{}')).body.response_code).toBe('400046512');
    const badSort = JSON.stringify({ limit: 5, page: 1, sort: { field: 'price', value: 'asc' } });
    expect((await rawSigned(sim, 'POST', '/v1/open-api/products', badSort)).body.response_code).toBe('400046510');
    const ok = await rawSigned(sim, 'POST', '/v1/open-api/products', JSON.stringify({ limit: 2, page: 1 }));
    expect(ok).toMatchObject({ status: 200, body: { response_code: '200042000' } });
    expect(ok.body.data).toHaveLength(2);
  });

  it('history: page and limit required, dates must be ISO 8601; signed path excludes the query', async () => {
    expect((await rawSigned(sim, 'GET', '/v1/open-api/transactions')).body.response_code).toBe('400026512');
    expect((await rawSigned(sim, 'GET', '/v1/open-api/transactions?page=1&limit=5&from=kemarin')).body.response_code).toBe('400026510');
    const ok = await rawSigned(sim, 'GET', '/v1/open-api/transactions?page=1&limit=5');
    expect(ok.body).toMatchObject({ response_code: '200022000', meta: { current_page: 1, per_page: 5 } });
  });

  it('detail of an unknown transaction is 404027005', async () => {
    const res = await rawSigned(sim, 'GET', '/v1/open-api/transactions/123');
    expect(res).toMatchObject({ status: 404, body: { response_code: '404027005', response_message: 'Transaksi tidak ditemukan' } });
  });

  it('the control API arms faults by endpoint name and the inspection routes answer', async () => {
    const armed = await fetch(`${sim.origin}/__sim/faults`, { method: 'POST', body: JSON.stringify({ endpoint: 'balance', mode: 'http_500', times: 1 }) });
    expect(await armed.json()).toEqual({ armed: 'balance' });
    expect((await rawSigned(sim, 'GET', '/v1/open-api/balance').catch(() => ({ status: 500 }))).status).toBe(500);
    expect((await rawSigned(sim, 'GET', '/v1/open-api/balance')).status).toBe(200);
    expect(await simJson(sim, '/__sim-state/klikoo/callback-url', { url: 'http://127.0.0.1:9/cb' })).toEqual({ callback_url: 'http://127.0.0.1:9/cb' });
    expect(await simJson(sim, '/__sim-state/klikoo/settle', { transaction_id: 'nope', status: 'SUCCESS' })).toEqual({ error: 'transaction not found' });
  });
});
