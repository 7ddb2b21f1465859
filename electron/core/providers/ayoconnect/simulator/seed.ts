/**
 * Deterministic "randomness" for generated bills: the same account number and product always get
 * the same customer name and amounts, so tests and training sessions are repeatable.
 */
export interface Rng {
  /** Integer in [min, max]. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
}

export function rngFor(...parts: string[]): Rng {
  let state = fnv1a(parts.join('|')) || 1;
  const next = (): number => {
    // xorshift32
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x1_0000_0000;
  };
  return {
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)] as (typeof items)[number],
  };
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

const NAMES = [
  'SITI AMINAH', 'BUDI SANTOSO', 'AGUS SETIAWAN', 'DEWI LESTARI', 'RINA WATI', 'HENDRA GUNAWAN',
  'SRI MULYANI', 'ANDI PRATAMA', 'NUR HIDAYAH', 'WAHYU NUGROHO', 'YULIANA PUTRI', 'SUPRIYADI',
  'EKO PRASETYO', 'FITRI HANDAYANI', 'JOKO SUSILO', 'MAYA SARI', 'IWAN KURNIAWAN', 'LINDA PERMATA',
];

export function customerName(rng: Rng): string {
  return rng.pick(NAMES);
}

/** Telco billers mask names the way the docs sample does ("RUSXXXXXXXNDI"). */
export function maskName(name: string): string {
  const compact = name.replace(/\s+/g, '');
  if (compact.length <= 6) return compact;
  return `${compact.slice(0, 3)}${'X'.repeat(compact.length - 6)}${compact.slice(-3)}`;
}

const MONTHS_ID = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];

/** "Mei 2026" for `offset` months from the month of `now` (negative = past). */
export function monthLabel(now: number, offset: number): string {
  const d = new Date(now);
  const index = d.getFullYear() * 12 + d.getMonth() + offset;
  return `${MONTHS_ID[((index % 12) + 12) % 12]} ${Math.floor(index / 12)}`;
}

/** The 20th of the month after the billed month, e.g. "20-Jun-2026". */
export function dueDateLabel(now: number, offset: number): string {
  const [month, year] = monthLabel(now, offset + 1).split(' ');
  return `20-${month}-${year}`;
}

/** "07 Sep 2022 | 17:47", as in the docs' customerDetails. */
export function paymentTimeLabel(now: number): string {
  const d = new Date(now);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${pad(d.getDate())} ${MONTHS_ID[d.getMonth()]} ${d.getFullYear()} | ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function roundTo(value: number, step: number): number {
  return Math.round(value / step) * step;
}

export function digits(rng: Rng, count: number): string {
  let out = '';
  for (let i = 0; i < count; i += 1) out += String(rng.int(0, 9));
  return out;
}
