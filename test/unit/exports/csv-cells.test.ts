import { describe, expect, it } from 'vitest';
import { csvFields, defuseFormula, TRANSAKSI_COLUMNS } from '../../../electron/core/exports';

describe('defuseFormula', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+62 812', "'+62 812"],
    ['-Budi', "'-Budi"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=cmd', "'\t=cmd"],
    ['\r=cmd', "'\r=cmd"],
  ])('prefixes %j with a single quote', (text, defused) => {
    expect(defuseFormula(text)).toBe(defused);
  });

  it.each(['Budi', '081234567890', 'Token PLN 50.000', '', 'a=b'])('leaves %j alone', (text) => {
    expect(defuseFormula(text)).toBe(text);
  });
});

describe('csvFields', () => {
  it('writes numbers plainly (a negative margin is a number, not a formula), dates on the wall clock, blanks for none', () => {
    const cells = [
      new Date(Date.UTC(2026, 10, 30, 23, 30, 5)), new Date(Date.UTC(2026, 10, 30)), 'LK1', 'Pulsa', 'IAK', 'X', '0812', '=evil()',
      'Berhasil', 1_250_000, 1_300_000, -50_000, '-', '', '', 'Sari', '+62 gagal',
    ];
    expect(csvFields(cells, TRANSAKSI_COLUMNS)).toEqual([
      '2026-11-30 23:30:05', '2026-11-30', 'LK1', 'Pulsa', 'IAK', 'X', '0812', "'=evil()", 'Berhasil', '1250000', '1300000', '-50000', "'-", '', '', 'Sari',
      "'+62 gagal",
    ]);
    expect(csvFields([...cells.slice(0, 10), null, null, ...cells.slice(12)], TRANSAKSI_COLUMNS).slice(10, 12)).toEqual(['', '']);
  });
});
