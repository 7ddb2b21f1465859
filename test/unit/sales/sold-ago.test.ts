import { describe, expect, it } from 'vitest';
import { soldAgo } from '../../../electron/core/sales/guards';

const at = Date.UTC(2026, 11, 1, 0, 30, 0);

describe('repeat-sale warning: how long ago the earlier sale was', () => {
  it('says "baru saja dijual" under a minute, never "0 menit lalu"', () => {
    expect(soldAgo(at, at)).toBe('baru saja dijual');
    expect(soldAgo(at + 59_000, at)).toBe('baru saja dijual');
  });

  it('counts whole minutes from one minute on', () => {
    expect(soldAgo(at + 60_000, at)).toBe('sudah dijual 1 menit lalu');
    expect(soldAgo(at + 119_000, at)).toBe('sudah dijual 1 menit lalu');
    expect(soldAgo(at + 9 * 60_000 + 30_000, at)).toBe('sudah dijual 9 menit lalu');
  });

  it('a clock that went back reads "baru saja", not a negative minute', () => {
    expect(soldAgo(at - 5_000, at)).toBe('baru saja dijual');
  });
});
