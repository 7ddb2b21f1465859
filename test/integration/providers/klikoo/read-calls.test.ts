import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rupiah } from '../../../../electron/core/money';
import { klikooCatalogue } from '../../../../electron/core/providers/klikoo';
import { eventually, ref, startPair, type Pair } from './helpers';

describe('Klikoo read calls against the simulator', () => {
  let pair: Pair;
  beforeAll(async () => {
    pair = await startPair({ initialBalance: 2_500_000 });
  });
  afterAll(() => pair.sim.close());

  it('balance: "2500000.00" is parsed to whole rupiah', async () => {
    expect(await pair.client.getBalance()).toEqual({ ok: true, value: { balance: 2_500_000 } });
  });

  describe('products', () => {
    it('lists every seeded product across pages with prices parsed', async () => {
      const all = await pair.client.listAllProducts({ limit: 25 });
      expect(all.ok).toBe(true);
      if (!all.ok) return;
      expect(all.value.products).toHaveLength(klikooCatalogue.length);
      expect(all.value.products.length).toBeGreaterThanOrEqual(100);
      expect(all.value.rejected).toEqual([]);
      const s10 = all.value.products.find((p) => p.code === 'S10');
      expect(s10).toMatchObject({ name: 'Tsel 10.000', category: 'pulsa', brand: 'Telkomsel', kind: 'prepaid', agentPrice: 10_450, nominal: 10_000, enabled: true });
      const pln = all.value.products.find((p) => p.code === 'POSTPAIDPLN');
      expect(pln).toMatchObject({ kind: 'postpaid', category: 'plnpostpaid' });
      const categories = new Set(all.value.products.map((p) => p.category));
      for (const c of ['pulsa', 'data', 'plnprepaid', 'ewallet', 'maxim', 'plnpostpaid', 'bpjs', 'pdam', 'telkom', 'hppostpaid']) {
        expect(categories.has(c)).toBe(true);
      }
      const brands = new Set(all.value.products.map((p) => p.brand));
      for (const b of ['Telkomsel', 'Indosat', 'XL', 'Axis', 'Tri', 'Smartfren', 'PLN', 'OVO', 'GoPay', 'DANA', 'ShopeePay']) {
        expect(brands.has(b)).toBe(true);
      }
    });

    it('searches by keyword, category and enable, sorts and pages', async () => {
      const axis = await pair.client.listProducts({ keyword: 'axis', limit: 100 });
      expect(axis.ok && axis.value.products.every((p) => p.brand === 'Axis')).toBe(true);
      const tokens = await pair.client.listProducts({ category: 'plnprepaid', sort: { field: 'agent_price', value: 'desc' } });
      expect(tokens.ok && tokens.value.products.map((p) => p.code)).toEqual(['PLN5000', 'PLN1000', 'PLN500', 'PLN200', 'PLN100', 'PLN50', 'PLN20']);
      const disabled = await pair.client.listProducts({ keyword: 'smartfren', limit: 100 });
      expect(disabled.ok && disabled.value.products.find((p) => p.code === 'SM150')?.enabled).toBe(false);
      const enabled = await pair.client.listProducts({ keyword: 'smartfren', enabledOnly: true, limit: 100 });
      expect(enabled.ok && enabled.value.products.some((p) => p.code === 'SM150')).toBe(false);
      const page2 = await pair.client.listProducts({ category: 'pulsa', limit: 10, page: 2 });
      expect(page2.ok && page2.value.meta).toMatchObject({ currentPage: 2, perPage: 10 });
      expect(page2.ok && page2.value.products).toHaveLength(10);
    });
  });

  describe('prepaid inquiry', () => {
    it("returns the docs' PLN sample customer (01105691111 -> BAHARRUDIN1, R1/2200VA)", async () => {
      const res = await pair.client.inquirePrepaid({ productCode: 'PLN20', customerNumber: '01105691111', amount: rupiah(20_500) });
      expect(res).toEqual({
        ok: true,
        value: {
          productCode: 'PLN20',
          productName: 'PLN 20.000',
          customerNumber: '01105691111',
          customerName: 'BAHARRUDIN1',
          powerCapacity: 'R1/2200VA',
          amount: 20_500,
          total: 20_500,
          message: 'Sukses',
        },
      });
    });

    it("returns the docs' unknown-customer error (01105601111 -> 503029998) as a retryable error with its text", async () => {
      const res = await pair.client.inquirePrepaid({ productCode: 'PLN20', customerNumber: '01105601111', amount: rupiah(20_500) });
      expect(res).toEqual({ ok: false, retryable: true, code: '503029998', message: 'CUSTID not recognized. Biller throws exception. Err:5110' });
    });

    it('works for e-wallets, prices DANA open denom as amount + fee, refuses non-inquiry products', async () => {
      const ovo = await pair.client.inquirePrepaid({ productCode: 'OVO10', customerNumber: '0817345544', amount: rupiah(10_950) });
      expect(ovo.ok && ovo.value).toMatchObject({ productName: 'OVO 10.000', amount: 10_950, powerCapacity: '' });
      const open = await pair.client.inquirePrepaid({ productCode: 'DNOPEN', customerNumber: '0817345544', amount: rupiah(25_000) });
      expect(open.ok && open.value.amount).toBe(26_000);
      const pulsa = await pair.client.inquirePrepaid({ productCode: 'S10', customerNumber: '081234567890', amount: rupiah(10_450) });
      expect(pulsa).toMatchObject({ ok: false, retryable: false, code: '400026525' });
      const none = await pair.client.inquirePrepaid({ productCode: 'NOPE', customerNumber: '081234567890', amount: rupiah(1) });
      expect(none).toMatchObject({ ok: false, retryable: false, code: '404027003', message: 'Produk tidak ditemukan' });
    });
  });

  describe('postpaid inquiry', () => {
    it('PLN postpaid: name, period, bill, admin; total = bill + admin; amount = what the deposit pays', async () => {
      const res = await pair.client.inquirePostpaid({ productCode: 'POSTPAIDPLN', customerNumber: '514040400482' });
      expect(res.ok).toBe(true);
      if (!res.ok) return;
      expect(res.value.customerName).not.toBe('');
      expect(res.value.period).toMatch(/^\d{6}$/);
      expect(res.value.adminFee).toBe(3_000);
      expect(res.value.total).toBe(res.value.billAmount + res.value.adminFee);
      expect(res.value.amount).toBe(res.value.billAmount + 2_200);
    });

    it('BPJS needs a period and multiplies the monthly premium', async () => {
      const missing = await pair.client.inquirePostpaid({ productCode: 'RBASRBPJSKSH', customerNumber: '8888801433177155' });
      expect(missing).toMatchObject({ ok: false, code: '400026512' });
      const one = await pair.client.inquirePostpaid({ productCode: 'RBASRBPJSKSH', customerNumber: '8888801433177155', period: 1 });
      const three = await pair.client.inquirePostpaid({ productCode: 'RBASRBPJSKSH', customerNumber: '8888801433177155', period: 3 });
      expect(one.ok && three.ok && three.value.billAmount === one.value.billAmount * 3).toBe(true);
      expect(three.ok && three.value.period).toBe('3 BULAN');
    });

    it('unknown customer (...4040) and nothing to pay (...2222) come back with the provider text', async () => {
      const unknown = await pair.client.inquirePostpaid({ productCode: 'PDAMMJK', customerNumber: '1726014040' });
      expect(unknown).toMatchObject({ ok: false, retryable: false, code: '404027002', message: 'No Customer tidak ditemukan' });
      const paid = await pair.client.inquirePostpaid({ productCode: 'PDAMMJK', customerNumber: '1726012222' });
      expect(paid).toMatchObject({ ok: false, retryable: true, code: '503029998' });
      const prepaid = await pair.client.inquirePostpaid({ productCode: 'PLN20', customerNumber: '514040400482' });
      expect(prepaid).toMatchObject({ ok: false, code: '400026525' });
    });
  });

  describe('transaction history', () => {
    it('lists newest first, finds by partner_reference_id, filters by date', async () => {
      const refs = [ref(), ref(), ref()];
      for (const r of refs) {
        const out = await pair.client.buy({ partnerReferenceId: r, productCode: 'S5', customerNumber: '081234500001', amount: rupiah(5_480) });
        expect(out.status).toBe('pending');
      }
      const page = await pair.client.listTransactions({ page: 1, limit: 2 });
      expect(page.ok && page.value.transactions.map((t) => t.partnerReferenceId)).toEqual([refs[2], refs[1]]);
      expect(page.ok && page.value.meta).toMatchObject({ currentPage: 1, totalPages: 2, totalRows: 3, perPage: 2 });
      const found = await pair.client.findTransaction(refs[0] ?? '');
      expect(found.ok && found.value).toMatchObject({ partnerReferenceId: refs[0], productCode: 'S5', amount: 5_480 });
      expect(await pair.client.findTransaction(ref())).toEqual({ ok: true, value: null });
      const future = await pair.client.listTransactions({ page: 1, limit: 10, from: '2999-01-01T00:00:00' });
      expect(future.ok && future.value.transactions).toEqual([]);
      await eventually(async () => {
        const f = await pair.client.findTransaction(refs[0] ?? '');
        return f.ok && f.value?.status === 'SUCCESS' ? f.value : undefined;
      });
    });
  });
});
