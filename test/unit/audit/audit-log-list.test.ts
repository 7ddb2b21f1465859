import { afterEach, describe, expect, it } from 'vitest';
import { AuditLog, type AuditLine } from '../../../electron/core/audit/audit-log';
import { openTestLedger, type LedgerFixture } from '../../support/ledger-fixture';

let fx: LedgerFixture | undefined;
afterEach(() => fx?.close());

const OWNER = { id: 1, name: 'Pemilik Uji' };
const CASHIER = { id: 2, name: 'Kasir Uji' };
// 23:30 WIB on 24 Nov and 00:30 WIB on 25 Nov: two business days in the outlet's zone, one UTC date.
const LATE_24 = Date.UTC(2026, 10, 24, 16, 30);
const EARLY_25 = Date.UTC(2026, 10, 24, 17, 30);

async function logWith(lines: [number, Partial<AuditLine>][]): Promise<AuditLog> {
  let now = 0;
  fx = await openTestLedger(() => now);
  const log = new AuditLog(fx.db, fx.ledger);
  for (const [at, line] of lines) {
    now = at;
    log.append({ user: OWNER, approvedBy: null, action: 'catalog:setMarkup', label: 'mengubah harga jual', outcome: 'done', ...line });
  }
  return log;
}

describe('AuditLog.list', () => {
  it("filters by the outlet's business day, user, outcome and action, newest first", async () => {
    const log = await logWith([
      [LATE_24, { action: 'ledger:recordOwnerWithdrawal', label: 'menarik uang kas' }],
      [LATE_24, { user: CASHIER, outcome: 'refused', detail: 'Hanya pemilik' }],
      [EARLY_25, {}],
      [EARLY_25, { user: null, action: 'auth:signIn', label: 'masuk', outcome: 'refused' }],
    ]);
    const ids = (filter: Parameters<AuditLog['list']>[0]) => log.list(filter).entries.map((e) => e.id);
    expect(ids({ limit: 100 })).toEqual([4, 3, 2, 1]);
    expect(ids({ from: '2026-11-24', to: '2026-11-24', limit: 100 })).toEqual([2, 1]);
    expect(ids({ from: '2026-11-25', limit: 100 })).toEqual([4, 3]);
    expect(ids({ userId: CASHIER.id, limit: 100 })).toEqual([2]);
    expect(ids({ outcome: 'refused', limit: 100 })).toEqual([4, 2]);
    expect(ids({ action: 'catalog:setMarkup', limit: 100 })).toEqual([3, 2]);
    expect(ids({ outcome: 'done', from: '2026-11-25', limit: 100 })).toEqual([3]);
    expect(log.list({ limit: 100 }).entries[0]).toEqual({
      id: 4,
      at: EARLY_25,
      businessDay: '2026-11-25',
      user: null,
      approvedBy: null,
      action: 'auth:signIn',
      label: 'masuk',
      outcome: 'refused',
      before: null,
      after: null,
      detail: null,
    });
  });

  it('pages back by id: nextBeforeId until nothing older is left', async () => {
    const log = await logWith([1, 2, 3, 4, 5].map((n) => [LATE_24 + n, {}]));
    const first = log.list({ limit: 2 });
    expect(first.entries.map((e) => e.id)).toEqual([5, 4]);
    expect(first.nextBeforeId).toBe(4);
    const second = log.list({ limit: 2, beforeId: 4 });
    expect(second.entries.map((e) => e.id)).toEqual([3, 2]);
    const last = log.list({ limit: 2, beforeId: second.nextBeforeId! });
    expect(last).toEqual({ entries: [expect.objectContaining({ id: 1 })], nextBeforeId: null });
    // Exactly a page left: no empty page after it.
    expect(log.list({ limit: 3, beforeId: 4 }).nextBeforeId).toBeNull();
  });
});
