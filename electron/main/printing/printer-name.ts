/** Longer than any name Windows (220) or CUPS (127) gives a queue would be a mistake, not a printer. */
export const PRINTER_NAME_MAX = 220;

/**
 * Why this cannot be a printer name, or null. Checked before the name reaches Chromium, the
 * spooler or `lp`: no control characters (a newline or NUL could split or cut an argument), not
 * empty, not too long, and no leading '-' (it would read as an option to `lp`).
 */
export function printerNameProblem(name: unknown): string | null {
  if (typeof name !== 'string' || name.trim() === '') return 'Nama printer kosong. Pilih printer di Pengaturan › Struk & printer.';
  if (name.length > PRINTER_NAME_MAX) return `Nama printer terlalu panjang (lebih dari ${PRINTER_NAME_MAX} karakter). Pilih printer dari daftar di Pengaturan.`;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f-\u009f]/.test(name)) return 'Nama printer berisi karakter yang tidak sah. Pilih printer dari daftar di Pengaturan.';
  if (name.startsWith('-')) return 'Nama printer tidak boleh diawali tanda "-". Pilih printer dari daftar di Pengaturan.';
  return null;
}
