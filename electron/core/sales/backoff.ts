import type { ProviderId } from '../domain/provider-id';
import { AYOCONNECT_STATUS_WAIT_MS } from '../providers/ayoconnect';

/**
 * When to ask again about a pending/unknown sale: quickly at first (most settle within seconds),
 * then spreading out so a provider that is down for hours is not hammered, then hourly.
 */
export const DEFAULT_CHECK_DELAYS_MS = [2_000, 4_000, 8_000, 15_000, 30_000, 60_000, 120_000, 300_000, 600_000, 1_800_000, 3_600_000];

/**
 * Providers that ask for a wait before the first status check of a sale: Ayoconnect says to hit the
 * status API only after 150 seconds (its callback usually arrives first and is checked at once).
 */
export const DEFAULT_FIRST_CHECK_WAIT_MS: Readonly<Partial<Record<ProviderId, number>>> = { ayoconnect: AYOCONNECT_STATUS_WAIT_MS };

export function nextCheckDelay(checkCount: number, delays: readonly number[] = DEFAULT_CHECK_DELAYS_MS): number {
  const base = delays[Math.min(checkCount, delays.length - 1)] ?? 3_600_000;
  // Up to 10% jitter so many open sales do not fire at once.
  return Math.round(base * (1 + Math.random() * 0.1));
}
