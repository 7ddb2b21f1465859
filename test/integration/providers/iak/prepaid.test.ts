import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIakClient } from '../../../../electron/core/providers/iak';
import { eventually, newRef, PENDING_MS, startHarness, telkomselNumber, type Harness } from './helpers';

describe('IAK prepaid against the simulator', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ initialBalance: 5_000_000 });
  });
  afterAll(() => h.sim.close());

  const settled = (refId: string) =>
    eventually(async () => {
      const o = await h.client.checkStatus(refId);
      return o.status === 'pending' ? undefined : o;
    });

  it('check-balance returns the deposit as Rupiah', async () => {
    const res = await h.client.checkBalance();
    expect(res).toEqual({ ok: true, value: { balance: h.sim.balance(), message: expect.stringContaining('SUCCESS') } });
  });

  it('price list: all, by type/operator, by status', async () => {
    const all = await h.client.pricelist();
    expect(all.ok && all.value.products.length).toBeGreaterThanOrEqual(150);
    expect(all.ok && all.value.rejected).toEqual([]);
    const tsel = await h.client.pricelist({ type: 'pulsa', operator: 'telkomsel' });
    expect(tsel.ok && tsel.value.products.every((p) => p.code.startsWith('htelkomsel') && p.type === 'pulsa')).toBe(true);
    const pln = await h.client.pricelist({ type: 'pln' });
    expect(pln.ok && pln.value.products.map((p) => p.code)).toContain('hpln20000');
    const inactive = await h.client.pricelist({ status: 'non active' });
    expect(inactive.ok && inactive.value.products.length).toBeGreaterThan(0);
    expect(inactive.ok && inactive.value.products.every((p) => !p.active)).toBe(true);
    const ewallet = await h.client.pricelist({ type: 'etoll' });
    const operators = new Set(ewallet.ok ? ewallet.value.products.map((p) => p.operator) : []);
    for (const brand of ['OVO', 'GoPay E-Money', 'DANA', 'ShopeePay']) expect(operators).toContain(brand);
  });

  it('price list: the docs\' bare-array shape is read the same way', async () => {
    const h2 = await startHarness({ pricelistShape: 'array' });
    try {
      const res = await h2.client.pricelist({ type: 'pulsa', operator: 'xl' });
      expect(res.ok && res.value.products.length).toBeGreaterThan(5);
      expect(res.ok && res.value.products[0]?.code.startsWith('xld')).toBe(true);
    } finally {
      await h2.sim.close();
    }
  });

  it('top-up answers PROCESS first, charges the deposit, then succeeds with an SN', async () => {
    const before = h.sim.balance();
    const refId = newRef();
    const customerId = telkomselNumber();
    const first = await h.client.topUp({ refId, productCode: 'htelkomsel25000', customerId });
    expect(first).toMatchObject({ status: 'pending', message: 'Transaksi sedang diproses', providerText: expect.stringContaining('PROCESS'), providerCode: '39', cost: 25075, balance: before - 25075 });
    const final = await settled(refId);
    expect(final).toMatchObject({ status: 'success', cost: 25075, providerCode: '00' });
    expect(final.status === 'success' && final.serial).toMatch(/^\d{18}$/);
    expect(h.sim.balance()).toBe(before - 25075);
  });

  it('a repeated top-up with the same ref_id is a status check, never a second charge', async () => {
    const refId = newRef();
    const customerId = telkomselNumber();
    await h.client.topUp({ refId, productCode: 'htelkomsel50000', customerId });
    const afterFirst = h.sim.balance();
    const again = await h.client.topUp({ refId, productCode: 'htelkomsel50000', customerId });
    expect(['pending', 'success']).toContain(again.status);
    await settled(refId);
    const third = await h.client.topUp({ refId, productCode: 'htelkomsel50000', customerId });
    expect(third.status).toBe('success');
    expect(h.sim.balance()).toBe(afterFirst);
    expect(h.sim.transactions().filter((t) => t.ref_id === refId)).toHaveLength(1);
  });

  it('a reused ref_id answered for another product or number is unknown, not success', async () => {
    const refId = newRef();
    await h.client.topUp({ refId, productCode: 'htelkomsel10000', customerId: telkomselNumber() });
    await settled(refId);
    const other = await h.client.topUp({ refId, productCode: 'htelkomsel20000', customerId: telkomselNumber() });
    expect(other).toMatchObject({ status: 'unknown', reason: 'unexpected_answer' });
    const look = await h.client.checkStatus(refId, { customerId: '081200000000' });
    expect(look.status).toBe('unknown');
  });

  it('PLN token: success carries the token, name, tariff and kWh', async () => {
    const refId = newRef();
    await h.client.topUp({ refId, productCode: 'hpln50000', customerId: '12345678901' });
    const final = await settled(refId);
    expect(final.status).toBe('success');
    if (final.status !== 'success') return;
    expect(final.serial).toMatch(/^\d{4}-\d{4}-\d{4}-\d{4}-\d{4}\/Sintya Oktaviani\/R1 \/000001300\/34\.6$/);
    expect(final.details).toMatchObject({ customerName: 'Sintya Oktaviani', segment: 'R1', power: '1300', kwh: '34.6' });
  });

  it('e-wallet top-ups go through the same flow', async () => {
    for (const code of ['ovo50', 'go50', 'dana50', 'shopeepay50']) {
      const refId = newRef();
      expect((await h.client.topUp({ refId, productCode: code, customerId: '085712345678' })).status).toBe('pending');
      expect((await settled(refId)).status).toBe('success');
    }
  });

  it.each([
    ['9999', 'failed'],
    ['7777', 'failed'],
    ['8888', 'success'],
  ])('customer number ending %s: pending, then %s (deposit refunded on failure)', async (suffix, expected) => {
    const before = h.sim.balance();
    const refId = newRef();
    const first = await h.client.topUp({ refId, productCode: 'htelkomsel10000', customerId: telkomselNumber(suffix) });
    expect(first.status).toBe('pending');
    const final = await settled(refId);
    expect(final.status).toBe(expected);
    if (final.status === 'failed') {
      expect(final).toMatchObject({ code: '07', message: 'Transaksi gagal', providerText: expect.stringContaining('FAILED') });
      expect(h.sim.balance()).toBe(before);
    } else {
      expect(h.sim.balance()).toBe(before - 10300);
    }
  });

  it('customer number ending 6666 stays pending until resolved by hand (sandbox report)', async () => {
    const refId = newRef();
    await h.client.topUp({ refId, productCode: 'htelkomsel10000', customerId: telkomselNumber('6666') });
    await new Promise((r) => setTimeout(r, PENDING_MS * 3));
    expect((await h.client.checkStatus(refId)).status).toBe('pending');
    expect(h.sim.resolve(refId, 'failed')).toBe(true);
    expect(await h.client.checkStatus(refId)).toMatchObject({ status: 'failed', code: '07' });
    expect(h.sim.resolve(refId, 'success')).toBe(false); // one action per transaction
  });

  it.each([
    ['unknown product', 'nosuchcode1', '081200000777', '20'],
    ['inactive product', 'hsmart60000', '088112345678', '106'],
    ['malformed number', 'htelkomsel10000', '0812-ABC', '14'],
    ['number too long', 'htelkomsel10000', '081234567890123', '203'],
    ['wrong operator prefix', 'htelkomsel10000', '081712345678', '16'],
    ['PLN meter of wrong length', 'hpln20000', '1234', '14'],
  ])('synchronous refusal (%s) is failed with rc %s, nothing charged', async (_label, productCode, customerId, rc) => {
    const before = h.sim.balance();
    const refId = newRef();
    const res = await h.client.topUp({ refId, productCode, customerId });
    expect(res).toMatchObject({ status: 'failed', code: rc });
    expect(h.sim.balance()).toBe(before);
    // The refusal is kept under the ref_id: a status look says the same.
    expect(await h.client.checkStatus(refId)).toMatchObject({ status: 'failed', code: rc });
  });

  it('rc 202: the same number and denomination twice in one day is refused', async () => {
    const customerId = telkomselNumber();
    await h.client.topUp({ refId: newRef(), productCode: 'htelkomsel15000', customerId });
    const second = await h.client.topUp({ refId: newRef(), productCode: 'htelkomsel15000', customerId });
    expect(second).toMatchObject({ status: 'failed', code: '202' });
  });

  it('rc 17: insufficient deposit is a failure with nothing charged', async () => {
    const poor = await startHarness({ initialBalance: 5000 });
    try {
      const res = await poor.client.topUp({ refId: newRef(), productCode: 'htelkomsel10000', customerId: telkomselNumber() });
      expect(res).toMatchObject({ status: 'failed', code: '17', message: 'Deposit IAK tidak cukup', providerText: expect.stringContaining('INSUFFICIENT DEPOSIT') });
      expect(poor.sim.balance()).toBe(5000);
    } finally {
      await poor.sim.close();
    }
  });

  it('check-status of an unknown ref_id is unknown with providerCode 06 (never failed)', async () => {
    expect(await h.client.checkStatus(newRef())).toMatchObject({ status: 'unknown', providerCode: '06' });
  });

  it('inquiry-pln: the documented test meter succeeds, any other is rc 14', async () => {
    expect(await h.client.inquiryPln('12345678901')).toEqual({
      ok: true,
      value: { customerId: '12345678901', meterNo: '548933889287', subscriberId: '12345678901', name: 'Sintya Oktaviani', segmentPower: 'R1 /000001300', message: expect.stringContaining('SUCCESS') },
    });
    expect(await h.client.inquiryPln('55555555555')).toMatchObject({ ok: false, code: '14', retryable: false, message: 'Nomor tujuan salah' });
  });

  it('errors answered with HTTP 400 (as IAK\'s JS SDK expects) map the same way', async () => {
    const h400 = await startHarness({ errorHttpStatus: 400 });
    try {
      expect(await h400.client.topUp({ refId: newRef(), productCode: 'nosuchcode', customerId: '081200000001' })).toMatchObject({ status: 'failed', code: '20' });
      expect(await h400.client.inquiryPln('1')).toMatchObject({ ok: false, code: '14' });
      const bad = createIakClient({ baseUrl: h400.sim.baseUrl, credentials: { username: 'x', apiKey: 'y' }, timeoutMs: 3000 });
      expect(await bad.checkBalance()).toMatchObject({ ok: false, code: '204' });
    } finally {
      await h400.sim.close();
    }
  });
});
