/**
 * Lists are read row by row: a row that cannot be shown (written by an older version, edited by
 * hand, a number from before a rule existed) is never allowed to break the whole list the cashier
 * needs. Convenience lists leave it out (`readableRows`); lists where a row must never vanish keep a
 * placeholder for it (`readRowsKeepingPlaceholders`). Each such row is logged once per run, not on
 * every refresh.
 */
const logged = new Set<string>();

export function readableRows<R, T>(rows: readonly R[], convert: (row: R) => T, name: (row: R) => string): T[] {
  const out: T[] = [];
  for (const row of rows) {
    try {
      out.push(convert(row));
    } catch (err) {
      warnOnce(name(row), err);
    }
  }
  return out;
}

/** Every row comes back: read, or as `placeholder(row)` when it cannot be read (the Pending panel). */
export function readRowsKeepingPlaceholders<R, T, P>(
  rows: readonly R[],
  convert: (row: R) => T,
  placeholder: (row: R) => P,
  name: (row: R) => string,
): { read: T[]; unreadable: P[] } {
  const read: T[] = [];
  const unreadable: P[] = [];
  for (const row of rows) {
    try {
      read.push(convert(row));
    } catch (err) {
      warnOnce(name(row), err, 'shown as damaged');
      unreadable.push(placeholder(row));
    }
  }
  return { read, unreadable };
}

function warnOnce(what: string, err: unknown, fate = 'left out of the list'): void {
  if (logged.has(what)) return;
  logged.add(what);
  console.warn(`[loket] ${what} ${fate}: ${err instanceof Error ? err.message : String(err)}`);
}
