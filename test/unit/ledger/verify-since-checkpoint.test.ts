import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { applyMigrations } from '../../../electron/core/ledger/migrate';
import { migrations } from '../../../electron/core/ledger/migrations';
import { verifyLedger } from '../../../electron/core/ledger';
import { readCheckpoint, VERIFIED_CHECKPOINT_KEY } from '../../../electron/core/ledger/verified-checkpoint';
import { SINCE_CHECKPOINT_SQL, verifyLedgerSinceCheckpoint } from '../../../electron/core/ledger/verify-since-checkpoint';

/**
 * The start-up check reads only what was written since the last clean check, yet must catch every
 * broken entry the full check catches, and its checkpoint may never pass an entry it did not check.
 * Rows are written with plain SQL here, as a bug or an older version could, bypassing the Journal.
 */
const open: Database.Database[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

function ledger(upToVersion = Number.MAX_SAFE_INTEGER): Database.Database {
  const db = new Database(':memory:');
  applyMigrations(db, migrations.filter((m) => m.version <= upToVersion));
  open.push(db);
  return db;
}

const accountId = (db: Database.Database, code: string) => (db.prepare('SELECT id FROM account WHERE code = ?').get(code) as { id: number }).id;
let key = 0;

/** One entry with the given legs (balanced or not); returns its id. */
function entry(db: Database.Database, legs: [string, number][]): number {
  key += 1;
  const id = Number(db.prepare("INSERT INTO journal_entry (idem_key, kind, memo, at, business_day) VALUES (?, 't', 'm', 0, '2026-11-30')").run(`k${key}`).lastInsertRowid);
  for (const [code, amount] of legs) leg(db, id, code, amount);
  return id;
}
function leg(db: Database.Database, entryId: number, code: string, amount: number): void {
  db.prepare('INSERT INTO posting (entry_id, account_id, amount) VALUES (?, ?, ?)').run(entryId, accountId(db, code), amount);
}
const sale = (db: Database.Database, amount = 12_500) => entry(db, [['cash_drawer', amount], ['sales_revenue', -amount]]);
const checkpoint = (db: Database.Database) => readCheckpoint(db);

describe('start-up ledger check since the last clean check', () => {
  it('on a fresh ledger finds nothing and sets the checkpoint at the end of the journal', () => {
    const db = ledger();
    expect(verifyLedgerSinceCheckpoint(db)).toEqual([]);
    expect(checkpoint(db)).toMatchObject({ entryId: 0, postingId: 0 });
    const last = sale(db);
    expect(verifyLedgerSinceCheckpoint(db)).toEqual([]);
    expect(checkpoint(db)).toMatchObject({ entryId: last, postingId: 2 });
  });

  it('catches an unbalanced entry written after the checkpoint, and the checkpoint stays before it', () => {
    const db = ledger();
    sale(db);
    verifyLedgerSinceCheckpoint(db);
    const before = checkpoint(db);
    const broken = entry(db, [['cash_drawer', 10_000], ['sales_revenue', -9_000]]);
    sale(db);

    expect(verifyLedgerSinceCheckpoint(db)).toEqual(expect.arrayContaining([{ entryId: broken, problem: '2 postings summing to 1000' }]));
    expect(checkpoint(db)).toEqual(before);
    // Still caught on the next start: nothing was skipped.
    expect(verifyLedgerSinceCheckpoint(db)).toEqual(expect.arrayContaining([{ entryId: broken, problem: '2 postings summing to 1000' }]));
    expect(verifyLedger(db)).toEqual(expect.arrayContaining([{ entryId: broken, problem: '2 postings summing to 1000' }]));
  });

  it('catches an entry with a single posting after the checkpoint', () => {
    const db = ledger();
    verifyLedgerSinceCheckpoint(db);
    const lonely = entry(db, []);
    expect(verifyLedgerSinceCheckpoint(db)).toContainEqual({ entryId: lonely, problem: '0 postings summing to 0' });
  });

  it('catches a leg added later to an entry already verified', () => {
    const db = ledger();
    const old = sale(db);
    verifyLedgerSinceCheckpoint(db);
    leg(db, old, 'cash_drawer', 500);
    expect(verifyLedgerSinceCheckpoint(db)).toContainEqual({ entryId: old, problem: 'posting 3 was added to entry 1 after it was verified' });
  });

  it('catches a kept account total that drifted from its postings, old or new', () => {
    const db = ledger();
    sale(db);
    verifyLedgerSinceCheckpoint(db);
    sale(db);
    db.prepare('UPDATE account_total SET total = total + 1 WHERE account_id = ?').run(accountId(db, 'cash_drawer'));
    const problems = verifyLedgerSinceCheckpoint(db);
    expect(problems).toContainEqual({ entryId: null, problem: 'account cash_drawer total 25001 differs from its postings 25000' });
    expect(problems).toContainEqual({ entryId: null, problem: 'trial balance is 1, not 0' });
  });

  it('refuses a journal that ends before its checkpoint (history removed)', () => {
    const db = ledger();
    sale(db);
    verifyLedgerSinceCheckpoint(db);
    db.prepare('UPDATE setting SET value = ? WHERE key = ?').run(JSON.stringify({ entryId: 99, postingId: 2, totals: {} }), VERIFIED_CHECKPOINT_KEY);
    expect(verifyLedgerSinceCheckpoint(db)).toEqual([
      { entryId: null, problem: 'journal ends before the verified checkpoint (entry 99, posting 2): history is missing' },
    ]);
  });

  it('checks the whole journal of an upgraded ledger (no checkpoint yet): an old broken entry is caught', () => {
    const db = ledger(7);
    const oldBroken = entry(db, [['cash_drawer', 10_000], ['owner_equity', -10_001]]);
    sale(db);
    applyMigrations(db, migrations);
    expect(db.prepare('SELECT 1 FROM setting WHERE key = ?').get(VERIFIED_CHECKPOINT_KEY)).toBeUndefined();
    expect(verifyLedgerSinceCheckpoint(db)).toContainEqual({ entryId: oldBroken, problem: '2 postings summing to -1' });
    expect(db.prepare('SELECT 1 FROM setting WHERE key = ?').get(VERIFIED_CHECKPOINT_KEY)).toBeUndefined();
  });

  it('checks an upgraded clean ledger once, then only what came after', () => {
    const db = ledger(7);
    sale(db);
    sale(db, 5_000);
    applyMigrations(db, migrations);
    expect(verifyLedgerSinceCheckpoint(db)).toEqual([]);
    const cp = checkpoint(db);
    expect(cp).toMatchObject({ entryId: 2, postingId: 4 });
    expect(cp.totals.get(accountId(db, 'cash_drawer'))).toBe(17_500n);
    expect(cp.totals.get(accountId(db, 'sales_revenue'))).toBe(-17_500n);
  });

  it('treats a checkpoint it cannot read as none: the whole journal is checked again', () => {
    const db = ledger();
    const broken = entry(db, [['cash_drawer', 1], ['owner_equity', -2]]);
    db.prepare('INSERT INTO setting (key, value) VALUES (?, ?)').run(VERIFIED_CHECKPOINT_KEY, '{"entryId": "lots"}');
    expect(verifyLedgerSinceCheckpoint(db)).toContainEqual({ entryId: broken, problem: '2 postings summing to -1' });
  });

  it('keeps totals past 2^53 exact in the checkpoint', () => {
    const db = ledger();
    const huge = 999_999_999_999_999;
    for (let i = 0; i < 10; i += 1) entry(db, [['deposit:iak', huge], ['owner_equity', -huge]]);
    expect(verifyLedgerSinceCheckpoint(db)).toEqual([]);
    expect(checkpoint(db).totals.get(accountId(db, 'deposit:iak'))).toBe(9_999_999_999_999_990n);
    entry(db, [['deposit:iak', 1], ['owner_equity', -1]]);
    expect(verifyLedgerSinceCheckpoint(db)).toEqual([]);
  });
});

describe('the start-up check reads by id range, never the whole history', () => {
  const plan = (db: Database.Database, sql: string) => {
    const statement = db.prepare(`EXPLAIN QUERY PLAN ${sql}`);
    const args = Array.from({ length: (sql.match(/\?/g) ?? []).length }, (_, i) => i);
    return (statement.all(...args) as { detail: string }[]).map((r) => r.detail).join(' | ');
  };

  it('uses the primary keys and the posting-by-entry index', () => {
    const db = ledger();
    expect(plan(db, SINCE_CHECKPOINT_SQL.unbalanced)).toMatch(/SEARCH e USING INTEGER PRIMARY KEY \(rowid>\? AND rowid<\?\).*SEARCH p USING INDEX posting_by_entry/);
    expect(plan(db, SINCE_CHECKPOINT_SQL.intoOldEntries)).toMatch(/^SEARCH p USING INTEGER PRIMARY KEY \(rowid>\? AND rowid<\?\)/);
    expect(plan(db, SINCE_CHECKPOINT_SQL.addedPerAccount)).toMatch(/^SEARCH posting USING INTEGER PRIMARY KEY \(rowid>\? AND rowid<\?\)/);
  });
});
