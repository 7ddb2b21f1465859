import { describe, expect, it } from 'vitest';
import { countdownAt, formatCountdown, URGENT_MS } from '../../../renderer/src/composables/use-countdown';

const t = (key: string, named?: Record<string, unknown>) => (key === 'flights.countdown.long' ? `${String(named?.h)} jam ${String(named?.m)} menit` : key === 'flights.countdown.passed' ? 'lewat' : key);

describe('booking countdown', () => {
  it('writes mm:ss under an hour and "x jam y menit" from an hour, never more time than there is', () => {
    expect(formatCountdown(59 * 60_000 + 59_999, t)).toBe('59:59');
    expect(formatCountdown(9 * 60_000 + 5_000, t)).toBe('09:05');
    expect(formatCountdown(999, t)).toBe('00:00');
    expect(formatCountdown(3_600_000, t)).toBe('1 jam 0 menit');
    expect(formatCountdown(2 * 3_600_000 + 15 * 60_000 + 59_000, t)).toBe('2 jam 15 menit');
  });

  it('says the time limit has passed at zero, and turns urgent under 10 minutes only', () => {
    expect(formatCountdown(0, t)).toBe('lewat');
    expect(countdownAt(1_000, 1_000)).toEqual({ remainingMs: 0, passed: true, urgent: false });
    expect(countdownAt(1_000, 5_000)).toEqual({ remainingMs: 0, passed: true, urgent: false });
    expect(countdownAt(URGENT_MS, 0)).toEqual({ remainingMs: URGENT_MS, passed: false, urgent: false });
    expect(countdownAt(URGENT_MS - 1, 0)).toEqual({ remainingMs: URGENT_MS - 1, passed: false, urgent: true });
  });
});
