import type { Migration } from './migration';

/**
 * Each account's running total, kept by a trigger in the same transaction as every posting (postings
 * are append-only, so the total cannot drift from them; verify-ledger checks it anyway). Reading a
 * balance, and checking that an entry keeps every account within bounds, becomes one row read instead
 * of a sum over the whole account history, which grew with every sale.
 */
export const migration007: Migration = {
  version: 7,
  name: 'account-totals',
  up(db) {
    db.exec(`
      CREATE TABLE account_total (
        account_id INTEGER PRIMARY KEY REFERENCES account(id),
        total INTEGER NOT NULL
      ) STRICT;
      INSERT INTO account_total (account_id, total)
        SELECT p.account_id, SUM(p.amount) FROM posting p GROUP BY p.account_id;
      CREATE TRIGGER posting_adds_to_total AFTER INSERT ON posting
        BEGIN
          INSERT INTO account_total (account_id, total) VALUES (NEW.account_id, NEW.amount)
            ON CONFLICT (account_id) DO UPDATE SET total = total + excluded.total;
        END;
    `);
  },
};
