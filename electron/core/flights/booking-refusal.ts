import type { FieldError, PassengerType } from './passenger-rules';

/**
 * MMBC's postbooking refusal as field errors. The `message` form lists one problem per line
 * ("\r\n"): "Psg 2 name '' is an empty string", "Psg 1 title 'Mr' not valid for Child !",
 * "Contact email not valid !", "Seat tidak mencukupi, sisa seat 1", "no result". MMBC numbers the
 * passengers adults first, then children, then infants (the order the client sends them), so "Psg N"
 * is mapped back to the index in the cashier's own list. A line naming no field is an error of the
 * booking as a whole (passenger -1, field 'booking'). The provider's words are kept after ours.
 */
const ORDER: Record<PassengerType, number> = { adult: 0, child: 1, infant: 2 };

/** Index in our list of each position MMBC counts (0-based): adults, children, infants, each in our order. */
export function providerOrder(types: readonly PassengerType[]): number[] {
  return types.map((type, index) => ({ type, index })).sort((a, b) => ORDER[a.type] - ORDER[b.type] || a.index - b.index).map((p) => p.index);
}

const PASSENGER_FIELDS: [RegExp, string, string][] = [
  [/^name\b/i, 'fullName', 'nama ditolak MMBC'],
  [/^title\b/i, 'title', 'sebutan ditolak MMBC'],
  [/^(date of birth|dob)\b/i, 'dateOfBirth', 'tanggal lahir ditolak MMBC'],
  [/^passport\s*(number|no)\b/i, 'passportNumber', 'nomor paspor ditolak MMBC'],
  [/^passport\s*(expir|exp)/i, 'passportExpiry', 'masa berlaku paspor ditolak MMBC'],
  [/^baggage\b/i, 'baggage', 'bagasi ditolak MMBC'],
];

export function refusalToFieldErrors(text: string, types: readonly PassengerType[]): FieldError[] {
  const order = providerOrder(types);
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
  if (lines.length === 0) return [{ passenger: -1, field: 'booking', message: 'MMBC menolak pemesanan tanpa alasan. Data tidak tersimpan; coba lagi.' }];
  return lines.map((line) => lineToError(line, order));
}

function lineToError(line: string, order: number[]): FieldError {
  const psg = /^Psg\s+(\d+)\s+(.*)$/i.exec(line);
  if (psg) {
    const index = order[Number(psg[1]) - 1];
    const rest = psg[2] ?? '';
    const hit = PASSENGER_FIELDS.find(([pattern]) => pattern.test(rest));
    if (index !== undefined) {
      const what = hit ? hit[2] : 'data ditolak MMBC';
      return { passenger: index, field: hit ? hit[1] : 'booking', message: `Penumpang ${index + 1}: ${what} (${line}).` };
    }
  }
  if (/^contact\s+email/i.test(line)) return { passenger: -1, field: 'email', message: `Email pemesan ditolak MMBC (${line}).` };
  if (/^contact\s+phone/i.test(line)) return { passenger: -1, field: 'phone', message: `Nomor HP pemesan ditolak MMBC (${line}).` };
  if (/^contact\s+(name|surname|title)/i.test(line)) {
    return { passenger: -1, field: 'booking', message: `Nama pemesan ditolak MMBC: diambil dari penumpang dewasa pertama, periksa nama dan sebutannya (${line}).` };
  }
  const seats = /seat tidak mencukupi,?\s*sisa seat\s*(\d+)/i.exec(line);
  if (seats) return { passenger: -1, field: 'booking', message: `Kursi tidak cukup: sisa ${seats[1]} kursi di penerbangan ini. Pilih penerbangan lain atau kurangi penumpang.` };
  if (/^no result$/i.test(line)) return { passenger: -1, field: 'booking', message: 'Penerbangan ini tidak tersedia lagi di MMBC (jadwal berubah atau kursi habis). Cari ulang penerbangannya.' };
  return { passenger: -1, field: 'booking', message: `MMBC menolak pemesanan: ${line}` };
}
