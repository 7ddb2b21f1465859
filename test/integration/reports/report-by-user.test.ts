import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelOutput } from '../../../electron/core/api/contract';
import { LEDGER_FILE } from '../../../electron/core/app/open-core';
import { USER_DAY_TOTALS_SQL } from '../../../electron/core/reports/user-totals';
import { channelCaller, openTestCore } from '../../support/core-fixture';
import { makeTempDir } from '../../support/temp-dir';
import { addSales, addUser, type SaleRow } from '../../support/user-rows';

/**
 * Laporan by user: the day totals (sale_day_total) have no user, so a user's report is summed from
 * that user's sale rows. Proof: each user's totals are exactly the figures of their own sales, the
 * users' totals plus those of the sales no user made add up to the unfiltered totals, and the
 * unfiltered report is the same as before (all sales).
 */
type Summary = ChannelOutput<'reports:summary'>;
type Totals = Summary['totals'];

const DAY = '2026-11-24';
const NEXT = '2026-11-25';
const data = makeTempDir();
let t: Awaited<ReturnType<typeof openTestCore>>;
let call: ReturnType<typeof channelCaller>;
const users: Record<'rina' | 'budi' | 'owner', { id: number; name: string }> = {} as never;
let rows: SaleRow[] = [];

beforeAll(async () => {
  await (await openTestCore(data.dir)).close();
  const db = new Database(join(data.dir, LEDGER_FILE));
  users.rina = addUser(db, 'Rina Laporan');
  users.budi = addUser(db, 'Budi Laporan');
  users.owner = addUser(db, 'Pemilik Laporan', 'owner');
  rows = [
    { ref: 'RPT-R1', userId: users.rina.id, day: DAY, state: 'success', price: 12_000, cost: 10_300 },
    { ref: 'RPT-R2', userId: users.rina.id, day: DAY, state: 'success', price: 22_000, cost: 21_500, kind: 'data' },
    { ref: 'RPT-R3', userId: users.rina.id, day: DAY, state: 'failed', price: 12_000, cost: 10_300, refund: 'due' },
    { ref: 'RPT-R4', userId: users.rina.id, day: DAY, state: 'pending', price: 12_000, cost: 10_300 },
    { ref: 'RPT-R5', userId: users.rina.id, day: NEXT, state: 'success', price: 12_000, cost: 10_300 },
    { ref: 'RPT-B1', userId: users.budi.id, day: DAY, state: 'success', price: 12_000, cost: 10_300 },
    { ref: 'RPT-B2', userId: users.budi.id, day: DAY, state: 'failed', price: 14_000, cost: 12_650, refund: 'paid', kind: 'data' },
    { ref: 'RPT-O1', userId: users.owner.id, day: DAY, state: 'success', price: 50_000, cost: 49_000, provider: 'mmbc' },
    // Nobody signed in: background work, or a sale from before users existed.
    { ref: 'RPT-N1', userId: null, day: DAY, state: 'success', price: 12_000, cost: 10_300 },
    { ref: 'RPT-N2', userId: null, day: DAY, state: 'failed', price: 12_000, cost: 10_300, refund: 'due' },
  ];
  addSales(db, rows);
  db.close();
  t = await openTestCore(data.dir);
  call = channelCaller(t.core);
});
afterAll(async () => {
  await t.close();
  data.cleanup();
});

/** The figures of these sales counted by hand, the way Laporan defines them (channels/reports.ts). */
function expected(of: readonly SaleRow[]): Totals {
  const success = of.filter((r) => r.state === 'success');
  const refunded = of.filter((r) => r.state === 'failed' && (r.refund ?? 'none') !== 'none');
  const sum = (list: readonly SaleRow[], pick: (r: SaleRow) => number) => list.reduce((total, r) => total + pick(r), 0);
  const gross = sum(success, (r) => r.price);
  const cost = sum(success, (r) => r.cost);
  return {
    count: success.length,
    gross,
    cost,
    commission: 0,
    margin: gross - cost,
    refundCount: refunded.length,
    refundAmount: sum(refunded, (r) => r.price),
    refundsPaid: sum(refunded.filter((r) => r.refund === 'paid'), (r) => r.price),
    pendingCount: of.filter((r) => r.state === 'pending').length,
    failedCount: of.filter((r) => r.state === 'failed').length,
  };
}

const summary = (input: { from: string; to: string; userId?: number | null }) => call<Summary>('reports:summary', input);
const inRange = (from: string, to: string) => (r: SaleRow) => r.day >= from && r.day <= to;

function added(list: readonly Totals[]): Totals {
  const total = { ...expected([]) };
  for (const totals of list) for (const key of Object.keys(total) as (keyof Totals)[]) total[key] += totals[key];
  return total;
}

describe('reports:summary by user', () => {
  it("a user's totals are exactly the figures of that user's sales (one day and a range)", async () => {
    for (const [from, to] of [[DAY, DAY], [DAY, NEXT]] as const) {
      for (const user of Object.values(users)) {
        const report = await summary({ from, to, userId: user.id });
        expect(report.totals, `${user.name} ${from}..${to}`).toEqual(expected(rows.filter((r) => r.userId === user.id).filter(inRange(from, to))));
      }
    }
  });

  it('userId null: the sales no signed-in user made', async () => {
    const report = await summary({ from: DAY, to: NEXT, userId: null });
    expect(report.totals).toEqual(expected(rows.filter((r) => r.userId === null)));
  });

  it('every user plus the no-user sales add up to the unfiltered totals, which are unchanged (all sales)', async () => {
    for (const [from, to] of [[DAY, DAY], [DAY, NEXT]] as const) {
      const all = await summary({ from, to });
      expect(all.totals).toEqual(expected(rows.filter(inRange(from, to))));
      const parts = await Promise.all([...Object.values(users).map((u) => u.id), null].map((userId) => summary({ from, to, userId })));
      expect(added(parts.map((p) => p.totals))).toEqual(all.totals);
    }
  });

  it("a user's breakdowns add up to that user's totals (per day, category, provider)", async () => {
    const report = await summary({ from: DAY, to: NEXT, userId: users.rina.id });
    expect(report.perDay.map((d) => [d.key, d.count, d.gross])).toEqual([[DAY, 2, 34_000], [NEXT, 1, 12_000]]);
    expect(added(report.byCategory.map(({ key: _k, label: _l, ...totals }) => totals))).toEqual(report.totals);
    expect(added(report.byProvider.map(({ key: _k, label: _l, ...totals }) => totals))).toEqual(report.totals);
  });

  it('a user with no sales in the range gets zeros, not someone else\'s sales', async () => {
    const report = await summary({ from: NEXT, to: NEXT, userId: users.budi.id });
    expect(report.totals).toEqual(expected([]));
  });

  it("reads a user's sales through the index sale_by_user (never a scan of the history)", () => {
    const db = new Database(join(data.dir, LEDGER_FILE), { readonly: true });
    try {
      const plan = (db.prepare(`EXPLAIN QUERY PLAN ${USER_DAY_TOTALS_SQL}`).all(users.rina.id, DAY, NEXT) as { detail: string }[]).map((r) => r.detail);
      expect(plan.join('\n')).toMatch(/SEARCH sale USING INDEX sale_by_user \(user_id=\? AND business_day>\? AND business_day<\?\)/);
      expect(plan.join('\n')).not.toMatch(/SCAN sale\b/);
    } finally {
      db.close();
    }
  });
});
