import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { applyMigrations } from '../../../electron/core/ledger/migrate';
import { migrations } from '../../../electron/core/ledger/migrations';
import { assertNoOpenSales, countOpenSales } from '../../../electron/core/providers/registry/open-sales-guard';

function db(): Database.Database {
  const d = new Database(':memory:');
  applyMigrations(d, migrations);
  return d;
}
let n = 0;
function sale(d: Database.Database, fields: { state: string; mode?: string; alert?: string | null; resolved?: number | null }): void {
  n += 1;
  d.prepare(
    `INSERT INTO sale (request_id, ref_id, kind, provider, product_id, provider_code, product_name, customer_no, price, cost, state,
       business_day, created_at, updated_at, provider_mode, alert, alert_resolved_at)
     VALUES (?, ?, 'pulsa', 'iak', 'p', 'c', 'n', '0812', 12000, 10800, ?, '2026-11-30', 0, 0, ?, ?, ?)`,
  ).run(`req-${n}`, `REF${n}`, fields.state, fields.mode ?? 'sandbox', fields.alert ?? null, fields.resolved ?? null);
}

describe('open sales guard (mode switch)', () => {
  it('counts sales in flight or in doubt, not settled ones', () => {
    const d = db();
    for (const state of ['committed', 'sent', 'pending', 'unknown', 'success', 'failed']) sale(d, { state });
    expect(countOpenSales(d, 'iak')).toBe(4);
    expect(countOpenSales(d, 'mmbc')).toBe(0);
  });

  it('counts a failed sale with an unresolved late-success alert (its resolution may still move that mode’s deposit)', () => {
    const d = db();
    sale(d, { state: 'failed', alert: 'late_success' });
    expect(countOpenSales(d, 'iak')).toBe(1);
    expect(() => assertNoOpenSales(d, 'iak', 'IAK', 'mode')).toThrow(/1 transaksi yang belum selesai/);
    d.prepare('UPDATE sale SET alert_resolved_at = 1').run();
    expect(countOpenSales(d, 'iak')).toBe(0);
    expect(() => assertNoOpenSales(d, 'iak', 'IAK', 'mode')).not.toThrow();
  });

  it('a live address change looks only at live sales', () => {
    const d = db();
    sale(d, { state: 'pending', mode: 'sandbox' });
    expect(() => assertNoOpenSales(d, 'iak', 'IAK', 'live-endpoint')).not.toThrow();
    sale(d, { state: 'pending', mode: 'live' });
    expect(() => assertNoOpenSales(d, 'iak', 'IAK', 'live-endpoint')).toThrow(/di mode Live/);
  });
});
