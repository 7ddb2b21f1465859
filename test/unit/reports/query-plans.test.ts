import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ACCOUNT } from '../../../electron/core/ledger';
import { rupiah } from '../../../electron/core/money';
import { summarizeSales, todaySummary } from '../../../electron/core/reports';
import { openTestLedger, type LedgerFixture } from '../../support/ledger-fixture';
import { insertSale } from './sale-rows';

/**
 * The day summary and Home must cost the same on a ledger of a million sales as on a new one: every
 * statement they run reads through an index (or a primary key), never a whole table.
 */
let f: LedgerFixture;
afterEach(() => f.close());

/** Runs `read`, recording every statement prepared on the connection, and returns each one's query plan. */
function plansOf(db: Database.Database, read: () => unknown): { sql: string; plan: string[] }[] {
  const seen: string[] = [];
  const prepare = db.prepare.bind(db);
  vi.spyOn(db, 'prepare').mockImplementation(((sql: string) => {
    seen.push(sql);
    return prepare(sql);
  }) as typeof db.prepare);
  read();
  vi.restoreAllMocks();
  return seen.map((sql) => {
    const params = (sql.match(/\?/g) ?? []).map(() => '2026-11-24');
    const named = sql.includes('@from') ? [{ from: '2026-11-24', to: '2026-11-24' }] : [];
    const plan = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params, ...named) as { detail: string }[];
    return { sql: sql.replace(/\s+/g, ' ').trim(), plan: plan.map((row) => row.detail) };
  });
}

function expectNoTableScan(plans: { sql: string; plan: string[] }[]): void {
  expect(plans.length).toBeGreaterThan(0);
  for (const { sql, plan } of plans) {
    expect({ sql, scans: plan.filter((step) => /^SCAN (?!CONSTANT)/.test(step)) }).toEqual({ sql, scans: [] });
  }
}

describe('query plans of the day summary and Home', () => {
  it('the business-day summary reads the day totals by primary key and the rare rows through their indexes', async () => {
    f = await openTestLedger();
    insertSale(f.db, { day: '2026-11-24' });
    const plans = plansOf(f.db, () => summarizeSales(f.ledger, { from: '2026-11-24', to: '2026-11-24' }));
    expectNoTableScan(plans);
    expect(plans.flatMap((p) => p.plan)).toContain('SEARCH sale_day_total USING PRIMARY KEY (business_day>? AND business_day<?)');
  });

  it("Home's figures read today's totals, the open-sales index, the drawer total and the newest row ids", async () => {
    f = await openTestLedger();
    insertSale(f.db, { day: '2026-11-24' });
    const plans = plansOf(f.db, () => todaySummary(f.ledger));
    expectNoTableScan(plans);
  });

  it("commission reads only the range's sales that have commission, and each one's own entries, not the history", async () => {
    f = await openTestLedger();
    const commit = (saleId: number, amount: number) =>
      f.ledger.post({
        idemKey: `sale:${saleId}:commit`, kind: 'sale_commit', memo: 'tiket',
        postings: [{ account: ACCOUNT.depositHeld, amount: rupiah(amount) }, { account: ACCOUNT.commissionIncome, amount: rupiah(-amount) }],
      });
    const ticket = { kind: 'flight', productId: 'flight:cgk-dps', price: 900_000 };
    commit(insertSale(f.db, { ...ticket, day: '2026-11-24', cost: 865_000, commission: 15_000 }), 15_000);
    for (let i = 0; i < 20; i += 1) insertSale(f.db, { day: '2026-11-24' });
    // A later day with many commission postings: none of them may be read for the 24th.
    for (let i = 0; i < 50; i += 1) commit(insertSale(f.db, { ...ticket, day: '2026-11-25', cost: 879_000, commission: 1_000 }), 1_000);
    const plans = plansOf(f.db, () => expect(summarizeSales(f.ledger, { from: '2026-11-24', to: '2026-11-24' }).totals.commission).toBe(15_000));
    expectNoTableScan(plans);
    const commission = plans.find((p) => p.sql.includes('sale_with_commission'));
    expect(commission?.plan).toEqual(
      expect.arrayContaining([
        'SEARCH s USING INDEX sale_with_commission (business_day>? AND business_day<?)',
        'SEARCH e USING COVERING INDEX sqlite_autoindex_journal_entry_1 (idem_key>? AND idem_key<?)',
        'SEARCH p USING INDEX posting_by_entry (entry_id=?)',
      ]),
    );
  });
});
