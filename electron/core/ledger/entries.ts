import type Database from 'better-sqlite3';

export interface JournalEntryView {
  id: number;
  at: number;
  businessDay: string;
  kind: string;
  memo: string;
  postings: { account: string; accountName: string; amount: number }[];
}

/** Every entry of one business day with its postings, oldest first. */
export function listEntriesForDay(db: Database.Database, businessDay: string): JournalEntryView[] {
  const rows = db
    .prepare(
      `SELECT e.id, e.at, e.business_day AS businessDay, e.kind, e.memo,
              a.code AS account, a.name AS accountName, p.amount
         FROM journal_entry e
         JOIN posting p ON p.entry_id = e.id
         JOIN account a ON a.id = p.account_id
        WHERE e.business_day = ?
        ORDER BY e.id, p.id`,
    )
    .all(businessDay) as (Omit<JournalEntryView, 'postings'> & { account: string; accountName: string; amount: number })[];
  const entries = new Map<number, JournalEntryView>();
  for (const { account, accountName, amount, ...entry } of rows) {
    const view = entries.get(entry.id) ?? { ...entry, postings: [] };
    view.postings.push({ account, accountName, amount });
    entries.set(entry.id, view);
  }
  return [...entries.values()];
}
