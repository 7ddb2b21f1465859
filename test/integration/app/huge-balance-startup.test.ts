import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/app/core';
import { LEDGER_FILE } from '../../../electron/core/app/open-core';
import { Ledger, openLedger, verifyLedger } from '../../../electron/core/ledger';
import { MAX_RUPIAH, rupiah } from '../../../electron/core/money';
import { SANDBOX_OPENING_DEPOSIT } from '../../../electron/core/providers/sandbox/sandbox-deposits';
import { openTestCore } from '../../support/core-fixture';
import { makeTempDir } from '../../support/temp-dir';
import { OWNER_SESSION } from '../../support/sessions';

/**
 * Issue 7 item 11: one top-up of Rp 999.999.999.999.999 (what older versions accepted) made the app
 * refuse to start for good ("cannot start: Jumlah uang tidak valid"), in the desktop app and in
 * headless mode alike (both open the core the same way). A ledger holding any balance still opens.
 */
const temp: { cleanup(): void }[] = [];
afterEach(() => {
  for (const t of temp.splice(0)) t.cleanup();
});

async function writeTopUps(dir: string, count: number): Promise<void> {
  const db = await openLedger({ file: join(dir, LEDGER_FILE), backupDir: join(dir, 'backups') });
  const ledger = new Ledger(db, { timeZone: 'Asia/Jakarta' });
  for (let i = 0; i < count; i += 1) {
    // Straight into the journal: today's limits refuse this, an older Loket recorded it.
    ledger.transaction(() =>
      ledger.journal.post({
        idemKey: `owner:old-huge-topup-${i}`,
        kind: 'deposit_topup',
        memo: 'Top-up deposit IAK dari rekening bank pemilik',
        at: ledger.now(),
        businessDay: ledger.businessDay(),
        postings: [
          { account: 'deposit:iak', amount: rupiah(MAX_RUPIAH) },
          { account: 'owner_equity', amount: rupiah(-MAX_RUPIAH) },
        ],
      }),
    );
  }
  db.close();
}

type JournalDay = { entries: { id: number; kind: string; memo: string }[] };

/** The owner takes each mistyped top-up back through the contract (one reversing entry each). */
async function reverseHugeTopUps(core: Core): Promise<void> {
  const day = await core.dispatch('ledger:journalForDay', {}, OWNER_SESSION);
  const entries = day.ok ? (day.value as JournalDay).entries.filter((e) => e.kind === 'deposit_topup') : [];
  expect(entries.length).toBeGreaterThan(0);
  for (const entry of entries) {
    const result = await core.dispatch('ledger:reverseOwnerEntry', { requestId: `undo-entry-${entry.id}`, entryId: entry.id, reason: 'salah ketik nol' }, OWNER_SESSION);
    expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
  }
  expect(await core.dispatch('ledger:reverseOwnerEntry', { requestId: 'undo-again', entryId: entries[0]!.id, reason: 'dua kali' }, OWNER_SESSION)).toMatchObject({
    ok: false,
    error: { code: 'conflict' },
  });
}

async function depositOf(core: Core, provider: string): Promise<number | undefined> {
  const balances = await core.dispatch('ledger:balances', {}, OWNER_SESSION);
  if (!balances.ok) throw new Error(balances.error.message);
  return (balances.value as { accounts: { code: string; balance: number }[] }).accounts.find((a) => a.code === `deposit:${provider}`)?.balance;
}

async function sandboxCoreOn(dir: string) {
  return openTestCore(dir, { sandbox: 'in-process' });
}

