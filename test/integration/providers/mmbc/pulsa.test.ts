import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MMBC_PRODUCTS } from '../../../../electron/core/providers/mmbc';
import { postForm, startHarness, type Harness } from './helpers';

/** Pulsa API against the simulator: price list, balance, isipulsa rule table, cekstatus. */
let h: Harness;
let seq = 0;
/** A fresh Telkomsel number per test (the itrx rule keys on number + product + day). */
const tsel = (suffix = '') => {
  seq += 1;
  const base = `0812${String(seq).padStart(8, '0')}`;
  return suffix ? `${base.slice(0, base.length - suffix.length)}${suffix}` : base;
};

beforeAll(async () => {
  h = await startHarness({ initialBalance: 1_000_000 });
});
afterAll(async () => h.sim.close());

describe('daftarharga and ceksaldo', () => {
  it('price list: every product, money in Rupiah, Ready/Close as available', async () => {
    const list = await h.client.getPriceList();
    if (!list.ok) throw new Error(list.message);
    expect(list.value.rejected).toEqual([]);
    expect(list.value.products).toHaveLength(MMBC_PRODUCTS.length);
    expect(list.value.products.find((p) => p.code === 'AXM5')).toEqual({
      code: 'AXM5', type: 'PULSA', operator: 'AXIS', description: 'Pulsa Reguler', nominal: 5000, price: 5850, available: true, status: 'Ready',
    });
    expect(list.value.products.find((p) => p.code === 'SM150')?.available).toBe(false);
    const operators = new Set(list.value.products.map((p) => p.operator));
    expect([...operators].sort()).toEqual(['AXIS', 'INDOSAT', 'SMARTFREN', 'TELKOMSEL', 'TRI', 'XL']);
    expect(list.value.products.some((p) => p.type === 'PAKET DATA')).toBe(true);
  });

  it('the wire format is the documented one: a bare array of all-string rows', async () => {
    const res = await postForm(h.sim.baseUrl, '/json/pulsa/daftarharga', { username: 'dummy', password: 'dummy123' });
    const rows = JSON.parse(res.text) as Record<string, unknown>[];
    expect(Array.isArray(rows)).toBe(true);
    expect(rows[0] && Object.values(rows[0]).every((v) => typeof v === 'string')).toBe(true);
  });

  it('ceksaldo "1,000,000" parses to rupiah', async () => {
    const res = await postForm(h.sim.baseUrl, '/json/ceksaldo', { username: 'dummy', password: 'dummy123' });
    expect(JSON.parse(res.text)).toEqual({ result: 'ok', saldo: h.sim.balance().toLocaleString('en-US') });
    expect(await h.client.getBalance()).toEqual({ ok: true, value: { balance: h.sim.balance() } });
  });
});

describe('isipulsa outcomes (simulator rule table)', () => {
  it('ordinary number: sukses at once with invoice, serial, debet and saldo', async () => {
    const before = h.sim.balance();
    const number = tsel();
    const out = await h.client.topup({ productCode: 'TEL5', destination: number, itrx: 1 });
    expect(out).toMatchObject({ status: 'success', cost: 5630, balance: before - 5630 });
    if (out.status !== 'success') throw new Error('expected success');
    expect(out.providerRef).toMatch(/^TRX\d+$/);
    expect(out.serial).toMatch(/^\d{16}$/);
    expect(h.sim.balance()).toBe(before - 5630);
    const check = await h.client.checkTopup({ invoice: out.providerRef ?? '', destination: number });
    expect(check).toMatchObject({ status: 'success', providerRef: out.providerRef, serial: out.serial });
    expect(check.message).toContain('berhasil terkirim SN Operator');
  });

  it('...9999: gagal at once, deposit refunded', async () => {
    const before = h.sim.balance();
    const number = tsel('9999');
    const out = await h.client.topup({ productCode: 'TSEL10', destination: number, itrx: 1 });
    expect(out).toMatchObject({ status: 'failed', code: 'gagal', balance: before });
    expect(h.sim.balance()).toBe(before);
    expect(await h.client.checkTopup({ invoice: out.providerRef ?? '', destination: number })).toMatchObject({ status: 'failed', code: 'gagal' });
  });

  it('...8888: pending (charged), then sukses', async () => {
    const before = h.sim.balance();
    const number = tsel('8888');
    const out = await h.client.topup({ productCode: 'TSEL20', destination: number, itrx: 1 });
    expect(out).toMatchObject({ status: 'pending', cost: 20250, balance: before - 20250 });
    const invoice = out.providerRef ?? '';
    expect(await h.client.checkTopup({ invoice, destination: number })).toMatchObject({ status: 'pending' });
    h.advance(1000);
    expect(await h.client.checkTopup({ invoice, destination: number })).toMatchObject({ status: 'success', providerRef: invoice });
    expect(h.sim.balance()).toBe(before - 20250);
  });

  it('...7777: pending, then gagal with the deposit refunded', async () => {
    const before = h.sim.balance();
    const number = tsel('7777');
    const out = await h.client.topup({ productCode: 'TSEL25', destination: number, itrx: 1 });
    expect(out.status).toBe('pending');
    expect(h.sim.balance()).toBe(before - 25150);
    h.advance(1000);
    expect(await h.client.checkTopup({ invoice: out.providerRef ?? '', destination: number })).toMatchObject({ status: 'failed', code: 'gagal' });
    expect(h.sim.balance()).toBe(before);
  });

  it('...6666: pending forever', async () => {
    const number = tsel('6666');
    const out = await h.client.topup({ productCode: 'TSEL5', destination: number, itrx: 1 });
    h.advance(3_600_000);
    expect(await h.client.checkTopup({ invoice: out.providerRef ?? '', destination: number })).toMatchObject({ status: 'pending' });
  });

  it('data packages go through the same call', async () => {
    const out = await h.client.topup({ productCode: 'IFI3', destination: '085612340001', itrx: 1 });
    expect(out).toMatchObject({ status: 'success', cost: 22900 });
    expect(out.message).toContain('PAKET DATA');
  });
});

