import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { join } from 'node:path';
import { iakAdapter } from '../../../electron/core/providers/registry/iak-adapter';
import { openLedger, verifyLedger } from '../../../electron/core/ledger';
import { SANDBOX_OPENING_DEPOSIT } from '../../../electron/core/providers/sandbox/sandbox-deposits';
import { channelCaller, openTestCore } from '../../support/core-fixture';
import { makeTempDir } from '../../support/temp-dir';
import { OWNER_SESSION } from '../../support/sessions';

/**
 * Issue 7 item 12: a provider that went live, back to sandbox, received a real top-up and went live
 * again was refused (`conflict`: the close-out reused one key with a new amount). Every cycle works:
 * the deposit account holds the training money in Sandbox (equal to the simulator's) and the real
 * deposit in Live, real top-ups recorded in Sandbox wait for Live, and the books balance throughout.
 */
const dir = makeTempDir();
let t: Awaited<ReturnType<typeof openTestCore>>;
let live: Awaited<ReturnType<typeof iakAdapter.startSimulator>>;
beforeAll(async () => {
  t = await openTestCore(dir.dir, { sandbox: 'in-process' });
  live = await iakAdapter.startSimulator({ initialBalance: 7_000_000 as never });
});
afterAll(async () => {
  await t.close();
  await live.close();
  dir.cleanup();
});

const call = <T>(channel: string, input: unknown = {}): Promise<T> => channelCaller(t.core)<T>(channel, input);

let n = 0;
const topUp = (amount: number) =>
  call('ledger:recordDepositTopUp', { requestId: `cycle-topup-${(n += 1)}`, provider: 'iak', amount, source: 'bank' });
const goLive = () =>
  call('providers:configure', { provider: 'iak', mode: 'live', liveBaseUrl: live.baseUrl, credentials: { ...live.credentials } });
const goSandbox = () => call('providers:configure', { provider: 'iak', mode: 'sandbox' });

async function balances(): Promise<{ deposit: number; equity: number }> {
  const { accounts } = await call<{ accounts: { code: string; balance: number }[] }>('ledger:balances');
  const of = (code: string) => accounts.find((a) => a.code === code)!.balance;
  return { deposit: of('deposit:iak'), equity: of('owner_equity') };
}

/** In Sandbox the ledger's deposit is the training money, and the simulator says the same. */
async function expectTraining(expected: number): Promise<void> {
  expect((await balances()).deposit).toBe(expected);
  expect(await call('providers:testConnection', { provider: 'iak' })).toMatchObject({ ok: true, balance: expected });
}

async function expectBooksSound(): Promise<void> {
  const db: Database.Database = await openLedger({ file: join(dir.dir, 'loket.db'), backupDir: join(dir.dir, 'backups') });
  try {
    expect(verifyLedger(db)).toEqual([]);
  } finally {
    db.close();
  }
}

