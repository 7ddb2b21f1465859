import { describe, expect, it } from 'vitest';
import { mapAyoconnectProducts } from '../../../../electron/core/catalog/mappers/ayoconnect-mapper';
import { rupiah } from '../../../../electron/core/money';
import { ayoconnectCatalogue, type AyoconnectProduct } from '../../../../electron/core/providers/ayoconnect';

// Product items as the Ayoconnect client hands them over (codes seen in Ayoconnect's docs: LSTPPPOG, TBPJPKPU, TLPP).
const product = (code: string, name: string, biller: string, category: string, type: string, price: number, adminFee: number, active = true): AyoconnectProduct => ({
  code, name, description: name, biller, category, type, price: rupiah(price), adminFee: rupiah(adminFee), active, logo: '',
});

describe('Ayoconnect product list mapper', () => {
  it('reads the face value from the name and charges amount + admin fee for prepaid lines', () => {
    const { offers, skipped } = mapAyoconnectProducts([
      product('PPLSTK10', 'Telkomsel 10.000', 'Telkomsel', 'Pulsa', 'prepaid', 10_550, 0),
      product('PPLSBU10', 'by.U 10.000', 'by.U', 'Pulsa', 'prepaid', 10_300, 0),
      product('PPLSIS5', 'Indosat Ooredoo 5.000', 'Indosat Ooredoo', 'Pulsa', 'prepaid', 5_850, 0),
      product('LSTPRP20', 'Token PLN 20.000', 'PLN', 'Listrik', 'prepaid', 20_000, 1_500),
      product('EWLGOPAY50', 'GoPay 50.000', 'GoPay', 'Dompet Digital', 'prepaid', 50_000, 1_000),
      product('PPLSSF5', 'Smartfren 5.000', 'Smartfren', 'Pulsa', 'prepaid', 5_350, 0, false),
    ]);
    expect(skipped).toEqual([]);
    expect(offers.map((o) => [o.providerCode, o.productId, o.cost, o.active])).toEqual([
      ['PPLSTK10', 'pulsa:telkomsel:10000', 10_550, true],
      ['PPLSBU10', 'pulsa:by.u:10000', 10_300, true],
      ['PPLSIS5', 'pulsa:indosat:5000', 5_850, true],
      ['LSTPRP20', 'pln_token:pln:20000', 21_500, true],
      ['EWLGOPAY50', 'ewallet:gopay:50000', 51_000, true],
      ['PPLSSF5', 'pulsa:smartfren:5000', 5_350, false],
    ]);
  });

  it('maps bills by category and biller, with cost 0 and the admin fee as net fee', () => {
    const { offers } = mapAyoconnectProducts([
      product('LSTPPPOG', 'PLN Postpaid', 'PLN', 'Listrik', 'postpaid', 0, 2_500),
      product('BPJSKS', 'BPJS Kesehatan', 'BPJS Kesehatan', 'BPJS', 'postpaid', 0, 2_500),
      product('TBPJPKPU', 'Pembayaran Iuran PU/Jakon', 'BPJS Ketenagakerjaan', 'BPJS', 'postpaid', 0, 2_500),
      product('TBPJPKBU', 'Pembayaran Iuran BPU/PMI', 'BPJS Ketenagakerjaan', 'BPJS', 'postpaid', 0, 0),
      product('PSCBYRISATMATRIX', 'Indosat Ooredoo Pascabayar (Matrix)', 'Indosat Ooredoo', 'Pascabayar', 'postpaid', 0, 2_500),
      product('TLPP', 'Telkom Telepon Rumah', 'Telkom', 'Telepon Rumah', 'postpaid', 0, 2_500),
      product('INTVINDIHOME', 'IndiHome', 'Telkom Indonesia', 'Internet dan TV Kabel', 'postpaid', 0, 2_500),
      product('INTVBIZNET', 'Biznet Home', 'Biznet', 'Internet dan TV Kabel', 'postpaid', 0, 2_500),
      product('PDAMBGRKAB', 'Perumda Tirta Kahuripan Kab. Bogor', 'Perumda Tirta Kahuripan Kab. Bogor', 'PDAM', 'postpaid', 0, 2_500, false),
    ]);
    expect(offers.map((o) => [o.productId, o.cost, o.fee, o.active])).toEqual([
      ['bill:pln_postpaid', 0, 2_500, true],
      ['bill:bpjs', 0, 2_500, true],
      ['bill:bpjs:tk_pu', 0, 2_500, true],
      ['bill:bpjs:tk_bpu', 0, 0, true],
      ['bill:hp_postpaid:indosat', 0, 2_500, true],
      ['bill:telkom', 0, 2_500, true],
      ['bill:telkom:indihome', 0, 2_500, true],
      ['bill:internet_tv:biznethome', 0, 2_500, true],
      ['bill:pdam:pdamtirtakahuripankabupatenbogor', 0, 2_500, false],
    ]);
  });

  it('gives data one id across providers (operator, package, quota, validity) and skips open denominations, vouchers and games', () => {
    const { offers, skipped } = mapAyoconnectProducts([
      product('PDATTR6', 'Tri Happy 6GB 28 Hari', 'Tri', 'Paket Data', 'prepaid', 36_500, 0),
      product('EWLDANAOPEN', 'DANA Bebas Nominal', 'DANA', 'Dompet Digital', 'prepaid', 0, 1_000),
      product('PGPLGL20', 'Google Play 20.000', 'Google Play', 'Google Play', 'prepaid', 20_000, 0),
      product('GMFF140', 'Free Fire 140 Diamonds', 'Garena', 'Voucher Game', 'prepaid', 19_300, 0),
    ]);
    expect(offers).toEqual([expect.objectContaining({ productId: 'data:tri:tri-happy-6gb-28-hari', productName: 'Tri Happy 6GB 28 Hari', cost: 36_500 })]);
    expect(skipped.map((s) => s.code)).toEqual(['EWLDANAOPEN', 'PGPLGL20', 'GMFF140']);
  });

  it('places every sandbox line except open denominations, vouchers and games', () => {
    const rows = ayoconnectCatalogue.map((p) => product(p.code, p.name, p.biller, p.category, p.type, p.amount, p.adminFee, p.active));
    const { offers, skipped } = mapAyoconnectProducts(rows);
    const notSold = ayoconnectCatalogue.filter((p) => p.kind === 'open-denom' || p.kind === 'game' || p.category === 'Google Play');
    expect(skipped.map((s) => s.code).sort()).toEqual(notSold.map((p) => p.code).sort());
    expect(offers).toHaveLength(rows.length - notSold.length);
  });
});