describe('isipulsa refusals and the itrx rule', () => {
  it('same product, same number, same itrx today: "double" refusal is unknown, never failed', async () => {
    const number = tsel();
    const first = await h.client.topup({ productCode: 'TSEL5', destination: number, itrx: 1 });
    expect(first.status).toBe('success');
    const before = h.sim.balance();
    const again = await h.client.topup({ productCode: 'TSEL5', destination: number, itrx: 1 });
    expect(again).toMatchObject({ status: 'unknown', reason: 'unexpected_answer' });
    expect(again.message).toContain('Transaksi double');
    expect(h.sim.balance()).toBe(before);
    const second = await h.client.topup({ productCode: 'TSEL5', destination: number, itrx: 2 });
    expect(second.status).toBe('success');
    expect(second.providerRef).not.toBe(first.providerRef);
  });

  it('not enough deposit: the documented refusal, failed, nothing charged', async () => {
    const saved = h.sim.balance();
    h.sim.setBalance(1000);
    const out = await h.client.topup({ productCode: 'SI100', destination: tsel(), itrx: 1 });
    expect(out).toMatchObject({ status: 'failed', code: 'insufficient_balance' });
    expect(out.message).toBe('Maaf, Saldo anda tidak cukup untuk isi ulang PULSA TELKOMSEL 100.000(SI100) senilai 96950, Saldo JKT-11111: 1000');
    expect(h.sim.balance()).toBe(1000);
    h.sim.setBalance(saved);
  });

  it.each([
    ['unknown product code', { productCode: 'NOPE5', destination: '081200000001', itrx: 1 }, 'unknown_product'],
    ['product Close', { productCode: 'SM150', destination: '088112340001', itrx: 1 }, 'product_closed'],
    ['number of another operator', { productCode: 'TSEL5', destination: '081712340001', itrx: 1 }, 'invalid_destination'],
  ])('%s: failed before any charge', async (_label, request, code) => {
    const before = h.sim.balance();
    expect(await h.client.topup(request)).toMatchObject({ status: 'failed', code });
    expect(h.sim.balance()).toBe(before);
  });

  it('the client refuses to send what MMBC could not take (not_sent)', async () => {
    for (const request of [
      { productCode: 'TSEL5', destination: '0812-abc', itrx: 1 },
      { productCode: '', destination: '081212341234', itrx: 1 },
      { productCode: 'TSEL5', destination: '081212341234', itrx: 0 },
      { productCode: 'TSEL5', destination: '081212341234', itrx: 1.5 },
    ]) {
      expect(await h.client.topup(request)).toMatchObject({ status: 'failed', code: 'not_sent' });
    }
  });

  it('the simulator itself refuses a malformed number and a bad itrx', async () => {
    const auth = { username: 'dummy', password: 'dummy123', kodeoperator: 'TSEL5' };
    const bad = await postForm(h.sim.baseUrl, '/json/pulsa/isipulsa', { ...auth, nomortujuan: '12345', itrx: '1' });
    expect(JSON.parse(bad.text)).toMatchObject({ result: 'no', reason: 'Nomor tujuan 12345 tidak valid.' });
    const itrx = await postForm(h.sim.baseUrl, '/json/pulsa/isipulsa', { ...auth, nomortujuan: '081212349876', itrx: 'x' });
    expect(JSON.parse(itrx.text)).toMatchObject({ result: 'no', reason: 'Parameter itrx tidak valid: x' });
  });

  it('itrx defaults to 1 when omitted (documented default)', async () => {
    const number = tsel();
    const res = await postForm(h.sim.baseUrl, '/json/pulsa/isipulsa', { username: 'dummy', password: 'dummy123', kodeoperator: 'TSEL5', nomortujuan: number });
    expect(JSON.parse(res.text)).toMatchObject({ result: 'ok', status: 'sukses' });
    expect((await h.client.topup({ productCode: 'TSEL5', destination: number, itrx: 1 })).status).toBe('unknown');
  });
});

describe('cekstatus', () => {
  it('trims the documented leading space of the invoice', async () => {
    const number = tsel();
    const out = await h.client.topup({ productCode: 'TSEL5', destination: number, itrx: 1 });
    const res = await postForm(h.sim.baseUrl, '/json/pulsa/cekstatus', { username: 'dummy', password: 'dummy123', invoice: out.providerRef ?? '', nomortujuan: number });
    expect((JSON.parse(res.text) as { invoice: string }).invoice).toBe(` ${out.providerRef}`);
    expect((await h.client.checkTopup({ invoice: out.providerRef ?? '', destination: number })).providerRef).toBe(out.providerRef);
  });

  it('an invoice that is not found (or not for this number) is unknown, never failed', async () => {
    const number = tsel();
    const out = await h.client.topup({ productCode: 'TSEL5', destination: number, itrx: 1 });
    expect(await h.client.checkTopup({ invoice: 'TRX99999999', destination: number })).toMatchObject({ status: 'unknown' });
    expect(await h.client.checkTopup({ invoice: out.providerRef ?? '', destination: '081299999999' })).toMatchObject({ status: 'unknown' });
    expect(await h.client.checkTopup({ invoice: '', destination: number })).toMatchObject({ status: 'unknown' });
  });
});
