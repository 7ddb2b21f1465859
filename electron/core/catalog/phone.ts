import { AppError } from '../errors/app-error';

/**
 * Indonesian mobile numbers as cashiers type or paste them: "0812-3456-7890", "+62 812 3456 7890",
 * "6281234567890", "812 3456 7890". The local form (08…, 10–13 digits) is what every provider
 * accepts, so it is the one form Loket stores and sends.
 */
export type PhoneReading =
  | { ok: true; local: string }
  | { ok: false; problem: 'empty' | 'characters' | 'not_mobile' | 'too_long'; message: string }
  | { ok: false; problem: 'too_short'; local: string; message: string };

export const MIN_PHONE_DIGITS = 10;
export const MAX_PHONE_DIGITS = 13;

const EXAMPLE = 'contoh 0812 3456 7890';

export function readPhone(input: string): PhoneReading {
  // Spaces, dashes, dots and brackets are how numbers get grouped on paper and in contacts.
  const compact = input.trim().replace(/[\s\-.()]/g, '');
  if (compact === '') return { ok: false, problem: 'empty', message: 'Nomor HP wajib diisi.' };
  const plus = compact.startsWith('+');
  const digits = plus ? compact.slice(1) : compact;
  if (!/^\d+$/.test(digits) || (plus && !digits.startsWith('62'))) {
    return { ok: false, problem: 'characters', message: `Nomor HP "${input.trim().slice(0, 40)}" hanya boleh berisi angka (boleh diawali +62).` };
  }
  const local = toLocal(digits);
  if (local === null && /^(0|6|62|620)$/.test(digits)) {
    // The first keystrokes of a number still being typed.
    return { ok: false, problem: 'too_short', local: '', message: `Nomor HP terlalu pendek; minimal ${MIN_PHONE_DIGITS} digit.` };
  }
  if (local === null) {
    return { ok: false, problem: 'not_mobile', message: `Nomor ${digits} bukan nomor HP: harus diawali 08, 62 atau +62 (${EXAMPLE}).` };
  }
  if (local.length > MAX_PHONE_DIGITS) {
    return { ok: false, problem: 'too_long', message: `Nomor HP terlalu panjang (${local.length} digit); maksimal ${MAX_PHONE_DIGITS} digit.` };
  }
  if (local.length < MIN_PHONE_DIGITS) {
    return { ok: false, problem: 'too_short', local, message: `Nomor HP terlalu pendek (${local.length} digit); minimal ${MIN_PHONE_DIGITS} digit.` };
  }
  return { ok: true, local };
}

/** 62… and 8… become 0…; "+62 0812…" (a doubled trunk zero) is read as 0812…. */
function toLocal(digits: string): string | null {
  let local = digits;
  if (local.startsWith('62')) local = local.slice(2).startsWith('0') ? local.slice(2) : `0${local.slice(2)}`;
  else if (local.startsWith('8')) local = `0${local}`;
  return local.startsWith('08') ? local : null;
}

/** The local form of a complete number; refuses anything else with a message the cashier can act on. */
export function normalisePhone(input: string): string {
  const reading = readPhone(input);
  if (!reading.ok) throw new AppError('invalid_input', reading.message);
  return reading.local;
}
