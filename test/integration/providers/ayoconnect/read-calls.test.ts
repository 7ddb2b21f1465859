import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rupiah } from '../../../../electron/core/money';
import { startAyoconnectSimulator, type AyoconnectSimulator } from '../../../../electron/core/providers/ayoconnect';
import { account, clientFor, expectInquiry } from './helpers';

describe('ayoconnect read calls against the simulator', () => {
  let sim: AyoconnectSimulator;
  beforeAll(async () => {
    sim = await startAyoconnectSimulator({ initialBalance: 2_500_000 });
  });
  afterAll(() => sim.close());

  describe('partner/products', () => {
    it('lists the seeded catalogue with money as Rupiah (v2 and v1 paths)', async () => {
      for (const apiVersion of ['2.0', '1.0'] as const) {
        const result = await clientFor(sim, { apiVersion }).listProducts();
        if (!result.ok) throw new Error(result.message);
        const { products, skipped } = result.value;
        expect(skipped).toBe(0);
        expect(products.length).toBeGreaterThanOrEqual(60);
        expect(products.find((p) => p.code === 'PPLSTK10')).toMatchObject({ name: 'Telkomsel 10.000', price: 10550, type: 'prepaid', active: true });
        expect(products.find((p) => p.code === 'LSTPPPOG')).toMatchObject({ category: 'Listrik', type: 'postpaid', price: 0, adminFee: 2500 });
      }
    });

    it('covers the issue catalogue: postpaid mobile, PLN, BPJS, several PDAM, Telkom/IndiHome and prepaid', async () => {
      const result = await clientFor(sim).listProducts();
      if (!result.ok) throw new Error(result.message);
      const categories = new Set(result.value.products.map((p) => p.category));
      for (const category of ['Pascabayar', 'Listrik', 'BPJS', 'PDAM', 'Internet dan TV Kabel', 'Pulsa', 'Paket Data', 'Dompet Digital']) {
        expect(categories).toContain(category);
      }
      expect(result.value.products.filter((p) => p.category === 'PDAM').length).toBeGreaterThanOrEqual(10);
      const names = result.value.products.map((p) => p.name).join('|');
      for (const name of ['Telkomsel Halo', 'Matrix', 'XL Prioritas', 'BPJS Kesehatan', 'IndiHome', 'Telkom']) expect(names).toContain(name);
    });
  });

  describe('partner/balance', () => {
    it('reports the deposit', async () => {
      expect(await clientFor(sim).getBalance()).toEqual({ ok: true, value: { balance: 2_500_000, currency: 'IDR', partnerId: sim.credentials.apiKey } });
    });
  });

  describe('bill/check', () => {
    it('replays the docs sample for postpaid mobile 0811111111 (seed 003)', async () => {
      const inquiry = expectInquiry(await clientFor(sim).inquire({ accountNumber: '0811111111', productCode: 'PSCBYRTLKHALO' }));
      expect(inquiry).toMatchObject({
        customerName: 'RUSXXXXXXXNDI',
        category: 'Pascabayar',
        amount: 3607,
        admin: 0,
        billTotal: 3607,
        monthCount: 1,
        message: 'Inkuiri berhasil',
      });
      expect(inquiry.inquiryId).toBeGreaterThan(287017802);
    });

    it('carries each month of a multi-month PLN bill (docs fixture 516070377764)', async () => {
      const inquiry = expectInquiry(await clientFor(sim).inquire({ accountNumber: '516070377764', productCode: 'LSTPPPOG' }));
      expect(inquiry.monthCount).toBe(3);
      expect(inquiry.periods).toEqual(['Jan 2016', 'Feb 2016', 'Mar 2016']);
      expect(inquiry.bills.map((b) => b.amount)).toEqual([38661, 46878, 10000]);
      expect(inquiry.admin).toBe(6000);
      expect(inquiry.amount).toBe(101539);
      expect(inquiry.bills[0]?.info).toContainEqual({ key: 'Stand Meter', value: '1076100-1084300' });
    });

    it('generates 1-3 months of PLN arrears from the last digit; 4 months is refused with 301', async () => {
      const client = clientFor(sim);
      for (const months of [1, 2, 3]) {
        const inquiry = expectInquiry(await client.inquire({ accountNumber: account('5321', `000${months}`), productCode: 'LSTPPPOG' }));
        expect(inquiry.monthCount).toBe(months);
        expect(inquiry.periods).toHaveLength(months);
        expect(inquiry.admin).toBe(2500 * months);
        expect(inquiry.amount).toBe(inquiry.billTotal + inquiry.admin);
      }
      expect(await client.inquire({ accountNumber: account('5321', '0004'), productCode: 'LSTPPPOG' })).toMatchObject({ ok: false, code: '301', retryable: false });
    });

    it('PDAM bills in several regions, with arrears months', async () => {
      const client = clientFor(sim);
      for (const code of ['PDAMJKT', 'PDAMSBY', 'PDAMBDGKOTA', 'PDAMMDN']) {
        const inquiry = expectInquiry(await client.inquire({ accountNumber: account('01', '0004'), productCode: code }));
        expect(inquiry).toMatchObject({ category: 'PDAM', monthCount: 4 });
        expect(inquiry.bills.every((b) => b.period !== undefined)).toBe(true);
      }
    });

    it('BPJS Kesehatan pays the number of months asked (month claim), one line per month', async () => {
      const inquiry = expectInquiry(await clientFor(sim).inquire({ accountNumber: account('88888', '5101'), productCode: 'BPJSKS', month: 3 }));
      expect(inquiry.monthCount).toBe(3);
      expect(inquiry.bills).toHaveLength(3);
      expect(inquiry.admin).toBe(2500);
      expect(await clientFor(sim).inquire({ accountNumber: account('88888', '5101'), productCode: 'BPJSKS', month: 13 })).toMatchObject({ ok: false, code: '321' });
    });

    it('BPJS Ketenagakerjaan, Telkom and IndiHome inquiries', async () => {
      const client = clientFor(sim);
      for (const code of ['TBPJPKPU', 'TBPJPKBU', 'TLPP', 'INTVINDIHOME']) {
        const inquiry = expectInquiry(await client.inquire({ accountNumber: account('1208', '0001'), productCode: code }));
        expect(inquiry.monthCount).toBe(1);
        expect(inquiry.amount).toBe(inquiry.billTotal + inquiry.admin);
      }
    });

    it('prepaid products go through inquiry too: price + admin', async () => {
      const client = clientFor(sim);
      const pulsa = expectInquiry(await client.inquire({ accountNumber: account('0812', '0001'), productCode: 'PPLSTK10' }));
      expect(pulsa).toMatchObject({ amount: 10550, admin: 0, category: 'Pulsa' });
      const token = expectInquiry(await client.inquire({ accountNumber: account('1422', '0001'), productCode: 'LSTPRP50' }));
      expect(token).toMatchObject({ amount: 51500, admin: 1500 });
    });

    it('open-denomination e-wallet needs an amount; games need a zoneId', async () => {
      const client = clientFor(sim);
      const number = account('0857', '0001');
      expect(await client.inquire({ accountNumber: number, productCode: 'EWLDANAOPEN' })).toMatchObject({ ok: false, code: '321' });
      expect(expectInquiry(await client.inquire({ accountNumber: number, productCode: 'EWLDANAOPEN', amount: rupiah(75_000) }))).toMatchObject({ amount: 76_000, denom: '75000' });
      expect(await client.inquire({ accountNumber: '123456789', productCode: 'GMMLBB86' })).toMatchObject({ ok: false, code: '321' });
      expect(expectInquiry(await client.inquire({ accountNumber: '123456789', productCode: 'GMMLBB86', zoneId: '2001' }))).toMatchObject({ amount: 20900 });
    });

    it('answers the documented failure codes by rule (messages as sent, for the cashier)', async () => {
      const client = clientFor(sim);
      const cases: Array<[string, string, string, boolean]> = [
        [account('0812', '1111'), 'PSCBYRTLKHALO', '304', false],
        [account('0812', '3333'), 'PSCBYRTLKHALO', '181', true],
        [account('5321', '0000'), 'LSTPPPOG', '309', false],
        [account('5321', '2222'), 'LSTPPPOG', '303', false],
        [account('0812', '0001'), 'NOSUCHPRODUCT', '341', false],
        [account('0881', '0001'), 'PPLSSF5', '311', true],
        [account('0251', '0001'), 'PDAMBGRKAB', '311', true],
        ['12', 'PPLSTK10', '304', false],
      ];
      for (const [accountNumber, productCode, code, retryable] of cases) {
        const result = await client.inquire({ accountNumber, productCode });
        expect(result).toMatchObject({ ok: false, code, retryable });
        if (!result.ok) expect(result.message).not.toBe('');
      }
    });
  });
});
