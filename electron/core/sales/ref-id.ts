import { randomBytes } from 'node:crypto';

/**
 * Our reference at the provider: time-ordered and random, letters and digits only (IAK refuses
 * anything else, rc 03). Never a counter: a counter restarts after restoring a backup, and a reused
 * reference would make a provider answer with an old sale's status.
 */
export function newRefId(now: number = Date.now()): string {
  const time = now.toString(36).toUpperCase().padStart(9, '0');
  const random = BigInt(`0x${randomBytes(10).toString('hex')}`).toString(36).toUpperCase().padStart(16, '0');
  return `LK${time}${random}`;
}
