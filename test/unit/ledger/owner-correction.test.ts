import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  recordDepositTopUp,
  recordOpeningCash,
  reverseOwnerEntry,
  verifyLedger,
} from '../../../electron/core/ledger';
import { rupiah } from '../../../electron/core/money';
import { openTestLedger, type LedgerFixture } from '../../support/ledger-fixture';

let f: LedgerFixture;
beforeEach(async () => {
  f = await openTestLedger();
});
afterEach(() => f.close());

const balance = (code: string) => f.ledger.rawBalance(code);

describe('taking back a mistyped owner operation', () => {
  it('posts one reversing entry, once, and a replay of the same request records nothing new', () => {
    const topUp = recordDepositTopUp(f.ledger, { requestId: 'topup-0001', amount: '900.000', provider: 'iak', source: 'bank' });
    const undo = { requestId: 'undo-00001', entryId: topUp.entryId, reason: 'salah ketik' };
    const first = reverseOwnerEntry(f.ledger, undo);
    expect(first.duplicate).toBe(false);
    expect(reverseOwnerEntry(f.ledger, undo)).toEqual({ entryId: first.entryId, duplicate: true });
    expect(() => reverseOwnerEntry(f.ledger, { ...undo, requestId: 'undo-00002' })).toThrow(/sudah dikoreksi/);
    expect(balance('deposit:iak')).toBe(0);
    expect(balance('owner_equity')).toBe(0);
    const entry = f.ledger.entriesForDay(f.ledger.businessDay()).find((e) => e.id === first.entryId);
    expect(entry).toMatchObject({ kind: 'owner_correction', memo: expect.stringMatching(/Koreksi catatan #1 .*: salah ketik/) });
    expect(verifyLedger(f.db)).toEqual([]);
  });

  it('never takes back money that is no longer there, and changes nothing', () => {
    const open = recordOpeningCash(f.ledger, { requestId: 'open-00001', amount: '500.000' });
    recordDepositTopUp(f.ledger, { requestId: 'topup-0002', amount: '400.000', provider: 'mmbc', source: 'cash' });
    expect(() => reverseOwnerEntry(f.ledger, { requestId: 'undo-00003', entryId: open.entryId, reason: 'salah' })).toThrow(
      /Kas laci tinggal Rp 100\.000; tidak bisa mengambil kembali Rp 500\.000/,
    );
    expect(balance('cash_drawer')).toBe(100_000);
    expect(f.ledger.entriesForDay(f.ledger.businessDay())).toHaveLength(2);
  });

  it('corrects only owner operations', () => {
    const other = f.ledger.post({
      idemKey: 'sale:x',
      kind: 'sale_commit',
      memo: 'jual',
      postings: [
        { account: 'cash_drawer', amount: rupiah(1000) },
        { account: 'customer_funds_held', amount: rupiah(-1000) },
      ],
    });
    expect(() => reverseOwnerEntry(f.ledger, { requestId: 'undo-00004', entryId: other.entryId, reason: 'coba' })).toThrow(/bukan catatan kas\/deposit pemilik/);
    expect(() => reverseOwnerEntry(f.ledger, { requestId: 'undo-00005', entryId: 999, reason: 'coba' })).toThrow(/#999 tidak ada/);
  });
});
