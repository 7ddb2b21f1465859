import { describe, expect, it } from 'vitest';
import { formatDecimal } from '../../../renderer/src/format/decimal';
import { billMonths, formatBillPeriod, formatBillPeriods } from '../../../renderer/src/format/bill-period';

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
    // The core's range for a long bill IAK sent only as "first,last" (issue 12 QA): one line, both ends.
    expect(formatBillPeriods('202604–202611', 'id-ID')).toEqual(['April 2026 – November 2026']);
    expect(formatBillPeriods('202604–202611', 'en-GB')).toEqual(['April 2026 – November 2026']);
    expect(formatBillPeriods('Agu 2026; bulan lalu', 'id-ID')).toEqual(['Agustus 2026', 'bulan lalu']);
    expect(formatBillPeriods('', 'id-ID')).toEqual([]);
  });
});

describe('billMonths: every month of a bill and the count', () => {
  it('one line per month from the lines the core itemised', () => {
    const periods = ['202604', '202605', '202606'].map((period) => ({ period }));
    expect(billMonths({ periods, details: { jumlahBulan: 3 } }, 'id-ID')).toEqual({ months: ['April 2026', 'Mei 2026', 'Juni 2026'], count: 3 });
  });

  it('a range counts the months the provider said, not one line', () => {
    expect(billMonths({ periods: [{ period: '202604–202611' }], details: { jumlahBulan: 8 } }, 'id-ID')).toEqual({
      months: ['April 2026 – November 2026'],
      count: 8,
    });
  });

  it('without a count, the months listed', () => {
    expect(billMonths({ periods: [{ period: '202610,202611' }], details: {} }, 'en-GB')).toEqual({ months: ['October 2026', 'November 2026'], count: 2 });
  });
});
