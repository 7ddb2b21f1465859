/**
 * One row of a KeyValueList. `key` names the row (Vue key, and the slot `value-<key>` that may
 * replace the plain value); `money` rows never wrap inside the amount or get cut; `mono` is for
 * refs, tokens and serials a cashier reads out; `emphasis` is the row that matters most (the total).
 */
export interface KvRow {
  key: string;
  label: string;
  value?: string | number | null;
  testid?: string;
  money?: boolean;
  mono?: boolean;
  emphasis?: boolean;
  tone?: 'ok' | 'warn' | 'danger' | 'muted';
}

/** Rows may be written `cond && { ... }` so a list reads top to bottom; the falsy ones are dropped. */
export type KvRowInput = KvRow | false | null | undefined;

export function visibleRows(rows: readonly KvRowInput[]): KvRow[] {
  return rows.filter((row): row is KvRow => Boolean(row));
}
