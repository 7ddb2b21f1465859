import { describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { setPosClient } from '../../../renderer/src/api/pos';
import { failure } from '../../../renderer/src/api/pos-client';
import { useAuthStore } from '../../../renderer/src/stores/auth';
import { useDayStore } from '../../../renderer/src/stores/day';
import { usePendingStore } from '../../../renderer/src/stores/pending';
import { createFakePos, ok, type FakePos } from './fake-pos';
import { dayRecap } from './shift-fixtures';

const OWNER = { id: 1, name: 'Pemilik Uji', role: 'owner' as const };
const CASHIER = { id: 2, name: 'Sari', role: 'cashier' as const };

/**
 * A core with one owner (PIN 1234) and one cashier: owner channels refuse the cashier with
 * `forbidden` unless the owner approved exactly that channel on this session (once), like the gate.
 */
function fakeCore(signedIn: typeof OWNER | typeof CASHIER) {
  const state = { user: signedIn as typeof OWNER | typeof CASHIER | null, grant: null as string | null, closes: 0, decisions: 0 };
  const ownerOnly = (channel: string) => {
    if (state.user?.role === 'owner') return null;
    if (state.grant === channel) {
      state.grant = null;
      return null;
    }
    return failure('forbidden', 'Hanya pemilik yang boleh menutup hari. Minta pemilik menyetujui dengan PIN pemilik.');
  };
  const pos: FakePos = createFakePos({
    'auth:status': () =>
      ok({
        setupNeeded: false,
        user: state.user,
        users: [OWNER, CASHIER].map((u) => ({ ...u, hasPin: true, waitUntil: null })),
        idleLockMinutes: 5,
        outletName: 'Toko Uji',
      }),
    'auth:lock': () => {
      state.user = null;
      return ok({ locked: true as const });
    },
    'auth:approveOverride': ({ channel, pin }) => {
      if (pin !== '1234') return failure('wrong_pin', 'PIN salah. Jika salah 2 kali lagi, Anda harus menunggu sebelum mencoba lagi.');
      state.grant = channel;
      return ok({ channel, approvedBy: OWNER, expiresAt: 1 });
    },
    'day:status': () => ok(dayRecap({ openShifts: 0 })),
    'day:unclosed': () => ok({ days: [] }),
    'day:close': () => {
      const refused = ownerOnly('day:close');
      if (refused) return refused;
      state.closes += 1;
      return ok(dayRecap({ openShifts: 0, closed: true }));
    },
    'sales:open': () => ok({ sales: [], damaged: [] }),
    'ledger:balances': () => ok({ accounts: [] } as never),
    'sales:operatorDecision': () => {
      const refused = ownerOnly('sales:operatorDecision');
      if (refused) return refused;
      state.decisions += 1;
      return ok({} as never);
    },
  });
  return { state, pos };
}

let core: ReturnType<typeof fakeCore>;

async function start(user: typeof OWNER | typeof CASHIER) {
  setActivePinia(createPinia());
  core = fakeCore(user);
  setPosClient(core.pos.client);
  const auth = useAuthStore();
  await auth.load();
  return auth;
}

const settle = () => new Promise((r) => setTimeout(r, 0));
const sent = (channel: string) => core.pos.calls.filter((c) => c.channel === channel).length;

describe('owner approval (withOwnerApproval)', () => {
  it('a cashier closing the day is asked for the owner PIN; a wrong PIN keeps the dialog; the right one sends the close once more', async () => {
    const auth = await start(CASHIER);
    const day = useDayStore();
    const closing = day.closeDay('2025-11-24');
    await settle();
    expect(auth.approval?.channel).toBe('day:close');
    expect(auth.approval?.refusal.message).toContain('Hanya pemilik');
    expect(sent('day:close')).toBe(1);

    expect(await auth.approve('9999')).toBe(false);
    expect(auth.approval?.error?.code).toBe('wrong_pin');
    expect(sent('day:close')).toBe(1);

    expect(await auth.approve('1234')).toBe(true);
    const result = await closing;
    expect(result?.ok).toBe(true);
    expect(auth.approval).toBeNull();
    expect(sent('day:close')).toBe(2);
    expect(core.state.closes).toBe(1);
  });

  it('cancelled, the first refusal is the answer and nothing is sent again', async () => {
    const auth = await start(CASHIER);
    const day = useDayStore();
    const closing = day.closeDay('2025-11-24');
    await settle();
    auth.cancelApproval();
    const result = await closing;
    expect(result?.ok).toBe(false);
    expect(day.closeError?.code).toBe('forbidden');
    expect(sent('day:close')).toBe(1);
    expect(sent('auth:approveOverride')).toBe(0);
  });

  it('the Pending panel\'s operator decision goes through the same approval', async () => {
    const auth = await start(CASHIER);
    const pending = usePendingStore();
    const deciding = pending.decide(7, { decision: 'failed', note: 'operator bilang gagal' });
    await settle();
    expect(auth.approval?.channel).toBe('sales:operatorDecision');
    await auth.approve('1234');
    expect((await deciding)?.ok).toBe(true);
    expect(core.state.decisions).toBe(1);
  });

  it('the owner is never asked: the core admits the call', async () => {
    const auth = await start(OWNER);
    const result = await useDayStore().closeDay('2025-11-24');
    expect(result?.ok).toBe(true);
    expect(auth.approval).toBeNull();
    expect(sent('day:close')).toBe(1);
  });

  it('locking closes a waiting approval with the refusal and forgets the user, keeping them preselected', async () => {
    const auth = await start(CASHIER);
    const closing = useDayStore().closeDay('2025-11-24');
    await settle();
    await auth.lock(true);
    expect((await closing)?.ok).toBe(false);
    expect(auth.user).toBeNull();
    expect(auth.preselectedUserId).toBe(CASHIER.id);
    expect(auth.approval).toBeNull();
  });
});
