import type { ExportColumn, TransaksiCell } from './transaksi-columns';
import { formatWallClock } from './wall-clock';

/**
 * A spreadsheet opening a CSV runs a text cell starting with = + - @ (or a tab/CR before one) as a
 * formula. Customer names and provider messages come from outside, so such a text gets a leading
 * single quote: shown as text, never run (OWASP "CSV injection").
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function defuseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * One row of Transaksi cells as CSV fields: integer rupiah without separators, dates as
 * 'YYYY-MM-DD HH:mm:ss' on the outlet's wall clock, text defused. Numbers stay plain numbers (a
 * negative margin is a number, not a formula).
 */
export function csvFields(cells: readonly TransaksiCell[], columns: readonly ExportColumn[]): string[] {
  return columns.map((column, i) => {
    const cell = cells[i] ?? null;
    if (cell === null) return '';
    if (cell instanceof Date) return formatWallClock(cell, column.type === 'date');
    if (typeof cell === 'number') return String(cell);
    return defuseFormula(cell);
  });
}
