import { afterEach, describe, expect, it } from 'vitest';
import { openTestLedger, type LedgerFixture } from '../../support/ledger-fixture';

let fx: LedgerFixture | undefined;
afterEach(() => fx?.close());

function insertLine(f: LedgerFixture): number {
  const info = f.db
    .prepare(
      `INSERT INTO audit_log (at, business_day, user_id, user_name, approved_by_id, approved_by_name, action, label, outcome, before_json, after_json, detail)
       VALUES (1, '2026-11-24', 7, 'Kasir Uji', NULL, NULL, 'catalog:setMarkup', 'mengubah harga jual', 'refused', NULL, NULL, 'Hanya pemilik')`,
    )
    .run();
  return Number(info.lastInsertRowid);
}

describe('migration 015: audit_log', () => {
  it('keeps a line as written: UPDATE and DELETE are refused by triggers', async () => {
    fx = await openTestLedger();
    const f = fx;
    const id = insertLine(f);
    expect(() => f.db.prepare("UPDATE audit_log SET outcome = 'done' WHERE id = ?").run(id)).toThrow(/append-only/);
    expect(() => f.db.prepare('DELETE FROM audit_log WHERE id = ?').run(id)).toThrow(/append-only/);
    expect(f.db.prepare('SELECT outcome, user_name FROM audit_log WHERE id = ?').get(id)).toEqual({ outcome: 'refused', user_name: 'Kasir Uji' });
  });

  it('accepts only done or refused as the outcome', async () => {
    fx = await openTestLedger();
    const f = fx;
    expect(() =>
      f.db
        .prepare("INSERT INTO audit_log (at, business_day, action, label, outcome) VALUES (1, '2026-11-24', 'x', 'y', 'maybe')")
        .run(),
    ).toThrow(/CHECK/);
  });

  it('has indexes for the owner filters (day, user, outcome)', async () => {
    fx = await openTestLedger();
    const plan = (sql: string) =>
      (fx!.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join(' | ');
    expect(plan("SELECT * FROM audit_log WHERE business_day BETWEEN '2026-11-01' AND '2026-11-30' ORDER BY id DESC")).toMatch(/INDEX audit_by_day/);
    expect(plan('SELECT * FROM audit_log WHERE user_id = 3 ORDER BY id DESC')).toMatch(/INDEX audit_by_user/);
    expect(plan("SELECT * FROM audit_log WHERE outcome = 'refused' ORDER BY id DESC")).toMatch(/INDEX audit_by_outcome/);
  });
});
