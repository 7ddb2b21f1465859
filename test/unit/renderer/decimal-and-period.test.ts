import { describe, expect, it } from 'vitest';
import { formatDecimal } from '../../../renderer/src/format/decimal';
import { formatBillPeriod, formatBillPeriods } from '../../../renderer/src/format/bill-period';

describe('decimals in the UI language', () => {
  it('writes a decimal comma in Indonesian and a point in English', () => {
    expect(formatDecimal('13.8', 'id-ID')).toBe('13,8');
    expect(formatDecimal('13.8', 'en-GB')).toBe('13.8');
    expect(formatDecimal(1234.5, 'id-ID')).toBe('1.234,5');
    expect(formatDecimal('13,80', 'en-GB')).toBe('13.8');
  });

  it('keeps text that is not a number as the provider sent it', () => {
    expect(formatDecimal(' 13 kWh ', 'id-ID')).toBe('13 kWh');
  });
});

describe('bill periods as month names', () => {
  it('names each period the provider sends, in the UI language', () => {
    expect(formatBillPeriod('202603', 'id-ID')).toBe('Maret 2026');
    expect(formatBillPeriod('202603', 'en-GB')).toBe('March 2026');
    expect(formatBillPeriod('Agu 2026', 'id-ID')).toBe('Agustus 2026');
    expect(formatBillPeriod('JAN19', 'id-ID')).toBe('Januari 2019');
    expect(formatBillPeriod('2026-10', 'id-ID')).toBe('Oktober 2026');
  });

  it('splits a list into one period per entry and keeps unknown text', () => {
    expect(formatBillPeriods('202603,202610', 'id-ID')).toEqual(['Maret 2026', 'Oktober 2026']);
    expect(formatBillPeriods('Agu 2026; bulan lalu', 'id-ID')).toEqual(['Agustus 2026', 'bulan lalu']);
    expect(formatBillPeriods('', 'id-ID')).toEqual([]);
  });
});
