import { afterEach, describe, expect, it } from 'vitest';
import { listEntriesForDay } from '../../../electron/core/ledger/entries';
import { rupiah } from '../../../electron/core/money';
import { openTestLedger, type LedgerFixture } from '../../support/ledger-fixture';

/**
 * Buku besar: one day's entries, each with ONE amount (the sum of its debits) and all its legs;
 * filtered by an account, only the entries with a leg on it. The filter must cost a lookup per
 * entry of the day, never the account's whole history (the drawer has a leg in every sale).
 */
let f: LedgerFixture;
afterEach(() => f.close());

const DAY = '2026-11-24';
const YESTERDAY = '2026-11-23';
let key = 0;
function post(day: string, postings: [string, number][]): number {
  key += 1;
  return f.ledger.journal.post({
    idemKey: `entries-test-${key}`,
    kind: 'test',
    memo: `entry ${key}`,
    at: Date.parse(`${day}T03:00:00Z`),
    businessDay: day,
    postings: postings.map(([account, amount]) => ({ account, amount: rupiah(amount) })),
  }).entryId;
}

describe('the journal of a day (Buku besar)', () => {
  it('lists every entry of the day with its one amount and all legs; the account filter keeps only entries touching it', async () => {
    f = await openTestLedger();
    post(YESTERDAY, [['cash_drawer', 50_000], ['owner_equity', -50_000]]);
    const sale = post(DAY, [['cash_drawer', 12_300], ['customer_funds_held', -12_300], ['deposit_held', 10_300], ['deposit:iak', -10_300]]);
    const topUp = post(DAY, [['deposit:iak', 100_000], ['owner_equity', -100_000]]);

    const all = listEntriesForDay(f.db, DAY);
    expect(all.map((e) => [e.id, e.amount, e.postings.length])).toEqual([[sale, 22_600, 4], [topUp, 100_000, 2]]);

    const drawer = listEntriesForDay(f.db, DAY, 'cash_drawer');
    expect(drawer.map((e) => e.id)).toEqual([sale]);
    // The entry keeps all its legs, not only the drawer's.
    expect(drawer[0]!.postings.map((p) => p.account)).toEqual(['cash_drawer', 'customer_funds_held', 'deposit_held', 'deposit:iak']);
    expect(listEntriesForDay(f.db, DAY, 'deposit:iak').map((e) => e.id)).toEqual([sale, topUp]);
    expect(listEntriesForDay(f.db, DAY, 'cash_difference')).toEqual([]);
  });

  it("reads only the day's entries and their postings (by index), never the account's postings of every day", async () => {
    f = await openTestLedger();
    const seen: string[] = [];
    const prepare = f.db.prepare.bind(f.db);
    f.db.prepare = ((sql: string) => {
      seen.push(sql);
      return prepare(sql);
    }) as typeof f.db.prepare;
    listEntriesForDay(f.db, DAY, 'cash_drawer');
    f.db.prepare = prepare;
    expect(seen).toHaveLength(1);
    const params = (seen[0]!.match(/\?/g) ?? []).map(() => 'cash_drawer').fill(DAY, 0, 1);
    const plan = (f.db.prepare(`EXPLAIN QUERY PLAN ${seen[0]!}`).all(...params) as { detail: string }[]).map((r) => r.detail);
    expect(plan).toContainEqual(expect.stringMatching(/^SEARCH e USING (COVERING )?INDEX journal_entry_by_day/));
    // Postings are reached per entry, never by account (that index holds the account's whole history).
    expect(plan.filter((step) => /posting_by_account/.test(step) || /^SCAN (?!CONSTANT)/.test(step))).toEqual([]);
  });
});
