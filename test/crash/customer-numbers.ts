/**
 * Crash sales' customer numbers, unique by construction. MMBC takes no reference of ours, so the
 * crash test matches MMBC's transactions to sales by destination number: two sales sharing a
 * number would look like a double charge (and a random number repeats often enough to fail a
 * 100-kill run). Each seller run owns a block of `quota` serials; a number is
 * `0812` + five digits (run × quota + serial) + four digits that pick the simulator's outcome,
 * 13 digits, a valid Telkomsel number for every provider's rules.
 */
export interface SellerRun {
  /** 0, 1, 2, ...: which start of the seller this is within one crash test. */
  run: number;
  /** Sales this run may start; the blocks of all runs fit in the five digits. */
  quota: number;
}

const SERIAL_SPACE = 100_000;

/** The block size that gives each of `runs` seller starts its own numbers. */
export function quotaPerRun(runs: number): number {
  const quota = Math.floor(SERIAL_SPACE / runs);
  if (quota < 100) throw new Error(`${runs} seller runs leave under 100 unique numbers each; use at most ${SERIAL_SPACE / 100}`);
  return quota;
}

export class CustomerNumbers {
  private issued = 0;

  constructor(private readonly seller: SellerRun) {
    if (!Number.isInteger(seller.run) || seller.run < 0 || (seller.run + 1) * seller.quota > SERIAL_SPACE) {
      throw new Error(`seller run ${JSON.stringify(seller)} falls outside the ${SERIAL_SPACE} unique numbers`);
    }
  }

  /** The next unused number ending in `suffix`, or null once this run's block is used up. */
  next(suffix: string): string | null {
    if (!/^\d{4}$/.test(suffix)) throw new Error(`suffix must be four digits: ${suffix}`);
    if (this.issued >= this.seller.quota) return null;
    const serial = this.seller.run * this.seller.quota + this.issued;
    this.issued += 1;
    return `0812${String(serial).padStart(5, '0')}${suffix}`;
  }
}
