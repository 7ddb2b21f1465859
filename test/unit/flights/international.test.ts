import { describe, expect, it } from 'vitest';
import { isInternationalRoute } from '../../../electron/core/flights/international';

describe('isInternationalRoute', () => {
  it('is false between two known Indonesian airports', () => {
    expect(isInternationalRoute('CGK', 'DPS')).toBe(false);
    expect(isInternationalRoute('DJJ', 'KNO')).toBe(false);
  });

  it('is true when either end is a known airport outside Indonesia', () => {
    expect(isInternationalRoute('CGK', 'SIN')).toBe(true);
    expect(isInternationalRoute('KUL', 'DPS')).toBe(true);
    expect(isInternationalRoute('BKK', 'PEN')).toBe(true);
  });

  it('asks for passports when a code is not a known Indonesian airport (unknown codes)', () => {
    expect(isInternationalRoute('CGK', 'XYZ')).toBe(true);
    expect(isInternationalRoute('QQQ', 'SUB')).toBe(true);
  });

  it('reads codes case- and space-insensitively like the airport list', () => {
    expect(isInternationalRoute(' cgk', 'dps ')).toBe(false);
    expect(isInternationalRoute('cgk', 'sin')).toBe(true);
  });
});
