import { describe, expect, it } from 'vitest';
import { addDays, includesDay, presetOf, presetRange } from '../../../renderer/src/stores/report-range';

describe('report ranges (business days)', () => {
  it('counts presets from the business day, across month and year ends', () => {
    expect(presetRange('today', '2025-03-01')).toEqual({ from: '2025-03-01', to: '2025-03-01' });
    expect(presetRange('yesterday', '2025-03-01')).toEqual({ from: '2025-02-28', to: '2025-02-28' });
    expect(presetRange('yesterday', '2024-03-01')).toEqual({ from: '2024-02-29', to: '2024-02-29' });
    expect(presetRange('last7', '2026-01-03')).toEqual({ from: '2025-12-28', to: '2026-01-03' });
    expect(presetRange('thisMonth', '2025-11-24')).toEqual({ from: '2025-11-01', to: '2025-11-24' });
  });

  it('a day is a day whatever the PC zone does (no DST hour lost)', () => {
    // 30 March 2025 is a DST change in Europe; counted as dates it is still one day.
    expect(addDays('2025-03-29', 1)).toBe('2025-03-30');
    expect(addDays('2025-03-30', 1)).toBe('2025-03-31');
    expect(addDays('2025-10-27', -1)).toBe('2025-10-26');
  });

  it('recognises a typed range as its preset, and says whether today is inside', () => {
    expect(presetOf({ from: '2025-11-18', to: '2025-11-24' }, '2025-11-24')).toBe('last7');
    expect(presetOf({ from: '2025-11-17', to: '2025-11-24' }, '2025-11-24')).toBeNull();
    expect(includesDay({ from: '2025-11-18', to: '2025-11-24' }, '2025-11-24')).toBe(true);
    expect(includesDay({ from: '2025-11-18', to: '2025-11-23' }, '2025-11-24')).toBe(false);
  });
});
