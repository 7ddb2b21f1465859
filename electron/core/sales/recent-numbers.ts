import type Database from 'better-sqlite3';
import { normalisePhone, readPhone } from '../catalog/phone';

/** The Top-up screen's recent and favourite customer numbers. */
export function recentNumbers(db: Database.Database, limit: number): { customerNo: string; lastAt: number; favourite: boolean }[] {
  return db
    .prepare(
      `SELECT n.customer_no AS customerNo, MAX(n.lastAt) AS lastAt, MAX(n.favourite) AS favourite FROM (
         SELECT customer_no, MAX(created_at) AS lastAt, 0 AS favourite FROM sale WHERE kind IN ('pulsa','data','ewallet') GROUP BY customer_no
         UNION ALL SELECT customer_no, created_at, 1 FROM favourite_number
       ) n GROUP BY n.customer_no ORDER BY favourite DESC, lastAt DESC LIMIT ?`,
    )
    .all(limit)
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
