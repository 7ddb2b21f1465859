/**
 * Lists are read row by row: a row that cannot be shown (written by an older version, edited by
 * hand, a number from before a rule existed) is left out, never allowed to break the whole list the
 * cashier needs. Each such row is logged once per run, not on every refresh.
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

function warnOnce(what: string, err: unknown): void {
  if (logged.has(what)) return;
  logged.add(what);
  console.warn(`[loket] ${what} left out of the list: ${err instanceof Error ? err.message : String(err)}`);
}
