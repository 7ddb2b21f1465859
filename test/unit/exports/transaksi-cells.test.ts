import { describe, expect, it } from 'vitest';
import { transaksiCells, type ExportSaleRow } from '../../../electron/core/exports';

const sale = (overrides: Partial<ExportSaleRow> = {}): ExportSaleRow => ({
  id: 1, refId: 'LK1', kind: 'pulsa', provider: 'iak', productName: 'Telkomsel 10.000', customerNo: '0812', customerName: null,
  price: 12_000, cost: 10_500, reportedCost: null, state: 'success', refund: 'none', serial: 'SN1', message: 'Sukses', providerRef: 'TR9',
  businessDay: '2026-12-01', createdAt: Date.UTC(2026, 10, 30, 16, 30, 0), cashier: null, rerouted: 0, ...overrides,
});

describe('transaksiCells', () => {
  it('dates are the outlet wall clock: 16:30 UTC is 00:30 on 1 December in WITA, 23:30 on 30 November in WIB', () => {
    expect(transaksiCells(sale(), 'Asia/Makassar')[0]).toEqual(new Date(Date.UTC(2026, 11, 1, 0, 30, 0)));
    expect(transaksiCells(sale({ businessDay: '2026-11-30' }), 'Asia/Jakarta')[0]).toEqual(new Date(Date.UTC(2026, 10, 30, 23, 30, 0)));
    expect(transaksiCells(sale(), 'Asia/Jayapura')[1]).toEqual(new Date(Date.UTC(2026, 11, 1)));
  });

  it('cost is what the provider charged (its report when believed) and margin = price - cost, only for a success', () => {
    expect(transaksiCells(sale(), 'Asia/Jakarta').slice(9, 12)).toEqual([12_000, 10_500, 1_500]);
    expect(transaksiCells(sale({ reportedCost: 10_750 }), 'Asia/Jakarta').slice(9, 12)).toEqual([12_000, 10_750, 1_250]);
    for (const state of ['failed', 'pending', 'unknown', 'sent', 'committed']) {
      expect(transaksiCells(sale({ state }), 'Asia/Jakarta').slice(9, 12)).toEqual([12_000, null, null]);
    }
  });

  it('labels in Indonesian; a sale outside a shift is "Tanpa shift"; an unknown code shows as itself', () => {
    const cells = transaksiCells(sale({ kind: 'pln_token', provider: 'ayoconnect', state: 'failed', refund: 'due' }), 'Asia/Jakarta');
    expect([cells[3], cells[4], cells[8], cells[12], cells[15]]).toEqual(['Token PLN', 'Ayoconnect', 'Gagal', 'Belum dikembalikan', 'Tanpa shift']);
    expect(transaksiCells(sale({ cashier: 'Sari', kind: 'voucher' }), 'Asia/Jakarta')[15]).toBe('Sari');
    expect(transaksiCells(sale({ kind: 'voucher' }), 'Asia/Jakarta')[3]).toBe('voucher');
  });

  it('a refused attempt that was rerouted says so instead of "Gagal": its sale is the next attempt', () => {
    expect(transaksiCells(sale({ state: 'failed', rerouted: 1 }), 'Asia/Jakarta')[8]).toBe('Dialihkan');
  });
});
