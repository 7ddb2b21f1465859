import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { applyMigrations } from '../../../electron/core/ledger/migrate';
import { migration001 } from '../../../electron/core/ledger/migrations/001-ledger';
import { migration002 } from '../../../electron/core/ledger/migrations/002-provider-settings';

describe('migration 002 (provider settings)', () => {
  it('upgrades a v1 database: every provider starts in sandbox mode, the journal is untouched', () => {
    const db = new Database(':memory:');
    applyMigrations(db, [migration001]);
    db.prepare("INSERT INTO journal_entry (idem_key, kind, memo, at, business_day) VALUES ('k', 't', 'm', 0, '2026-01-01')").run();
    applyMigrations(db, [migration001, migration002]);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(db.prepare('SELECT provider, mode FROM provider_setting ORDER BY provider').all()).toEqual([
      { provider: 'ayoconnect', mode: 'sandbox' },
      { provider: 'iak', mode: 'sandbox' },
      { provider: 'klikoo', mode: 'sandbox' },
      { provider: 'mmbc', mode: 'sandbox' },
    ]);
    expect(db.prepare('SELECT COUNT(*) AS n FROM journal_entry').get()).toEqual({ n: 1 });
  });

  it('refuses unknown providers and modes', () => {
    const db = new Database(':memory:');
    applyMigrations(db, [migration001, migration002]);
    expect(() => db.prepare("INSERT INTO provider_setting (provider) VALUES ('digiflazz')").run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE provider_setting SET mode = 'test' WHERE provider = 'iak'").run()).toThrow(/CHECK/);
  });
});
