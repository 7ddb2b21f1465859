import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACCOUNT } from '../../../electron/core/ledger';
import { rupiah } from '../../../electron/core/money';
import { cashMovements, depositMovements, recordBalanceReading } from '../../../electron/core/reports';
import { openTestLedger, type LedgerFixture } from '../../support/ledger-fixture';

/**
 * Kas and Mutasi deposit over entries on several business days (the clock moves through them): each
 * movement with the balance before and after, the range's opening balance equal to every posting
 * before it whichever way it is computed, and the provider's readings beside the ledger's.
 */
let f: LedgerFixture;
let clock = 0;
const at = (day: string, hour: number) => Date.parse(`${day}T00:00:00Z`) + (hour - 7) * 3_600_000; // WIB wall clock
beforeEach(async () => {
  f = await openTestLedger(() => clock);
  let n = 0;
  const post = (when: number, kind: string, debit: string, credit: string, amount: number) => {
    clock = when;
    n += 1;
    f.ledger.post({ idemKey: `t-${n}`, kind, memo: `${kind} ${n}`, postings: [{ account: debit, amount: rupiah(amount) }, { account: credit, amount: rupiah(-amount) }] });
  };
  post(at('2026-11-22', 8), 'opening_cash', ACCOUNT.cashDrawer, ACCOUNT.ownerEquity, 100_000);
  post(at('2026-11-22', 9), 'deposit_topup', 'deposit:iak', ACCOUNT.cashDrawer, 50_000);
  post(at('2026-11-23', 10), 'sale_commit', ACCOUNT.cashDrawer, ACCOUNT.customerFundsHeld, 12_000);
  post(at('2026-11-23', 10), 'sale_commit', ACCOUNT.depositHeld, 'deposit:iak', 10_800);
  post(at('2026-11-23', 16), 'owner_withdrawal', ACCOUNT.ownerEquity, ACCOUNT.cashDrawer, 20_000);
  for (let i = 0; i < 6; i += 1) post(at('2026-11-24', 9 + i), 'sale_commit', ACCOUNT.cashDrawer, ACCOUNT.customerFundsHeld, 1_000);
});
afterEach(() => f.close());

/** The oracle: every posting of the account on days before `day`, summed plainly. */
function balanceBefore(account: string, day: string): number {
  const row = f.db
    .prepare(
      `SELECT COALESCE(SUM(p.amount), 0) AS total FROM posting p JOIN journal_entry e ON e.id = p.entry_id JOIN account a ON a.id = p.account_id
        WHERE a.code = ? AND e.business_day < ?`,
    )
    .get(account, day) as { total: number };
  return row.total;
}

describe('cash movements', () => {
  it('lists the drawer entries of the range with the balance after each, from the balance before the range', () => {
    const cash = cashMovements(f.ledger, { from: '2026-11-23', to: '2026-11-23' });
    expect(cash).toMatchObject({ from: '2026-11-23', to: '2026-11-23', openingBalance: 50_000, closingBalance: 42_000 });
    expect(cash.movements.map(({ kind, amount, balanceAfter, businessDay }) => ({ kind, amount, balanceAfter, businessDay }))).toEqual([
      { kind: 'sale_commit', amount: 12_000, balanceAfter: 62_000, businessDay: '2026-11-23' },
      { kind: 'owner_withdrawal', amount: -20_000, balanceAfter: 42_000, businessDay: '2026-11-23' },
    ]);
    expect(cash.movements[0]).not.toHaveProperty('balanceBefore');
  });

  it('opens each range at the sum of every posting before it, early in the journal or late', () => {
    for (const day of ['2026-11-22', '2026-11-23', '2026-11-24']) {
      const cash = cashMovements(f.ledger, { from: day, to: day });
      expect({ day, opening: cash.openingBalance }).toEqual({ day, opening: balanceBefore(ACCOUNT.cashDrawer, day) });
      expect({ day, closing: cash.closingBalance }).toEqual({ day, closing: balanceBefore(ACCOUNT.cashDrawer, nextDay(day)) });
    }
    const week = cashMovements(f.ledger, { from: '2026-11-20', to: '2026-11-26' });
    expect(week).toMatchObject({ openingBalance: 0, closingBalance: 48_000 });
    expect(week.movements).toHaveLength(10);
  });

  it('a range without entries shows the balance that stood then', () => {
    expect(cashMovements(f.ledger, { from: '2026-11-01', to: '2026-11-02' })).toMatchObject({ openingBalance: 0, closingBalance: 0, movements: [] });
    expect(cashMovements(f.ledger, { from: '2026-11-30', to: '2026-11-30' })).toMatchObject({ openingBalance: 48_000, closingBalance: 48_000, movements: [] });
  });
});

describe('deposit movements', () => {
  it("per provider: each entry with the balance before and after, and the provider's readings of the range beside the ledger's", () => {
    clock = at('2026-11-22', 20);
    recordBalanceReading(f.ledger, { provider: 'iak', at: clock, reported: 50_000, ledger: 50_000 });
    clock = at('2026-11-23', 20);
    recordBalanceReading(f.ledger, { provider: 'iak', at: clock, reported: 38_900, ledger: 39_200 });
    const view = depositMovements(f.ledger, { from: '2026-11-23', to: '2026-11-23' });
    expect(view.providers.map((p) => p.provider)).toEqual(['mmbc', 'iak', 'ayoconnect', 'klikoo']);
    const iak = view.providers.find((p) => p.provider === 'iak')!;
    expect(iak).toMatchObject({ openingBalance: 50_000, closingBalance: 39_200 });
    expect(iak.movements).toEqual([expect.objectContaining({ kind: 'sale_commit', amount: -10_800, balanceBefore: 50_000, balanceAfter: 39_200, at: at('2026-11-23', 10) })]);
    expect(iak.reportedBalances).toEqual([{ at: at('2026-11-23', 20), reported: 38_900, ledger: 39_200, difference: -300 }]);
    expect(view.providers.find((p) => p.provider === 'mmbc')).toEqual({ provider: 'mmbc', openingBalance: 0, closingBalance: 0, movements: [], reportedBalances: [] });
  });
});

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
