import { describe, expect, it } from 'vitest';
import { mapKlikooProducts } from '../../../../electron/core/catalog/mappers/klikoo-mapper';
import { rupiah } from '../../../../electron/core/money';
import { klikooCatalogue, type KlikooProduct } from '../../../../electron/core/providers/klikoo';

// Product rows as the Klikoo client hands them over (codes from Klikoo's docs: S10, PLN20, OVO10, DN1, DNOPEN).
const product = (code: string, category: string, brand: string, name: string, agentPrice: number, nominal?: number, extra: Partial<KlikooProduct> = {}): KlikooProduct => ({
  code, category, brand, name, kind: 'prepaid', agentPrice: rupiah(agentPrice), nominal: nominal === undefined ? undefined : rupiah(nominal), enabled: true, description: name, ...extra,
});

describe('Klikoo product list mapper', () => {
  it('maps pulsa, PLN tokens and e-wallets by brand and face value', () => {
    const { offers, skipped } = mapKlikooProducts([
      product('S10', 'pulsa', 'Telkomsel', 'Tsel 10.000', 10_450, 10_000, { description: 'Pulsa Telkomsel Rp 10.000' }),
      product('I10', 'pulsa', 'Indosat', 'Indosat 10.000', 10_800, 10_000),
      product('PLN20', 'plnprepaid', 'PLN', 'PLN 20.000', 20_500, 20_000),
      product('OVO10', 'ewallet', 'OVO', 'OVO 10.000', 10_950, 10_000),
      product('DN1', 'ewallet', 'DANA', 'DANA 10.000', 10_086, 10_000),
      product('SM150', 'pulsa', 'Smartfren', 'Smartfren 150.000', 147_500, 150_000, { enabled: false }),
    ]);
    expect(skipped).toEqual([]);
    expect(offers.map((o) => [o.providerCode, o.productId, o.cost, o.active])).toEqual([
      ['S10', 'pulsa:telkomsel:10000', 10_450, true],
      ['I10', 'pulsa:indosat:10000', 10_800, true],
      ['PLN20', 'pln_token:pln:20000', 20_500, true],
      ['OVO10', 'ewallet:ovo:10000', 10_950, true],
      ['DN1', 'ewallet:dana:10000', 10_086, true],
      ['SM150', 'pulsa:smartfren:150000', 147_500, false],
    ]);
    expect(offers[0]?.description).toBe('Pulsa Telkomsel Rp 10.000');
  });

  it('maps postpaid billers with cost 0 and the agent price as net fee', () => {
    const bill = (code: string, category: string, brand: string, name: string, fee: number) => product(code, category, brand, name, fee, undefined, { kind: 'postpaid' });
    const { offers } = mapKlikooProducts([
      bill('POSTPAIDPLN', 'plnpostpaid', 'PLN', 'PLN Pascabayar', 2_200),
      bill('RBASRBPJSKSH', 'bpjs', 'BPJS', 'BPJS Kesehatan', 1_500),
      bill('TSELHALO', 'hppostpaid', 'Telkomsel', 'Telkomsel Halo', 1_900),
      bill('TELKOMPSTN', 'telkom', 'Telkom', 'Telkom Telepon Rumah', 1_700),
      bill('PDAMMJK', 'pdam', 'PDAM', 'PDAM Maja Tirta Kota Mojokerto', 1_800),
      bill('RBFNFIF', 'multifinance', 'FIF', 'FIFGROUP', 3_500),
    ]);
    expect(offers.map((o) => [o.productId, o.cost, o.fee])).toEqual([
      ['bill:pln_postpaid', 0, 2_200],
      ['bill:bpjs', 0, 1_500],
      ['bill:hp_postpaid:telkomsel', 0, 1_900],
      ['bill:telkom', 0, 1_700],
      ['bill:pdam:pdammajatirtakotamojokerto', 0, 1_800],
      ['bill:multifinance:fifgroup', 0, 3_500],
    ]);
  });

  it('gives data one id across providers and skips open denominations and driver top-ups', () => {
    const { offers, skipped } = mapKlikooProducts([
      product('TSELD3', 'data', 'Telkomsel', 'Telkomsel Data 3GB 30 Hari', 24_800),
      product('DNOPEN', 'ewallet', 'DANA', 'DANA Open Denom', 1_000),
      product('MAX5000', 'maxim', 'Maxim', 'Maxim Driver 5.000', 5_750, 5_000),
    ]);
    expect(offers).toEqual([expect.objectContaining({ productId: 'data:telkomsel:telkomsel-data-3gb-30-hari', productName: 'Telkomsel Data 3GB 30 Hari', nominal: null })]);
    expect(skipped).toEqual([
      { code: 'DNOPEN', reason: 'nominal bebas tidak didukung' },
      { code: 'MAX5000', reason: 'kategori tidak dijual: maxim' },
    ]);
  });

  it('places every sandbox line except open denominations and Maxim', () => {
    const rows = klikooCatalogue.map((e) =>
      product(e.code, e.category, e.brand, e.name, e.agentPrice, e.nominal, { kind: e.kind, enabled: e.enabled, description: e.description }),
    );
    const { offers, skipped } = mapKlikooProducts(rows);
    expect(skipped.map((s) => s.code).sort()).toEqual(['DNOPEN', 'MAX10000', 'MAX20000', 'MAX5000', 'MAX50000']);
    expect(offers).toHaveLength(rows.length - 5);
  });
});
