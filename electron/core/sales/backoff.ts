/**
 * When to ask again about a pending/unknown sale: quickly at first (most settle within seconds),
 * then spreading out so a provider that is down for hours is not hammered, then hourly.
 */
export const DEFAULT_CHECK_DELAYS_MS = [2_000, 4_000, 8_000, 15_000, 30_000, 60_000, 120_000, 300_000, 600_000, 1_800_000, 3_600_000];

export function nextCheckDelay(checkCount: number, delays: readonly number[] = DEFAULT_CHECK_DELAYS_MS): number {
  const base = delays[Math.min(checkCount, delays.length - 1)] ?? 3_600_000;
  // Up to 10% jitter so many open sales do not fire at once.
  return Math.round(base * (1 + Math.random() * 0.1));
}
