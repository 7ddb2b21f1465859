import type Database from 'better-sqlite3';
import { normalisePhone, readPhone } from '../catalog/phone';

/** The number kinds a counter screen lists: a phone for pulsa/data, an e-wallet account, a PLN meter. */
export type RecentNumberCategory = 'pulsa' | 'data' | 'ewallet' | 'pln_token';

/**
 * Which sales count as "this kind of number": a pulsa number is also a data number (the same phone),
 * an e-wallet account and a meter only themselves. Absent: every phone number (the screen before
 * numbers were per category). Favourites are phone numbers, so a meter list has none.
 */
function kindsOf(category: RecentNumberCategory | undefined): { kinds: string[]; favourites: boolean } {
  if (category === 'pln_token') return { kinds: ['pln_token'], favourites: false };
  if (category === 'ewallet') return { kinds: ['ewallet'], favourites: true };
  if (category === 'pulsa' || category === 'data') return { kinds: ['pulsa', 'data'], favourites: true };
  return { kinds: ['pulsa', 'data', 'ewallet'], favourites: true };
}

/** A counter screen's recent and favourite customer numbers, of one kind. */
export function recentNumbers(
  db: Database.Database,
  limit: number,
  category?: RecentNumberCategory,
): { customerNo: string; lastAt: number; favourite: boolean }[] {
  const { kinds, favourites } = kindsOf(category);
  const marks = kinds.map(() => '?').join(',');
  const starred = favourites ? 'UNION ALL SELECT customer_no, created_at, 1 FROM favourite_number' : '';
  return db
    .prepare(
      `SELECT n.customer_no AS customerNo, MAX(n.lastAt) AS lastAt, MAX(n.favourite) AS favourite FROM (
         SELECT customer_no, MAX(created_at) AS lastAt, 0 AS favourite FROM sale WHERE kind IN (${marks}) GROUP BY customer_no
         ${starred}
       ) n GROUP BY n.customer_no ORDER BY favourite DESC, lastAt DESC LIMIT ?`,
    )
    .all(...kinds, limit)
    .map((r) => {
      const row = r as { customerNo: string; lastAt: number; favourite: number };
      return { ...row, favourite: row.favourite === 1 };
    });
}

/**
 * A favourite is always a number Top-up can sell to: the catalogue's phone rule, stored in local
 * form (a refusal is an Indonesian `invalid_input`). Removing takes the local form and the text as
 * given, so a favourite stored as typed before the rule existed can still be removed.
 */
export function setFavourite(db: Database.Database, customerNo: string, favourite: boolean, now: number): void {
  if (favourite) {
    db.prepare('INSERT OR IGNORE INTO favourite_number (customer_no, created_at) VALUES (?, ?)').run(normalisePhone(customerNo), now);
    return;
  }
  const reading = readPhone(customerNo);
  const forms = reading.ok ? [customerNo, reading.local] : [customerNo];
  const remove = db.prepare('DELETE FROM favourite_number WHERE customer_no = ?');
  db.transaction(() => forms.forEach((form) => remove.run(form)))();
}