describe('start-up never fails on a balance', () => {
  it('opens a Sandbox ledger after one Rp 999.999.999.999.999 top-up, with the exact balance', async () => {
    const t = makeTempDir();
    temp.push(t);
    await (await sandboxCoreOn(t.dir)).core.close(); // a fresh install: training deposits seeded
    await writeTopUps(t.dir, 1);

    const again = await sandboxCoreOn(t.dir);
    try {
      const balances = await again.core.dispatch('ledger:balances', {}, OWNER_SESSION);
      expect(balances.ok).toBe(true);
      const accounts = balances.ok ? (balances.value as { accounts: { code: string; balance: number }[] }).accounts : [];
      expect(accounts.find((a) => a.code === 'deposit:iak')?.balance).toBe(MAX_RUPIAH + SANDBOX_OPENING_DEPOSIT);
      // Owner capital is past the balance limit too, so new capital is refused until the typo is taken back.
      const bank = { requestId: 'after-huge-1', provider: 'mmbc', amount: '100.000', source: 'bank' };
      expect(await again.core.dispatch('ledger:recordDepositTopUp', bank, OWNER_SESSION)).toMatchObject({ ok: false, error: { message: expect.stringMatching(/Modal pemilik akan melewati batas/) } });
      await reverseHugeTopUps(again.core);
      expect(await again.core.dispatch('ledger:recordDepositTopUp', bank, OWNER_SESSION)).toMatchObject({ ok: true });
      expect(await depositOf(again.core, 'iak')).toBe(SANDBOX_OPENING_DEPOSIT);
    } finally {
      await again.core.close();
    }
  });

  it('opens a ledger whose deposit is past 2^53, and says which balance cannot be shown', async () => {
    const t = makeTempDir();
    temp.push(t);
    await (await sandboxCoreOn(t.dir)).core.close();
    await writeTopUps(t.dir, 10);

    const again = await sandboxCoreOn(t.dir);
    try {
      const balances = await again.core.dispatch('ledger:balances', {}, OWNER_SESSION);
      expect(balances).toMatchObject({ ok: false, error: { message: expect.stringMatching(/Saldo Deposit IAK .* terlalu besar untuk dihitung pasti/) } });
      await reverseHugeTopUps(again.core);
      expect(await depositOf(again.core, 'iak')).toBe(SANDBOX_OPENING_DEPOSIT);
      await again.core.close();
      const db = await openLedger({ file: join(t.dir, LEDGER_FILE), backupDir: join(t.dir, 'backups') });
      expect(verifyLedger(db)).toEqual([]);
      db.close();
    } finally {
      await again.core.close();
    }
  });
});

describe('the API refuses the amount that caused it', () => {
  it('refuses a Rp 999.999.999.999.999 top-up with the limit in words and records nothing', async () => {
    const t = await openTestCore();
    try {
      const result = await t.core.dispatch('ledger:recordDepositTopUp', { requestId: 'huge-topup-1', provider: 'iak', amount: '999.999.999.999.999', source: 'bank' }, OWNER_SESSION);
      expect(result).toEqual({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/paling banyak Rp 1\.000\.000\.000 per transaksi/) } });
      const preview = await t.core.dispatch('money:previewAmount', { text: '1.000.000.001' }, OWNER_SESSION);
      expect(preview).toMatchObject({ ok: false, error: { message: expect.stringMatching(/paling banyak Rp 1\.000\.000\.000 per transaksi/) } });
      expect(await t.core.dispatch('ledger:setEntryLimit', { amount: '2.000.000.000' }, OWNER_SESSION)).toMatchObject({ ok: true, value: { limit: 2_000_000_000 } });
      expect(await t.core.dispatch('ledger:recordDepositTopUp', { requestId: 'big-topup-2', provider: 'iak', amount: '1.500.000.000', source: 'bank' }, OWNER_SESSION)).toMatchObject({ ok: true });
      expect(await t.core.dispatch('ledger:entryLimit', {}, OWNER_SESSION)).toMatchObject({ ok: true, value: { limit: 2_000_000_000, hardCap: 10_000_000_000 } });
      const price = await t.core.dispatch('catalog:setProductPrice', { productId: 'pulsa:telkomsel:10000', price: '2.000.000.001' }, OWNER_SESSION);
      expect(price).toMatchObject({ ok: false, error: { message: expect.stringMatching(/paling banyak Rp 2\.000\.000\.000 per transaksi/) } });
    } finally {
      await t.close();
    }
  });
});
