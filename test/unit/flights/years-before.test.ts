import { describe, expect, it } from 'vitest';
import { yearsBefore } from '../../support/years-before';

/** The flight tests' birthday and passport helper must give real dates whatever day the suite runs. */
describe('yearsBefore (test helper)', () => {
  it('a 29 February flight date clamps to 28 February in years without one, both ways', () => {
    expect(yearsBefore('2028-02-29', 30)).toBe('1998-02-28');
    expect(yearsBefore('2028-02-29', -2)).toBe('2030-02-28');
    expect(yearsBefore('2028-02-29', 4)).toBe('2024-02-29');
  });

  it('ordinary days and months back', () => {
    expect(yearsBefore('2026-12-20', 30)).toBe('1996-12-20');
    expect(yearsBefore('2026-03-31', 0, 1)).toBe('2026-02-28');
    expect(yearsBefore('2026-01-15', 1, 2)).toBe('2024-11-15');
  });
});
