import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  recordDepositTopUp,
  recordOpeningCash,
  recordOwnerWithdrawal,
  verifyLedger,
} from '../../../electron/core/ledger';
import { entryLimitView, parseTypedAmount, setEntryLimit } from '../../../electron/core/ledger/entry-limit';
import { DEFAULT_ENTRY_LIMIT, ENTRY_LIMIT_HARD_CAP, MAX_RUPIAH, rupiah } from '../../../electron/core/money';
import { openTestLedger, type LedgerFixture } from '../../support/ledger-fixture';

let f: LedgerFixture;
beforeEach(async () => {
  f = await openTestLedger();
});
afterEach(() => f.close());

const entries = () => f.ledger.entriesForDay(f.ledger.businessDay());
let seq = 0;
const rid = () => `limit-req-${(seq += 1)}`;

/** What an older Loket let through: written straight into the journal, past every check. */
function writeRawTopUp(amount: number, key = rid()) {
  f.ledger.journal.post({
    idemKey: key,
    kind: 'deposit_topup',
    memo: 'old top-up',
    at: f.ledger.now(),
    businessDay: f.ledger.businessDay(),
    postings: [
      { account: 'deposit:iak', amount: rupiah(amount) },
      { account: 'owner_equity', amount: rupiah(-amount) },
    ],
  });
}

describe('per-transaction limit on typed amounts', () => {
  it('refuses every owner operation above Rp 1.000.000.000 with the limit in words, and records nothing', () => {
    expect(entryLimitView(f.db)).toEqual({ limit: 1_000_000_000, defaultLimit: 1_000_000_000, hardCap: ENTRY_LIMIT_HARD_CAP });
    const over = '1.000.000.001';
    const message = /paling banyak Rp 1\.000\.000\.000 per transaksi/;
    expect(() => recordOpeningCash(f.ledger, { requestId: rid(), amount: over })).toThrow(message);
    expect(() => recordDepositTopUp(f.ledger, { requestId: rid(), amount: '999.999.999.999.999', provider: 'iak', source: 'bank' })).toThrow(message);
    expect(() => recordOwnerWithdrawal(f.ledger, { requestId: rid(), amount: over })).toThrow(message);
    expect(entries()).toHaveLength(0);
    recordDepositTopUp(f.ledger, { requestId: rid(), amount: DEFAULT_ENTRY_LIMIT, provider: 'iak', source: 'bank' });
    expect(f.ledger.rawBalance('deposit:iak')).toBe(1_000_000_000);
  });

  it('is a setting the owner can raise or lower, never above the hard cap', () => {
    expect(setEntryLimit(f.db, '5.000.000.000').limit).toBe(5_000_000_000);
    recordOpeningCash(f.ledger, { requestId: rid(), amount: '4.000.000.000' });
    expect(() => setEntryLimit(f.db, ENTRY_LIMIT_HARD_CAP + 1)).toThrow(/paling banyak Rp 10\.000\.000\.000/);
    expect(() => setEntryLimit(f.db, '0')).toThrow(/lebih dari nol/);
    expect(entryLimitView(f.db).limit).toBe(5_000_000_000);
    setEntryLimit(f.db, '2.000.000');
    expect(() => parseTypedAmount(f.db, '2.000.001')).toThrow(/paling banyak Rp 2\.000\.000 per transaksi/);
    expect(parseTypedAmount(f.db, '2.000.000')).toBe(2_000_000);
  });

  it('falls back to the default when the stored setting is unreadable, instead of failing', () => {
    f.db.prepare("INSERT INTO setting (key, value) VALUES ('entry_limit', 'rusak')").run();
    expect(entryLimitView(f.db).limit).toBe(DEFAULT_ENTRY_LIMIT);
  });
});

describe('account balances stay exact', () => {
  it('refuses an entry that would carry an account past the balance limit, and records nothing', () => {
    writeRawTopUp(MAX_RUPIAH - 10);
    setEntryLimit(f.db, ENTRY_LIMIT_HARD_CAP);
    expect(() => recordDepositTopUp(f.ledger, { requestId: rid(), amount: '11', provider: 'iak', source: 'bank' })).toThrow(
      /Saldo Deposit IAK akan melewati batas Rp 999\.999\.999\.999\.999; tidak dicatat/,
    );
    recordDepositTopUp(f.ledger, { requestId: rid(), amount: '10', provider: 'iak', source: 'bank' });
    expect(f.ledger.rawBalance('deposit:iak')).toBe(MAX_RUPIAH);
    expect(verifyLedger(f.db)).toEqual([]);
  });

  it('reads a total beyond 2^53 exactly and refuses to show it rounded', () => {
    for (let i = 0; i < 10; i += 1) writeRawTopUp(MAX_RUPIAH);
    const exact = 10n * BigInt(MAX_RUPIAH);
    expect(f.ledger.exactRawBalance('deposit:iak')).toBe(exact);
    expect(exact > BigInt(Number.MAX_SAFE_INTEGER)).toBe(true);
    expect(() => f.ledger.rawBalance('deposit:iak')).toThrow(/terlalu besar untuk dihitung pasti/);
    expect(() => f.ledger.balances()).toThrow(/Saldo Deposit IAK \(9999999999999990\) terlalu besar/);
    expect(verifyLedger(f.db)).toEqual([]);
  });

  it('lets an entry bring an oversized account back towards zero', () => {
    writeRawTopUp(MAX_RUPIAH);
    writeRawTopUp(MAX_RUPIAH);
    f.ledger.post({
      idemKey: 'mend-1',
      kind: 'correction',
      memo: 'koreksi',
      postings: [
        { account: 'owner_equity', amount: rupiah(MAX_RUPIAH) },
        { account: 'deposit:iak', amount: rupiah(-MAX_RUPIAH) },
      ],
    });
    expect(f.ledger.rawBalance('deposit:iak')).toBe(MAX_RUPIAH);
  });
});
