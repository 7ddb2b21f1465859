import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { applyMigrations } from '../../../electron/core/ledger/migrate';
import { migration001 } from '../../../electron/core/ledger/migrations/001-ledger';

describe('migration 001 (ledger)', () => {
  it('creates the accounts every part of the core posts to', () => {
    const db = new Database(':memory:');
    applyMigrations(db, [migration001]);
    const codes = (db.prepare('SELECT code FROM account ORDER BY id').all() as { code: string }[]).map((r) => r.code);
    expect(codes).toEqual([
      'cash_drawer',
      'deposit:mmbc',
      'deposit:iak',
      'deposit:ayoconnect',
      'deposit:klikoo',
      'deposit_held',
      'sales_revenue',
      'cost_of_sales',
      'commission_income',
      'refunds_owed',
      'owner_equity',
    ]);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
  });

  it('makes journal entries and postings append-only at the database level', () => {
    const db = new Database(':memory:');
    applyMigrations(db, [migration001]);
    db.prepare("INSERT INTO journal_entry (idem_key, kind, memo, at, business_day) VALUES ('k', 't', 'm', 0, '2026-01-01')").run();
    db.prepare('INSERT INTO posting (entry_id, account_id, amount) VALUES (1, 1, 100), (1, 2, -100)').run();
    expect(() => db.prepare('UPDATE posting SET amount = 5 WHERE id = 1').run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM posting').run()).toThrow(/append-only/);
    expect(() => db.prepare("UPDATE journal_entry SET memo = 'x'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM journal_entry').run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM account').run()).toThrow(/never deleted/);
    expect(() => db.prepare('INSERT INTO posting (entry_id, account_id, amount) VALUES (1, 1, 0)').run()).toThrow(/CHECK/);
  });

  it('is idempotent through the runner: a second run applies nothing', () => {
    const db = new Database(':memory:');
    expect(applyMigrations(db, [migration001])).toEqual([1]);
    expect(applyMigrations(db, [migration001])).toEqual([]);
  });
});
