import type Database from 'better-sqlite3';

export interface JournalEntryView {
  id: number;
  at: number;
  businessDay: string;
  kind: string;
  memo: string;
  /** The entry's one amount: the sum of its debits. */
  amount: number;
  postings: { account: string; accountName: string; amount: number }[];
  /** Who recorded it: the signed-in user of the call (journal_entry.user_id, migration 014), current name; null: background work or before users. */
  user: { id: number; name: string } | null;
}

/**
 * Every entry of one business day with its postings, oldest first; with `account`, only the
 * entries that have a leg on that account (all their legs are still listed).
 */
export function listEntriesForDay(db: Database.Database, businessDay: string, account?: string): JournalEntryView[] {
  const rows = db
    .prepare(
      `SELECT e.id, e.at, e.business_day AS businessDay, e.kind, e.memo, e.user_id AS userId, u.name AS userName,
              a.code AS account, a.name AS accountName, p.amount
         FROM journal_entry e
         JOIN posting p ON p.entry_id = e.id
         JOIN account a ON a.id = p.account_id
         LEFT JOIN app_user u ON u.id = e.user_id
        WHERE e.business_day = ?
        ORDER BY e.id, p.id`,
    )
    .all(businessDay) as (Omit<JournalEntryView, 'postings' | 'user'> & {
    userId: number | null;
    userName: string | null;
    account: string;
    accountName: string;
    amount: number;
  })[];
  const entries = new Map<number, JournalEntryView>();
  for (const { account, accountName, amount, userId, userName, ...entry } of rows) {
    const user = userId === null || userName === null ? null : { id: userId, name: userName };
    const view = entries.get(entry.id) ?? { ...entry, user, amount: 0, postings: [] };
    view.postings.push({ account, accountName, amount });
    if (amount > 0) view.amount += amount;
    entries.set(entry.id, view);
  }
  // Filtered here, from the day's own legs: an SQL filter on the account would walk that account's
  // postings of every day (the drawer has one in every sale).
  const listed = [...entries.values()];
  return account === undefined ? listed : listed.filter((entry) => entry.postings.some((leg) => leg.account === account));
}
