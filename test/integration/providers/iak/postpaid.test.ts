import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IakBill } from '../../../../electron/core/providers/iak';
import { eventually, newRef, rawPost, startHarness, type Harness } from './helpers';

describe('IAK postpaid against the simulator', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ initialBalance: 50_000_000 });
  });
  afterAll(() => h.sim.close());

  async function inquire(code: string, customerNumber: string, extra: { month?: number } = {}): Promise<IakBill> {
    const res = await h.client.postpaidInquiry({ refId: newRef(), code, customerNumber, ...extra });
    if (!res.ok) throw new Error(`inquiry failed: ${res.code} ${res.message}`);
    return res.value;
  }

  it('pricelist-pasca: all, by type path, by province, by status', async () => {
    const all = await h.client.postpaidPricelist();
    expect(all.ok && all.value.products.length).toBeGreaterThanOrEqual(30);
    const codes = all.ok ? all.value.products.map((p) => p.code) : [];
    for (const code of ['HPTHREE', 'HPTSEL', 'PLNPOSTPAID', 'BPJS', 'TELKOMPSTN', 'PDAMKOTA.SURABAYA', 'AETRA']) expect(codes).toContain(code);
    const pdam = await h.client.postpaidPricelist({ type: 'pdam', province: 'Jawa Barat' });
    expect(pdam.ok && pdam.value.products.length).toBeGreaterThan(0);
    expect(pdam.ok && pdam.value.products.every((p) => p.type === 'pdam' && p.province === 'Jawa Barat')).toBe(true);
    const bpjs = await h.client.postpaidPricelist({ type: 'bpjs' });
    expect(bpjs.ok && bpjs.value.products.find((p) => p.code === 'BPJS')).toMatchObject({ fee: 2500, commission: 200, active: true });
    const inactive = await h.client.postpaidPricelist({ status: 'non active' });
    expect(inactive.ok && inactive.value.products.every((p) => !p.active)).toBe(true);
  });

  it('HPTHREE 08991230000 answers the documented sample bill, and is paid by tr_id', async () => {
    const before = h.sim.balance();
    const bill = await inquire('HPTHREE', '08991230000');
    expect(bill).toMatchObject({ code: 'HPTHREE', customerName: 'INTAN NUR AZIZA', nominal: 55000, admin: 0, price: 55000, sellingPrice: 54000, message: 'Berhasil' });
    expect(bill.trId).toMatch(/^\d+$/);
    const paid = await h.client.postpaidPay({ trId: bill.trId, refId: bill.refId });
    expect(paid).toMatchObject({ status: 'success', cost: 54000, providerRef: bill.trId, message: 'Berhasil', providerText: expect.stringContaining('PAYMENT SUCCESS') });
    expect(paid.status === 'success' && paid.serial).toMatch(/^\d+$/);
    expect(paid.status === 'success' && paid.details).toMatchObject({ customerName: 'INTAN NUR AZIZA', nominal: 55000, price: 55000 });
    expect(h.sim.balance()).toBe(before - 54000);
    expect(await h.client.postpaidCheckStatus(bill.refId)).toMatchObject({ status: 'success', cost: 54000 });
  });

  it.each([
    ['HPTHREE', '08991230001', '01', 'INVOICE HAS BEEN PAID', false],
    ['HPTHREE', '08991230014', '14', 'INCORRECT DESTINATION NUMBER', false],
    ['HPTHREE', '08991230103', '103', 'TIMEOUT', true],
    ['PLNPOSTPAID', '530000000001', '01', 'INVOICE HAS BEEN PAID', false],
    ['PLNPOSTPAID', '530000000014', '14', 'INCORRECT DESTINATION NUMBER', false],
    ['TELKOMPSTN', '6391600103', '103', 'TIMEOUT', true],
    ['CBN', '01920014', '14', 'INCORRECT DESTINATION NUMBER', false],
    ['TVTLKMV', '127246500001', '01', 'INVOICE HAS BEEN PAID', false],
    ['PLNNONTAG', '3225030000014', '14', 'INCORRECT DESTINATION NUMBER', false],
  ])('inquiry test number %s %s answers rc %s', async (code, customerNumber, rc, message, retryable) => {
    const res = await h.client.postpaidInquiry({ refId: newRef(), code, customerNumber });
    // The cashier reads Indonesian (issue 12 item 3): IAK's English stays out of the refusal text.
    expect(res).toEqual({ ok: false, code: rc, message: expect.not.stringContaining(message), retryable });
  });

  it.each([
    ['PLNPOSTPAID', '530000000000', 1],
    ['PLNPOSTPAID', '530000000999', 8],
    ['TELKOMPSTN', '6391600000', 1],
    ['TELKOMPSTN', '6391601999', 3],
    ['CBN', '01920000', 1],
    ['TVTLKMV', '127246500000', 1],
  ])('success numbers: %s %s has %i bill(s) with consistent totals', async (code, customerNumber, bills) => {
    const bill = await inquire(code, customerNumber);
    expect(bill.price).toBe(bill.nominal + bill.admin);
    expect(bill.sellingPrice).toBeLessThan(bill.price);
    const desc = bill.desc as { lembar_tagihan?: string; jumlah_tagihan?: number; tagihan?: { detail: unknown[] } };
    expect(desc.tagihan?.detail).toHaveLength(bills);
    if (code === 'PLNPOSTPAID') expect(desc.lembar_tagihan).toBe(String(bills));
    else expect(desc.jumlah_tagihan).toBe(bills);
  });

  it('PLN non-taglis (3225030000000) answers the non-taglis desc', async () => {
    const bill = await inquire('PLNNONTAG', '3225030000000');
    expect(bill.period).toBe('');
    expect(bill.desc).toMatchObject({ transaksi: expect.any(String), no_registrasi: expect.stringMatching(/^\d{13}$/), tanggal_registrasi: expect.stringMatching(/^\d{8}$/) });
  });

  it.each([
    ['HPTHREE', '08991231037', '37'],
    ['HPTHREE', '08991231105', '105'],
    ['PLNPOSTPAID', '530000001037', '37'],
    ['TELKOMPSTN', '6391601105', '105'],
  ])('payment test number %s %s fails with rc %s, nothing charged', async (code, customerNumber, rc) => {
    const before = h.sim.balance();
    const bill = await inquire(code, customerNumber);
    expect(await h.client.postpaidPay({ trId: bill.trId, refId: bill.refId })).toMatchObject({ status: 'failed', code: rc });
    expect(h.sim.balance()).toBe(before);
    expect(await h.client.postpaidCheckStatus(bill.refId)).toMatchObject({ status: 'failed', code: rc });
  });

  it('1039: payment pending, check status shows 3/39, then success', async () => {
    const before = h.sim.balance();
    const bill = await inquire('HPTHREE', '08991231039');
    const paid = await h.client.postpaidPay({ trId: bill.trId, refId: bill.refId });
    expect(paid).toMatchObject({ status: 'pending', providerCode: '39', cost: bill.sellingPrice });
    expect(h.sim.balance()).toBe(before - bill.sellingPrice);
    const final = await eventually(async () => {
      const o = await h.client.postpaidCheckStatus(bill.refId);
      return o.status === 'pending' ? undefined : o;
    });
    expect(final).toMatchObject({ status: 'success', cost: bill.sellingPrice });
    expect(h.sim.balance()).toBe(before - bill.sellingPrice);
  });

  it('2039 (Loket rule): payment pending, then failed and refunded', async () => {
    const before = h.sim.balance();
    const bill = await inquire('PLNPOSTPAID', '530000002039');
    expect((await h.client.postpaidPay({ trId: bill.trId })).status).toBe('pending');
    const final = await eventually(async () => {
      const o = await h.client.postpaidCheckStatus(bill.refId);
      return o.status === 'pending' ? undefined : o;
    });
    expect(final).toMatchObject({ status: 'failed', code: '37' });
    expect(h.sim.balance()).toBe(before);
  });

  it('a pending payment can be flipped by hand (sandbox report)', async () => {
    const bill = await inquire('TELKOMPSTN', '6391601039');
    expect((await h.client.postpaidPay({ trId: bill.trId })).status).toBe('pending');
    expect(h.sim.resolve(bill.refId, 'failed')).toBe(true);
    expect(await h.client.postpaidCheckStatus(bill.refId)).toMatchObject({ status: 'failed', code: '37' });
  });

  it('paying the same inquiry twice answers rc 11, read as unknown (never failed, never a second charge)', async () => {
    const bill = await inquire('HPTSEL', '081211110000');
    expect((await h.client.postpaidPay({ trId: bill.trId })).status).toBe('success');
    const after = h.sim.balance();
    expect(await h.client.postpaidPay({ trId: bill.trId })).toMatchObject({ status: 'unknown', providerCode: '11' });
    expect(h.sim.balance()).toBe(after);
  });

  it('a reused ref_id on inquiry answers rc 11 DUPLICATE REF ID', async () => {
    const refId = newRef();
    expect((await h.client.postpaidInquiry({ refId, code: 'HPXL', customerNumber: '081799990000' })).ok).toBe(true);
    expect(await h.client.postpaidInquiry({ refId, code: 'HPXL', customerNumber: '081799990000' })).toMatchObject({ ok: false, code: '11', retryable: false });
  });

  it('a ref_id that is not alphanumeric answers rc 03', async () => {
    expect(await h.client.postpaidInquiry({ refId: 'LKT-01-ABC', code: 'HPXL', customerNumber: '081799990001' })).toMatchObject({ ok: false, code: '03' });
  });

  it('check status before payment is status 0 / rc 42: unknown with providerCode 42', async () => {
    const bill = await inquire('PDAMKOTA.SURABAYA', '10202000');
    expect(await h.client.postpaidCheckStatus(bill.refId)).toMatchObject({ status: 'unknown', providerCode: '42', message: 'Permintaan pembayaran belum diterima', providerText: expect.stringContaining('REQUEST PEMBAYARAN BELUM DITERIMA') });
  });

  it('check status of an unknown ref_id is unknown (06), paying an unknown tr_id is unknown (06)', async () => {
    expect(await h.client.postpaidCheckStatus(newRef())).toMatchObject({ status: 'unknown', providerCode: '06' });
    expect(await h.client.postpaidPay({ trId: '1' })).toMatchObject({ status: 'unknown', providerCode: '06' });
  });

  it('an expired inquiry cannot be paid (rc 04, failed, nothing charged)', async () => {
    const short = await startHarness({ inquiryTtlMs: 30 });
    try {
      const res = await short.client.postpaidInquiry({ refId: newRef(), code: 'PLNPOSTPAID', customerNumber: '530000000000' });
      if (!res.ok) throw new Error(res.message);
      await new Promise((r) => setTimeout(r, 80));
      expect(await short.client.postpaidPay({ trId: res.value.trId })).toMatchObject({ status: 'failed', code: '04' });
      expect(short.sim.balance()).toBe(10_000_000);
    } finally {
      await short.sim.close();
    }
  });

  it('rc 17: a payment larger than the deposit fails without charge and may be retried later', async () => {
    const poor = await startHarness({ initialBalance: 1000 });
    try {
      const res = await poor.client.postpaidInquiry({ refId: newRef(), code: 'PLNPOSTPAID', customerNumber: '530000000000' });
      if (!res.ok) throw new Error(res.message);
      expect(await poor.client.postpaidPay({ trId: res.value.trId })).toMatchObject({ status: 'failed', code: '17' });
      expect(await poor.client.postpaidCheckStatus(res.value.refId)).toMatchObject({ status: 'unknown', providerCode: '42' });
      await rawPost(poor.sim.baseUrl, '/__sim-state/iak/deposit', { amount: 5_000_000 });
      expect((await poor.client.postpaidPay({ trId: res.value.trId })).status).toBe('success');
    } finally {
      await poor.sim.close();
    }
  });

  it('BPJS Kesehatan needs month; the bill scales with it', async () => {
    expect(await h.client.postpaidInquiry({ refId: newRef(), code: 'BPJS', customerNumber: '8801234560000' })).toMatchObject({ ok: false, code: '107' });
    const one = await inquire('BPJS', '8801234560000', { month: 1 });
    const three = await inquire('BPJS', '8801234560000', { month: 3 });
    expect(three.nominal).toBe(one.nominal * 3);
    expect(three.period).toBe('03');
    expect(three.desc).toMatchObject({ nama_cabang: 'JAKARTA PUSAT' });
  });

  it('PDAM bills carry the PDAM desc; PLN bills carry tarif and daya', async () => {
    const pdam = await inquire('PDAMKOTA.MEDAN', '10200999');
    expect(pdam.desc).toMatchObject({ bill_quantity: 4, pdam_name: 'PDAM TIRTANADI MEDAN' });
    const pln = await inquire('PLNPOSTPAID', '530000000000');
    expect(pln.desc).toMatchObject({ tarif: expect.any(String), daya: expect.any(Number), lembar_tagihan: '1' });
    const paid = await h.client.postpaidPay({ trId: pln.trId, refId: pln.refId });
    expect(paid.status === 'success' && paid.details).toMatchObject({ 'desc.tarif': expect.any(String), 'desc.daya': expect.any(Number) });
  });

  it('unknown or inactive product codes are refused at inquiry', async () => {
    expect(await h.client.postpaidInquiry({ refId: newRef(), code: 'NOSUCH', customerNumber: '123456789' })).toMatchObject({ ok: false, code: '20' });
    expect(await h.client.postpaidInquiry({ refId: newRef(), code: 'TVBIG', customerNumber: '1072161400' })).toMatchObject({ ok: false, code: '106' });
  });

  it('an unknown command answers rc 101', async () => {
    const res = await rawPost(h.sim.baseUrl, '/api/v1/bill/check', { commands: 'refund', username: h.sim.credentials.username, sign: 'x' });
    expect(res.json.data).toMatchObject({ response_code: '101', message: 'INVALID COMMAND' });
  });
});