describe('go-live / go-sandbox cycles', () => {
  it('keeps training and real money apart through live -> sandbox -> top-up -> live -> sandbox -> live', async () => {
    const seeded = SANDBOX_OPENING_DEPOSIT;
    const equityBefore = (await balances()).equity; // every provider's training deposit is owner capital
    await expectTraining(seeded);

    await topUp(1_000_000); // real money recorded while still training: parked for Live
    await expectTraining(seeded);

    await goLive();
    expect((await balances()).deposit).toBe(1_000_000);
    await topUp(2_000_000);
    expect((await balances()).deposit).toBe(3_000_000);

    await goSandbox();
    await expectTraining(seeded);
    await topUp(500_000); // the case: a real top-up while back in Sandbox
    await expectTraining(seeded);

    await goLive(); // refused with `conflict` before the fix
    expect((await balances()).deposit).toBe(3_500_000);

    await goSandbox();
    await expectTraining(seeded);
    await goLive();
    expect((await balances()).deposit).toBe(3_500_000);
    // Owner capital: the real top-ups came in, IAK's training deposit went back out while Live.
    expect((await balances()).equity).toBe(equityBefore - seeded + 3_500_000);
    await expectBooksSound();
  });

  it('gives every close-out, reopen, park and restore its own key', async () => {
    const { entries } = await call<{ entries: { kind: string; memo: string }[] }>('ledger:journalForDay');
    const kinds = entries.map((e) => e.kind);
    expect(kinds.filter((k) => k === 'sandbox_deposit_closeout')).toHaveLength(3);
    expect(kinds.filter((k) => k === 'sandbox_deposit_reopen')).toHaveLength(2);
    expect(kinds.filter((k) => k === 'live_deposit_restored')).toHaveLength(3);
    expect(kinds.filter((k) => k === 'live_deposit_parked')).toHaveLength(4); // two switches + two top-ups in Sandbox
  });

  it('starts the simulator with the parked training money after a restart in Live', async () => {
    await t.core.close();
    t = await openTestCore(dir.dir, { sandbox: 'in-process' });
    expect((await balances()).deposit).toBe(3_500_000);
    await goSandbox();
    await expectTraining(SANDBOX_OPENING_DEPOSIT);
    await goLive();
    expect((await balances()).deposit).toBe(3_500_000);
    await expectBooksSound();
  });
});

describe('the sequence from the issue', () => {
  it('goes live again after live -> sandbox -> real top-up (no conflict), with the top-up in the live deposit', async () => {
    const other = await openTestCore(undefined, { sandbox: 'in-process' });
    const sim = await iakAdapter.startSimulator({ initialBalance: 1_000_000 as never });
    try {
      const dispatch = async (channel: string, input: unknown) => other.core.dispatch(channel, input, OWNER_SESSION);
      const live = { provider: 'iak', mode: 'live', liveBaseUrl: sim.baseUrl, credentials: { ...sim.credentials } };
      expect(await dispatch('providers:configure', live)).toMatchObject({ ok: true });
      expect(await dispatch('providers:configure', { provider: 'iak', mode: 'sandbox' })).toMatchObject({ ok: true });
      expect(await dispatch('ledger:recordDepositTopUp', { requestId: 'issue-topup-1', provider: 'iak', amount: '1.000.000', source: 'bank' })).toMatchObject({ ok: true });
      expect(await dispatch('providers:configure', live)).toMatchObject({ ok: true, value: { mode: 'live' } });
      const result = await dispatch('ledger:balances', {});
      const accounts = result.ok ? (result.value as { accounts: { code: string; balance: number }[] }).accounts : [];
      expect(accounts.find((a) => a.code === 'deposit:iak')?.balance).toBe(1_000_000);
    } finally {
      await other.close();
      await sim.close();
    }
  });

  it('takes back a top-up recorded in Sandbox from the parked money, never from training', async () => {
    const other = await openTestCore(undefined, { sandbox: 'in-process' });
    const sim = await iakAdapter.startSimulator({ initialBalance: 1_000_000 as never });
    try {
      const call2 = async <T>(channel: string, input: unknown): Promise<T> => {
        const result = await other.core.dispatch(channel, input, OWNER_SESSION);
        if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
        return result.value as T;
      };
      const deposit = async () =>
        (await call2<{ accounts: { code: string; balance: number }[] }>('ledger:balances', {})).accounts.find((a) => a.code === 'deposit:iak')!.balance;
      const { entryId } = await call2<{ entryId: number }>('ledger:recordDepositTopUp', { requestId: 'typo-topup-1', provider: 'iak', amount: '900.000', source: 'bank' });
      await call2('ledger:reverseOwnerEntry', { requestId: 'typo-undo-1', entryId, reason: 'salah provider' });
      expect(await deposit()).toBe(SANDBOX_OPENING_DEPOSIT);
      await call2('providers:configure', { provider: 'iak', mode: 'live', liveBaseUrl: sim.baseUrl, credentials: { ...sim.credentials } });
      expect(await deposit()).toBe(0);
    } finally {
      await other.close();
      await sim.close();
    }
  });
});
