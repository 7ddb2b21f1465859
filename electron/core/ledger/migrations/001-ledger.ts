import type { Migration } from './migration';

/**
 * The double-entry journal. Entries and postings are append-only: triggers refuse UPDATE and DELETE,
 * so a correction can only be a new (reversing) entry. Money columns are INTEGER rupiah in STRICT
 * tables, so a '10.000' string can never sneak in.
 */
export const migration001: Migration = {
  version: 1,
  name: 'ledger',
  up(db) {
    db.exec(`
      CREATE TABLE account (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('asset','liability','income','expense','equity')),
        provider TEXT
      ) STRICT;

      CREATE TABLE journal_entry (
        id INTEGER PRIMARY KEY,
        idem_key TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL,
        memo TEXT NOT NULL,
        at INTEGER NOT NULL,
        business_day TEXT NOT NULL,
        reverses_id INTEGER REFERENCES journal_entry(id)
      ) STRICT;
      CREATE INDEX journal_entry_by_day ON journal_entry(business_day, id);

      CREATE TABLE posting (
        id INTEGER PRIMARY KEY,
        entry_id INTEGER NOT NULL REFERENCES journal_entry(id),
        account_id INTEGER NOT NULL REFERENCES account(id),
        amount INTEGER NOT NULL CHECK (amount <> 0)
      ) STRICT;
      CREATE INDEX posting_by_entry ON posting(entry_id);
      CREATE INDEX posting_by_account ON posting(account_id);

      CREATE TABLE setting (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TRIGGER journal_entry_no_update BEFORE UPDATE ON journal_entry
        BEGIN SELECT RAISE(ABORT, 'journal is append-only'); END;
      CREATE TRIGGER journal_entry_no_delete BEFORE DELETE ON journal_entry
        BEGIN SELECT RAISE(ABORT, 'journal is append-only'); END;
      CREATE TRIGGER posting_no_update BEFORE UPDATE ON posting
        BEGIN SELECT RAISE(ABORT, 'journal is append-only'); END;
      CREATE TRIGGER posting_no_delete BEFORE DELETE ON posting
        BEGIN SELECT RAISE(ABORT, 'journal is append-only'); END;
      CREATE TRIGGER account_no_delete BEFORE DELETE ON account
        BEGIN SELECT RAISE(ABORT, 'accounts are never deleted'); END;
    `);
    const insert = db.prepare('INSERT INTO account (code, name, kind, provider) VALUES (?, ?, ?, ?)');
    for (const [code, name, kind, provider] of seedAccounts) insert.run(code, name, kind, provider);
  },
};

const seedAccounts: [string, string, string, string | null][] = [
  ['cash_drawer', 'Kas laci', 'asset', null],
  ['deposit:mmbc', 'Deposit MMBC', 'asset', 'mmbc'],
  ['deposit:iak', 'Deposit IAK', 'asset', 'iak'],
  ['deposit:ayoconnect', 'Deposit Ayoconnect', 'asset', 'ayoconnect'],
  ['deposit:klikoo', 'Deposit Klikoo', 'asset', 'klikoo'],
  ['deposit_held', 'Deposit tertahan (saldo proses)', 'asset', null],
  ['sales_revenue', 'Pendapatan penjualan', 'income', null],
  ['cost_of_sales', 'Harga pokok penjualan', 'expense', null],
  ['commission_income', 'Pendapatan komisi', 'income', null],
  ['refunds_owed', 'Refund untuk pelanggan', 'liability', null],
  ['owner_equity', 'Modal pemilik', 'equity', null],
];
