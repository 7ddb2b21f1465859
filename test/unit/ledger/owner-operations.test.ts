import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  recordDepositTopUp,
  recordOpeningCash,
  recordOwnerWithdrawal,
  verifyLedger,
} from '../../../electron/core/ledger';
import { openTestLedger, type LedgerFixture } from '../../support/ledger-fixture';

let f: LedgerFixture;
beforeEach(async () => {
  f = await openTestLedger();
});
afterEach(() => f.close());

const balance = (code: string) => f.ledger.balances().find((b) => b.code === code)?.balance;

describe('owner operations', () => {
  it('opening cash puts money in the drawer from owner equity', () => {
    recordOpeningCash(f.ledger, { requestId: 'open-0001', amount: 'Rp 500.000' });
    expect(balance('cash_drawer')).toBe(500_000);
    expect(balance('owner_equity')).toBe(500_000);
  });

  it('a deposit top-up from cash moves drawer money to the provider deposit', () => {
    recordOpeningCash(f.ledger, { requestId: 'open-0001', amount: '500000' });
    recordDepositTopUp(f.ledger, { requestId: 'topup-001', amount: '200.000', provider: 'iak', source: 'cash' });
    expect(balance('cash_drawer')).toBe(300_000);
    expect(balance('deposit:iak')).toBe(200_000);
  });

  it('a deposit top-up from the bank is new owner capital and leaves the drawer alone', () => {
    recordDepositTopUp(f.ledger, { requestId: 'topup-002', amount: '1.000.000', provider: 'klikoo', source: 'bank' });
    expect(balance('deposit:klikoo')).toBe(1_000_000);
    expect(balance('cash_drawer')).toBe(0);
    expect(balance('owner_equity')).toBe(1_000_000);
  });

  it('refuses to take more cash out of the drawer than it holds, and records nothing', () => {
    recordOpeningCash(f.ledger, { requestId: 'open-0001', amount: '100000' });
    expect(() => recordOwnerWithdrawal(f.ledger, { requestId: 'wd-000001', amount: '100.001' })).toThrow(
      /Kas laci hanya Rp 100.000, tidak cukup untuk Rp 100.001/,
    );
    expect(() => recordDepositTopUp(f.ledger, { requestId: 'topup-003', amount: '200000', provider: 'mmbc', source: 'cash' })).toThrow(
      /tidak cukup/,
    );
    expect(balance('cash_drawer')).toBe(100_000);
    expect(f.ledger.entriesForDay(f.ledger.businessDay())).toHaveLength(1);
  });

  it.each(['abc', '-5000', '1,5', '', '0'])('refuses the amount %j and records nothing', (amount) => {
    expect(() => recordOpeningCash(f.ledger, { requestId: 'open-0002', amount })).toThrow();
    expect(f.ledger.entriesForDay(f.ledger.businessDay())).toEqual([]);
  });

  it('a repeated request (double-click) records once, even when the drawer check would now fail', () => {
    recordOpeningCash(f.ledger, { requestId: 'open-0001', amount: '100000' });
    const first = recordOwnerWithdrawal(f.ledger, { requestId: 'wd-000002', amount: '100000' });
    const again = recordOwnerWithdrawal(f.ledger, { requestId: 'wd-000002', amount: '100000' });
    expect(again).toEqual({ entryId: first.entryId, duplicate: true });
    expect(balance('cash_drawer')).toBe(0);
    expect(verifyLedger(f.db)).toEqual([]);
  });

  it('keeps the note in the memo', () => {
    recordOpeningCash(f.ledger, { requestId: 'open-0003', amount: '5000', note: '  shift pagi ' });
    expect(f.ledger.entriesForDay(f.ledger.businessDay())[0]?.memo).toBe('Modal awal kas laci: shift pagi');
  });
});
