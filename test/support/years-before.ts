/**
 * The same calendar day `years` earlier (negative: later), clamped to the month's last day: a
 * flight on 29 February gives a birthday on 28 February in a year without one, never the invalid
 * "1998-02-29" that string arithmetic makes (which the passenger rules rightly refuse).
 */
export function yearsBefore(iso: string, years: number, months = 0): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const index = (y - years) * 12 + (m - 1) - months;
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(d, last))).toISOString().slice(0, 10);
}
