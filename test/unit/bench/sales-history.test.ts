import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { LEDGER_FILE, openCore } from '../../../electron/core/app/open-core';
import { Ledger, openLedger, verifyLedger } from '../../../electron/core/ledger';
import { summarizeSales } from '../../../electron/core/reports';
import { writeSalesHistory } from '../../../bench/support/sales-history';
import { channelCaller } from '../../support/core-fixture';
import { makeTempDir } from '../../support/temp-dir';
import { signInOwner } from '../../support/sessions';

/**
 * The benchmarks' history generator (bench/support): its rows must be what the app writes, or the
 * benchmarks measure a ledger the app could never have.
 */
const temps: { cleanup(): void }[] = [];
afterEach(() => {
  for (const t of temps.splice(0)) t.cleanup();
});

async function generated(sales: number, days: number): Promise<{ dir: string; db: Database.Database }> {
  const t = makeTempDir();
  temps.push(t);
  (await openLedger({ file: join(t.dir, LEDGER_FILE), backupDir: join(t.dir, 'backups') })).close();
  const db = new Database(join(t.dir, LEDGER_FILE));
  writeSalesHistory(db, { sales, days, lastDay: '2025-12-31' });
  return { dir: t.dir, db };
}

const count = (db: Database.Database, sql: string) => (db.prepare(sql).pluck().get() as number);

describe('generated sales history', () => {
  it('writes exactly the sales asked for, with balanced entries and account totals equal to their postings', async () => {
    const { db } = await generated(3_000, 3);
    try {
      expect(count(db, 'SELECT COUNT(*) FROM sale')).toBe(3_000);
      expect(verifyLedger(db)).toEqual([]);
      expect(count(db, "SELECT COUNT(DISTINCT business_day) FROM sale")).toBe(3);
    } finally {
      db.close();
    }
  });

  it('has the mix of a real counter: successes, refunds paid, reroutes, and a few sales still open on the last day', async () => {
    const { db } = await generated(3_000, 3);
    try {
      const mix = Object.fromEntries(
        (db.prepare("SELECT state || '/' || refund AS k, COUNT(*) AS n FROM sale GROUP BY k").all() as { k: string; n: number }[]).map((r) => [r.k, r.n]),
      );
      expect(mix['success/none']).toBeGreaterThan(2_700);
      expect(mix['failed/paid']).toBeGreaterThan(0);
      expect(mix['failed/none']).toBe(count(db, 'SELECT COUNT(*) FROM sale WHERE rerouted_from IS NOT NULL'));
      expect(mix['failed/due']).toBe(4);
      expect(mix['pending/none']).toBe(4);
      expect(mix['unknown/none']).toBe(4);
      expect(count(db, "SELECT COUNT(*) FROM sale WHERE state IN ('pending','unknown') AND business_day <> '2025-12-31'")).toBe(0);
      expect(count(db, "SELECT COUNT(*) FROM sale WHERE kind = 'bill' AND inquiry_id IS NULL")).toBe(0);
    } finally {
      db.close();
    }
  });

  it('gives every sale the journal entries SaleBook posts for its steps, keyed sale:<id>:<step>', async () => {
    const { db } = await generated(2_000, 2);
    try {
      const missing = (step: string, where: string) =>
        count(db, `SELECT COUNT(*) FROM sale s WHERE ${where} AND NOT EXISTS (SELECT 1 FROM journal_entry e WHERE e.idem_key = 'sale:' || s.id || ':${step}')`);
      expect(missing('commit', '1')).toBe(0);
      expect(missing('settle', "state IN ('success','failed')")).toBe(0);
      expect(missing('refund', "refund = 'paid'")).toBe(0);
      expect(count(db, "SELECT COUNT(*) FROM journal_entry WHERE idem_key LIKE 'sale:%:settle' AND kind NOT IN ('sale_success','sale_failed')")).toBe(0);
      // The audit trail: every sale starts committed, and every settled sale's last event is its state.
      expect(count(db, "SELECT COUNT(*) FROM sale s WHERE (SELECT to_state FROM sale_event WHERE sale_id = s.id ORDER BY id LIMIT 1) <> 'committed'")).toBe(0);
      expect(count(db, "SELECT COUNT(*) FROM sale s WHERE state = 'success' AND (SELECT to_state FROM sale_event WHERE sale_id = s.id ORDER BY id DESC LIMIT 1) <> 'success'")).toBe(0);
    } finally {
      db.close();
    }
  });

  it('agrees with the reports (day totals kept by the triggers) and opens in the app with nothing to recover', async () => {
    const { dir, db } = await generated(2_000, 2);
    const ledger = new Ledger(db, { timeZone: 'Asia/Jakarta' });
    const summary = summarizeSales(ledger, { from: '2025-12-30', to: '2025-12-31' });
    expect(summary.totals.count).toBe(count(db, "SELECT COUNT(*) FROM sale WHERE state = 'success'"));
    expect(summary.totals.gross).toBe(-Number(db.prepare("SELECT total FROM account_total WHERE account_id = (SELECT id FROM account WHERE code = 'sales_revenue')").pluck().get()));
    db.close();

    const core = await openCore({ dataDir: dir, backupIntervalMs: 0, sandbox: {} });
    try {
      await signInOwner(core);
      const open = await channelCaller(core)<{ sales: unknown[] }>('sales:open');
      expect(open.sales).toHaveLength(12);
    } finally {
      await core.close();
    }
  });
});
