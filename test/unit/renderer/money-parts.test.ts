import { describe, expect, it } from 'vitest';
import { moneyParts } from '../../../renderer/src/components/common/money-parts';
import { formatRupiah, formatSignedRupiah } from '../../../renderer/src/format/rupiah';

/** electron/core/money/limits.ts ACCOUNT_BALANCE_LIMIT: the most any account may hold (the web project cannot import the core). */
const ACCOUNT_BALANCE_LIMIT = 999_999_999_999_999;

describe('moneyParts: where a tile may break an amount', () => {
  it('breaks only after thousands dots, and the parts read exactly as formatRupiah', () => {
    const parts = moneyParts(2_091_650_000);
    expect(parts.join('')).toBe(formatRupiah(2_091_650_000));
    expect(parts.slice(0, -1).every((p) => p.endsWith('.'))).toBe(true);
    expect(parts).toHaveLength(4);
  });

  it('keeps the largest balance an account may hold whole, sign included', () => {
    expect(moneyParts(-ACCOUNT_BALANCE_LIMIT).join('')).toBe(formatRupiah(-ACCOUNT_BALANCE_LIMIT));
    expect(moneyParts(5_000, true).join('')).toBe(formatSignedRupiah(5_000));
  });

  it('shows a dash for a figure not loaded yet, and small amounts as one piece', () => {
    expect(moneyParts(undefined)).toEqual(['—']);
    expect(moneyParts(null)).toEqual(['—']);
    expect(moneyParts(500)).toEqual([formatRupiah(500)]);
  });
});
