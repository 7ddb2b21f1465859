import { describe, expect, it } from 'vitest';
import { waitAfterWrongPin, waitInWords } from '../../../electron/core/users/pin-backoff';

describe('wrong-PIN backoff', () => {
  it('lets 2 wrong PINs pass, then waits 30 s, 60 s, and 15 minutes from the 5th on', () => {
    expect([1, 2, 3, 4, 5, 6, 20].map(waitAfterWrongPin)).toEqual([0, 0, 30_000, 60_000, 900_000, 900_000, 900_000]);
  });

  it('says the wait in words, rounded up', () => {
    expect(waitInWords(900_000)).toBe('15 menit');
    expect(waitInWords(840_001)).toBe('15 menit');
    expect(waitInWords(840_000)).toBe('14 menit');
    expect(waitInWords(60_000)).toBe('1 menit');
    expect(waitInWords(59_001)).toBe('60 detik');
    expect(waitInWords(20_000)).toBe('20 detik');
    expect(waitInWords(1)).toBe('1 detik');
  });
});
