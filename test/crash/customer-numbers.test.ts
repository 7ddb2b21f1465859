import { describe, expect, it } from 'vitest';
import { CustomerNumbers, quotaPerRun } from './customer-numbers';

/** The crash test matches MMBC's transactions by number, so no two crash sales may ever share one. */
describe('crash customer numbers', () => {
  it.each([100, 20, 15, 5])('every number of every one of %i seller runs is distinct, a valid Telkomsel number, ending as asked', (runs) => {
    const quota = quotaPerRun(runs);
    const seen = new Set<string>();
    const wrong: string[] = [];
    const suffixes = ['9999', '8888', '7777', '1234'];
    for (let run = 0; run < runs; run += 1) {
      const numbers = new CustomerNumbers({ run, quota });
      for (let n = 0; n < quota; n += 1) {
        const suffix = suffixes[n % suffixes.length]!;
        const number = numbers.next(suffix);
        // MMBC: 08… with 10-13 digits; IAK: 08 + 8-12 digits; 0812 is Telkomsel for both.
        if (number === null || !/^0812\d{9}$/.test(number) || !number.endsWith(suffix)) wrong.push(`${run}/${n}: ${number}`);
        else seen.add(number);
      }
      expect(numbers.next('1234'), 'a run stops at its quota').toBeNull();
    }
    expect(wrong).toEqual([]);
    expect(seen.size).toBe(runs * quota);
  });

  it('refuses a run count or a run that would share numbers', () => {
    expect(() => quotaPerRun(1001)).toThrow(/at most 1000/);
    expect(() => new CustomerNumbers({ run: 20, quota: quotaPerRun(20) })).toThrow(/outside/);
    expect(() => new CustomerNumbers({ run: 0, quota: 1000 }).next('123')).toThrow(/four digits/);
  });
});
