import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelOutput } from '../../../electron/core/api/contract';
import { channelCaller, openTestCore } from '../../support/core-fixture';
import { CASHIER_SESSION, OWNER_NAME, OWNER_SESSION, signInCashier } from '../../support/sessions';

/**
 * A shift is the signed-in user's: opened without a typed name it takes theirs, a typed name that
 * differs does not make it someone else's, and the row records who opened and who closed it. The
 * ledger's journal names who recorded each entry (null for entries no signed-in user made).
 */
type Shift = ChannelOutput<'shifts:open'>;
let t: Awaited<ReturnType<typeof openTestCore>>;
let owner: ReturnType<typeof channelCaller>;
let cashier: { id: number; name: string };
let ownerId: number;

async function asCashier<T>(channel: string, input: unknown): Promise<T> {
  const result = await t.core.dispatch(channel, input, CASHIER_SESSION);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

beforeAll(async () => {
  t = await openTestCore();
  owner = channelCaller(t.core);
  cashier = await signInCashier(t.core, 'Rina Shift', '4321');
  ownerId = (await owner<ChannelOutput<'auth:status'>>('auth:status')).user!.id;
  await owner('ledger:recordOpeningCash', { requestId: 'user-shift-cash-1', amount: '100.000' });
});
afterAll(() => t.close());

describe("the shift is the signed-in user's", () => {
  it("a name typed for someone else is not used: the shift opens in the signed-in cashier's name, with their id", async () => {
    const shift = await asCashier<Shift>('shifts:open', { requestId: 'user-shift-open-1', cashier: OWNER_NAME, float: { amount: '100.000' } });
    expect(shift).toMatchObject({ cashier: 'Rina Shift', userId: cashier.id, closedByUserId: null });
    const current = await owner<ChannelOutput<'shifts:current'>>('shifts:current');
    expect(current.current?.shift).toMatchObject({ cashier: 'Rina Shift', userId: cashier.id });
  });

  it('the close records who closed it', async () => {
    const preview = await owner<ChannelOutput<'shifts:previewClose'>>('shifts:previewClose', { counted: { amount: '100.000' } });
    const report = await owner<ChannelOutput<'shifts:close'>>('shifts:close', { requestId: 'user-shift-close-1', counted: { amount: '100.000' }, expectedCash: preview.expectedCash });
    expect(report.shift).toMatchObject({ cashier: 'Rina Shift', userId: cashier.id, closedByUserId: ownerId });
  });

  it('opened without a name, the shift takes the signed-in name; the opening difference entry names its user', async () => {
    const shift = await asCashier<Shift>('shifts:open', {
      requestId: 'user-shift-open-2',
      float: { amount: '90.000' },
      difference: { cause: 'unexplained', reason: 'Uang kurang saat dihitung' },
    });
    expect(shift).toMatchObject({ cashier: 'Rina Shift', userId: cashier.id });
    const { entries } = await owner<ChannelOutput<'ledger:journalForDay'>>('ledger:journalForDay', {});
    const users = entries.map((e) => [e.kind, e.user]);
    expect(users).toContainEqual(['opening_cash', { id: ownerId, name: OWNER_NAME }]);
    expect(users).toContainEqual(['shift_open_difference', { id: cashier.id, name: 'Rina Shift' }]);
  });

  it('a typed name that is blank is still refused at the contract', async () => {
    const result = await t.core.dispatch('shifts:open', { requestId: 'user-shift-open-3', cashier: '  ', float: { amount: '1.000' } }, OWNER_SESSION);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});
