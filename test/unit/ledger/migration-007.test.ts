import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { applyMigrations } from '../../../electron/core/ledger/migrate';
import { migrations } from '../../../electron/core/ledger/migrations';
import { verifyLedger } from '../../../electron/core/ledger';

const upTo = (v: number) => migrations.filter((m) => m.version <= v);
const accountId = (db: Database.Database, code: string) => (db.prepare('SELECT id FROM account WHERE code = ?').get(code) as { id: number }).id;

let entry = 0;
function post(db: Database.Database, debit: string, credit: string, amount: number): void {
  entry += 1;
  const id = Number(db.prepare("INSERT INTO journal_entry (idem_key, kind, memo, at, business_day) VALUES (?, 't', 'm', 0, '2026-11-30')").run(`k${entry}`).lastInsertRowid);
  db.prepare('INSERT INTO posting (entry_id, account_id, amount) VALUES (?, ?, ?)').run(id, accountId(db, debit), amount);
  db.prepare('INSERT INTO posting (entry_id, account_id, amount) VALUES (?, ?, ?)').run(id, accountId(db, credit), -amount);
}
const totals = (db: Database.Database) =>
  db.prepare('SELECT a.code, t.total FROM account_total t JOIN account a ON a.id = t.account_id ORDER BY a.code').all();

describe('migration 007 (account totals)', () => {
  it('starts each total at the sum of the postings already written, then keeps it with every posting', () => {
    const db = new Database(':memory:');
    applyMigrations(db, upTo(6));
    post(db, 'cash_drawer', 'owner_equity', 500_000);
    post(db, 'deposit:iak', 'cash_drawer', 200_000);
    applyMigrations(db, upTo(7));
    expect(db.pragma('user_version', { simple: true })).toBe(7);
    expect(totals(db)).toEqual([
      { code: 'cash_drawer', total: 300_000 },
      { code: 'deposit:iak', total: 200_000 },
      { code: 'owner_equity', total: -500_000 },
    ]);
    post(db, 'deposit:mmbc', 'cash_drawer', 50_000);
    expect(totals(db)).toEqual([
      { code: 'cash_drawer', total: 250_000 },
      { code: 'deposit:iak', total: 200_000 },
      { code: 'deposit:mmbc', total: 50_000 },
      { code: 'owner_equity', total: -500_000 },
    ]);
    expect(verifyLedger(db)).toEqual([]);
  });

  it('a total that no longer matches its postings is reported by verifyLedger', () => {
    const db = new Database(':memory:');
    applyMigrations(db, upTo(7));
    post(db, 'cash_drawer', 'owner_equity', 500_000);
    db.prepare('UPDATE account_total SET total = total + 1 WHERE account_id = ?').run(accountId(db, 'cash_drawer'));
    expect(verifyLedger(db)).toEqual([{ entryId: null, problem: 'account cash_drawer total 500001 differs from its postings 500000' }]);
  });
});
