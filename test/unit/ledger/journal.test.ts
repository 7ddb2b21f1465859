import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rupiah } from '../../../electron/core/money';
import { verifyLedger } from '../../../electron/core/ledger';
import { openTestLedger, type LedgerFixture } from '../../support/ledger-fixture';

let f: LedgerFixture;
beforeEach(async () => {
  f = await openTestLedger();
});
afterEach(() => f.close());

const entry = (idemKey: string, amount: number) => ({
  idemKey,
  kind: 'test',
  memo: 'test',
  postings: [
    { account: 'cash_drawer', amount: rupiah(amount) },
    { account: 'owner_equity', amount: rupiah(-amount) },
  ],
});

describe('Journal', () => {
  it('records a balanced entry and derives balances from postings', () => {
    const result = f.ledger.post(entry('a', 10_000));
    expect(result.duplicate).toBe(false);
    expect(f.ledger.rawBalance('cash_drawer')).toBe(10_000);
    const balances = Object.fromEntries(f.ledger.balances().map((b) => [b.code, b.balance]));
    expect(balances.cash_drawer).toBe(10_000);
    expect(balances.owner_equity).toBe(10_000); // credit-normal, shown positive
    expect(verifyLedger(f.db)).toEqual([]);
  });

  it('records the same idempotency key once', () => {
    const first = f.ledger.post(entry('same', 5_000));
    const second = f.ledger.post(entry('same', 5_000));
    expect(second).toEqual({ entryId: first.entryId, duplicate: true });
    expect(f.ledger.rawBalance('cash_drawer')).toBe(5_000);
  });

  it('refuses a reused key carrying different money', () => {
    f.ledger.post(entry('same', 5_000));
    expect(() => f.ledger.post(entry('same', 6_000))).toThrow(/isi yang berbeda/);
    expect(f.ledger.rawBalance('cash_drawer')).toBe(5_000);
  });

  it.each([
    ['an unbalanced entry', [{ account: 'cash_drawer', amount: 100 }, { account: 'owner_equity', amount: -99 }], /does not balance/],
    ['a single posting', [{ account: 'cash_drawer', amount: 0 }], /at least two/],
    ['a zero posting', [{ account: 'cash_drawer', amount: 0 }, { account: 'owner_equity', amount: 0 }], /non-zero/],
    ['a fractional amount', [{ account: 'cash_drawer', amount: 0.5 }, { account: 'owner_equity', amount: -0.5 }], /non-zero integer/],
    ['an unknown account', [{ account: 'nope', amount: 1 }, { account: 'owner_equity', amount: -1 }], /Unknown account/],
  ])('refuses %s and writes nothing', (_name, postings, message) => {
    expect(() => f.ledger.post({ idemKey: 'bad', kind: 't', memo: 'm', postings: postings as never })).toThrow(message);
    expect(f.db.prepare('SELECT COUNT(*) AS n FROM journal_entry').get()).toEqual({ n: 0 });
    expect(f.db.prepare('SELECT COUNT(*) AS n FROM posting').get()).toEqual({ n: 0 });
  });

  it('stamps the business day in the outlet time zone (WIB)', () => {
    // 2026-11-24 18:30 UTC is already 2026-11-25 01:30 WIB.
    const late = f.ledger;
    Object.assign(late, { now: () => Date.UTC(2026, 10, 24, 18, 30) });
    late.post(entry('late', 1_000));
    expect(late.entriesForDay('2026-11-25').map((e) => e.kind)).toEqual(['test']);
    expect(late.entriesForDay('2026-11-24')).toEqual([]);
  });
});
