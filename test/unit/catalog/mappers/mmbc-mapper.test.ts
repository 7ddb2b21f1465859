import { describe, expect, it } from 'vitest';
import { mapMmbcPriceList } from '../../../../electron/core/catalog/mappers/mmbc-mapper';
import { rupiah } from '../../../../electron/core/money';
import { MMBC_PRODUCTS, type MmbcProductInfo } from '../../../../electron/core/providers/mmbc';

// daftarharga rows as the MMBC client hands them over (seed codes AXM5, TEL5, SI100, TSEL5).
const row = (code: string, type: string, operator: string, description: string, nominal: number, price: number, status = 'Ready'): MmbcProductInfo => ({
  code, type, operator, description, nominal: rupiah(nominal), price: rupiah(price), available: status === 'Ready', status,
});

describe('MMBC price list mapper', () => {
  it('maps every pulsa line of one denomination to the same product, promo lines to their own', () => {
    const { offers, skipped } = mapMmbcPriceList([
      row('TSEL10', 'PULSA', 'TELKOMSEL', 'Pulsa Reguler', 10_000, 10_750),
      row('TEL10', 'PULSA', 'TELKOMSEL', 'Pulsa Reguler Jalur 2', 10_000, 10_630),
      row('SI100', 'PULSA', 'TELKOMSEL', 'Pulsa Promo (masa aktif mengikuti kartu)', 100_000, 96_950),
      row('AXM5', 'PULSA', 'AXIS', 'Pulsa Reguler', 5_000, 5_850),
      row('T10', 'PULSA', 'TRI', 'Pulsa Reguler', 10_000, 10_650),
      row('SM150', 'PULSA', 'SMARTFREN', 'Pulsa Reguler', 150_000, 146_750, 'Close'),
    ]);
    expect(skipped).toEqual([]);
    expect(offers.map((o) => [o.providerCode, o.productId, o.cost, o.active])).toEqual([
      ['TSEL10', 'pulsa:telkomsel:10000', 10_750, true],
      ['TEL10', 'pulsa:telkomsel:10000', 10_630, true],
      ['SI100', 'pulsa:telkomsel:100000:promo', 96_950, true],
      ['AXM5', 'pulsa:axis:5000', 5_850, true],
      ['T10', 'pulsa:tri:10000', 10_650, true],
      ['SM150', 'pulsa:smartfren:150000', 146_750, false],
    ]);
    expect(offers[2]?.productName).toBe('Pulsa Telkomsel 100.000 (promo)');
    expect(offers[5]?.description).toBe('Pulsa Reguler (Close)');
  });

  it('gives data packages one id across providers, without a face value (MMBC nominal is the retail price)', () => {
    const { offers } = mapMmbcPriceList([row('TDF1', 'PAKET DATA', 'TELKOMSEL', 'Data Flash 1GB, 30 Hari', 25_000, 23_150)]);
    expect(offers).toEqual([
      expect.objectContaining({ productId: 'data:telkomsel:telkomsel-data-flash-1gb-30-hari', productName: 'Telkomsel Data Flash 1GB 30 Hari', category: 'data', nominal: null, cost: 23_150 }),
    ]);
  });

  it('skips unknown operators and product types', () => {
    const { offers, skipped } = mapMmbcPriceList([
      row('NET10', 'PULSA', 'NET1', 'Pulsa Reguler', 10_000, 10_500),
      row('GV10', 'VOUCHER GAME', 'TELKOMSEL', 'Voucher', 10_000, 10_200),
    ]);
    expect(offers).toEqual([]);
    expect(skipped).toEqual([
      { code: 'NET10', reason: 'operator tidak dikenal: NET1' },
      { code: 'GV10', reason: 'jenis produk tidak dijual: VOUCHER GAME' },
    ]);
  });

  it('places every line of the sandbox catalogue', () => {
    const rows = MMBC_PRODUCTS.map((p) => row(p.code, p.type, p.operator, p.description, p.nominal, p.price, p.status));
    const { offers, skipped } = mapMmbcPriceList(rows);
    expect(skipped).toEqual([]);
    expect(offers).toHaveLength(rows.length);
  });
});
