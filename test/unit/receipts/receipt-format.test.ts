import { describe, expect, it } from 'vitest';
import { formatKwh, formatReceiptTime, periodName, periodNames, tokenGroups } from '../../../electron/core/receipts/receipt-format';

describe('receipt formatting (locale-free)', () => {
  it('writes the time in the outlet zone with its label', () => {
    const at = Date.UTC(2026, 10, 30, 16, 5); // 16:05 UTC
    expect(formatReceiptTime(at, 'Asia/Jakarta')).toBe('30/11/2026 23:05 WIB');
    expect(formatReceiptTime(at, 'Asia/Makassar')).toBe('01/12/2026 00:05 WITA');
    expect(formatReceiptTime(at, 'Asia/Jayapura')).toBe('01/12/2026 01:05 WIT');
  });

  it('names billing periods in Indonesian whatever form the provider sent', () => {
    expect(periodNames('202603,202610')).toEqual(['Maret 2026', 'Oktober 2026']);
    expect(periodNames('Agu 2026, Sep 2026, Okt 2026')).toEqual(['Agustus 2026', 'September 2026', 'Oktober 2026']);
    expect(periodName('JAN19')).toBe('Januari 2019');
    expect(periodName('Dec 2025')).toBe('Desember 2025');
    expect(periodName('2026-05')).toBe('Mei 2026');
    expect(periodName('Triwulan 3')).toBe('Triwulan 3');
    expect(periodName('202613')).toBe('202613');
  });

  it('a range the core wrote for a bill IAK sent as "first,last" reads as one range, not two months', () => {
    expect(periodNames('202604–202611')).toEqual(['April 2026 – November 2026']);
    expect(periodName('202604–202611')).toBe('April 2026 – November 2026');
  });

  it('writes kWh with the decimal comma and dot thousands', () => {
    expect(formatKwh('13.8')).toBe('13,8');
    expect(formatKwh('1234.50')).toBe('1.234,50');
    expect(formatKwh('66')).toBe('66');
    expect(formatKwh('n/a')).toBe('n/a');
  });

  it('groups a 20-digit token 4-4-4-4-4 and refuses anything else', () => {
    expect(tokenGroups('0975-0197-5574-9640-8530')).toEqual(['0975', '0197', '5574', '9640', '8530']);
    expect(tokenGroups('49225652655377187720')).toEqual(['4922', '5652', '6553', '7718', '7720']);
    expect(tokenGroups('1234 5678')).toBeNull();
    expect(tokenGroups('0MUP33EC81EDE4674A00')).toBeNull();
  });
});
