import { describe, expect, it } from 'vitest';
import { mapIakPriceList } from '../../../../electron/core/catalog/mappers/iak-mapper';
import { rupiah } from '../../../../electron/core/money';
import { POSTPAID_PRODUCTS, PREPAID_PRODUCTS, type IakPostpaidProduct, type IakPrepaidProduct } from '../../../../electron/core/providers/iak';

// Lines as the IAK client hands them over (price-list fields of IAK's own samples and the sandbox).
const prepaid = (code: string, operator: string, nominal: string, price: number, type: string, extra: Partial<IakPrepaidProduct> = {}): IakPrepaidProduct => ({
  code, operator, nominal, details: '-', price: rupiah(price), type, category: type, activePeriodDays: 30, active: true, ...extra,
});
const postpaid = (code: string, name: string, type: string, fee: number, commission: number, extra: Partial<IakPostpaidProduct> = {}): IakPostpaidProduct => ({
  code, name, type, fee: rupiah(fee), commission: rupiah(commission), active: true, ...extra,
});

describe('IAK price list mapper', () => {
  it('maps pulsa, by.U, PLN tokens and e-wallets to shared product ids', () => {
    const { offers, skipped } = mapIakPriceList(
      [
        prepaid('htelkomsel10000', 'Telkomsel', '10000', 10_300, 'pulsa'),
        prepaid('hthree5000', 'Three', '5000', 5_300, 'pulsa'),
        prepaid('hbyu10000', 'by.U', '10000', 10_150, 'pulsa'),
        prepaid('xld15000', 'XL', '15000', 15_250, 'pulsa', { active: false }),
        prepaid('hpln20000', 'PLN', '20000', 20_500, 'pln'),
        prepaid('go50', 'GoPay E-Money', 'GO-PAY Rp 50.000', 52_000, 'etoll', { details: 'Topup saldo Go-Pay' }),
        prepaid('shopeepay20', 'ShopeePay', 'ShopeePay Rp 20.000', 21_500, 'etoll'),
      ],
      [],
    );
    expect(skipped).toEqual([]);
    expect(offers.map((o) => [o.providerCode, o.productId, o.productName, o.cost, o.active])).toEqual([
      ['htelkomsel10000', 'pulsa:telkomsel:10000', 'Pulsa Telkomsel 10.000', 10_300, true],
      ['hthree5000', 'pulsa:tri:5000', 'Pulsa Tri 5.000', 5_300, true],
      ['hbyu10000', 'pulsa:by.u:10000', 'Pulsa by.U 10.000', 10_150, true],
      ['xld15000', 'pulsa:xl:15000', 'Pulsa XL 15.000', 15_250, false],
      ['hpln20000', 'pln_token:pln:20000', 'Token PLN 20.000', 20_500, true],
      ['go50', 'ewallet:gopay:50000', 'GoPay 50.000', 52_000, true],
      ['shopeepay20', 'ewallet:shopeepay:20000', 'ShopeePay 20.000', 21_500, true],
    ]);
    expect(offers[5]).toMatchObject({ provider: 'iak', category: 'ewallet', operator: 'gopay', nominal: 50_000, fee: null });
    expect(offers[5]?.description).toContain('Topup saldo Go-Pay');
  });

  it('gives data packages one id across providers, named with the operator', () => {
    const { offers } = mapIakPriceList([prepaid('tseldata250MB', 'Telkomsel Paket Internet', 'Data Flash 250MB / 7 Hari', 10_000, 'data')], []);
    expect(offers).toEqual([
      expect.objectContaining({ productId: 'data:telkomsel:telkomsel-data-flash-250mb-7-hari', productName: 'Telkomsel Data Flash 250MB 7 Hari', category: 'data', operator: 'telkomsel', nominal: null, cost: 10_000 }),
    ]);
  });

  it('maps postpaid bills with cost 0 and the net fee (admin - commission)', () => {
    const { offers } = mapIakPriceList(
      [],
      [
        postpaid('PLNPOSTPAID', 'PLN Pascabayar', 'pln', 2_500, 600),
        postpaid('PLNNONTAG', 'PLN Non Taglis', 'pln', 2_500, 500),
        postpaid('BPJS', 'BPJS Kesehatan', 'bpjs', 2_500, 200),
        postpaid('BPJSTK', 'BPJS Ketenagakerjaan Bukan Penerima Upah', 'bpjs', 2_500, 300),
        postpaid('HPTHREE', 'Tri Pascabayar', 'hp', 0, 1_000),
        postpaid('TELKOMSPEEDY', 'IndiHome / Telkom Speedy', 'internet', 2_500, 1_200),
        postpaid('PDAMKOTA.SURABAYA', 'PDAM Surya Sembada Kota Surabaya', 'pdam', 2_000, 700, { province: 'Jawa Timur' }),
        postpaid('TVBIG', 'BIG TV', 'tv', 2_500, 700, { active: false }),
      ],
    );
    expect(offers.map((o) => [o.productId, o.operator, o.cost, o.fee, o.active])).toEqual([
      ['bill:pln_postpaid', 'pln_postpaid', 0, 1_900, true],
      ['bill:pln_nontaglis', 'pln_nontaglis', 0, 2_000, true],
      ['bill:bpjs', 'bpjs', 0, 2_300, true],
      ['bill:bpjs:tk_bpu', 'bpjs', 0, 2_200, true],
      ['bill:hp_postpaid:tri', 'hp_postpaid', 0, 0, true],
      ['bill:telkom:indihome', 'telkom', 0, 1_300, true],
      ['bill:pdam:pdamsuryasembadakotasurabaya', 'pdam', 0, 1_300, true],
      ['bill:internet_tv:bigtv', 'internet_tv', 0, 1_800, false],
    ]);
    expect(offers[6]?.description).toBe('PDAM Surya Sembada Kota Surabaya · Jawa Timur');
  });

  it('skips what it cannot place instead of guessing', () => {
    const { offers, skipped } = mapIakPriceList(
      [
        prepaid('hxyz10000', 'Operator Baru', '10000', 10_100, 'pulsa'),
        prepaid('gameml86', 'Mobile Legends', '86 Diamonds', 20_000, 'game'),
        prepaid('hpln', 'PLN', 'Token', 20_500, 'pln'),
        prepaid('htelkomsel10000', 'Telkomsel', '10000', 10_300, 'pulsa'),
        prepaid('htelkomsel10000', 'Telkomsel', '10000', 10_300, 'pulsa'),
      ],
      [postpaid('ZAKAT', 'Zakat', 'donasi', 0, 0)],
    );
    expect(offers).toHaveLength(1);
    expect(skipped.map((s) => s.code)).toEqual(['hxyz10000', 'gameml86', 'hpln', 'htelkomsel10000', 'ZAKAT']);
  });

  it('places every line of the sandbox catalogue', () => {
    const pre = PREPAID_PRODUCTS.map((p) =>
      prepaid(p.product_code, p.product_description, p.product_nominal, p.product_price, p.product_type, { active: p.status === 'active', details: p.product_details }),
    );
    const post = POSTPAID_PRODUCTS.map((p) => postpaid(p.code, p.name, p.type, p.fee, p.komisi, { active: p.status === 1 }));
    const { offers, skipped } = mapIakPriceList(pre, post);
    expect(skipped).toEqual([]);
    expect(offers).toHaveLength(pre.length + post.length);
  });
});
