/**
 * Deterministic pseudo-randomness for the simulator: the same route and date always give the
 * same flights, the same invoice always the same serial number. Not for anything secret.
 */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a small seeded generator with values in [0, 1). */
export function seededRandom(seed: string): () => number {
  let state = hash32(seed);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(rand: () => number, items: readonly T[]): T {
  const item = items[Math.floor(rand() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

export function between(rand: () => number, lo: number, hi: number): number {
  return lo + Math.floor(rand() * (hi - lo + 1));
}

/** Digits derived from a seed, e.g. operator serial numbers and ticket numbers. */
export function digitsFrom(seed: string, length: number): string {
  const rand = seededRandom(seed);
  let out = '';
  while (out.length < length) out += String(Math.floor(rand() * 10));
  return out;
}

export const roundTo = (value: number, step: number): number => Math.round(value / step) * step;
