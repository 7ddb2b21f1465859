import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { setPosClient } from '../../../renderer/src/api/pos';
import { useSaleFlow } from '../../../renderer/src/composables/use-sale-flow';
import { saleInputLocked } from '../../../renderer/src/composables/sale-input-lock';
import type { Result } from '../../../renderer/src/api/contract-types';
import type { SaleView } from '../../../renderer/src/format/sale';
import { createFakePos, ok } from './fake-pos';
import { saleView } from './sale-fixtures';

/**
 * Item 12.6: from "Ya, jual" until a moment after the result is on screen the counter takes no
 * input (the lock F-keys and the product tiles read). Item 12.10: a screen remembers its last sale
 * in this window, so a reload brings the result card back from the core (sales:get).
 */
const pulsa = { productId: 'pulsa:telkomsel:10000', customerNo: '081234560001' };

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

function core(stored: SaleView & { requestIdSent?: string }, answer: () => Promise<Result<SaleView>>) {
  const fake = createFakePos({
    'sales:start': () => answer(),
    'sales:get': (input) =>
      ('id' in input ? input.id === stored.id : input.requestId === stored.requestIdSent)
        ? ok({ ...stored, events: [], bill: null, attempts: [] } as never)
        : { ok: false, error: { code: 'not_found', message: 'Transaksi tidak ditemukan.' } },
  });
  setPosClient(fake.client);
  return fake;
}

let n = 0;
const makeId = () => `lock-request-${++n}`;

beforeEach(() => {
  setActivePinia(createPinia());
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

describe('input lock from "Ya, jual" to the result on screen', () => {
  it('holds tiles and F-keys while the sale is sent, the tiles a settle moment after the answer, then lets go', async () => {
    let answer!: (r: Result<SaleView>) => void;
    core(saleView(), () => new Promise((resolve) => (answer = resolve)));
    const f = useSaleFlow<typeof pulsa>((requestId, payload) => useSaleFlowCall(requestId, payload), { makeId, storage: null });
    f.ask(pulsa);
    expect(saleInputLocked.value).toBe(false);
    const sold = f.confirm();
    expect(f.locked.value).toBe(true);
    expect(saleInputLocked.value).toBe(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(saleInputLocked.value).toBe(true);
    answer(ok(saleView()));
    expect(await sold).toBe(true);
    expect(f.sale.value).not.toBeNull();
    // The result card is on screen, the burst's third click may still come: the tiles stay locked,
    // the F-keys are back (a key pressed now is meant).
    expect(f.locked.value).toBe(true);
    expect(saleInputLocked.value).toBe(false);
    await vi.runAllTimersAsync();
    expect(f.locked.value).toBe(false);
    expect(saleInputLocked.value).toBe(false);
  });

  it('lets go after a refusal too', async () => {
    core(saleView(), () => Promise.resolve({ ok: false, error: { code: 'insufficient_funds', message: 'Deposit tidak cukup' } }));
    const f = useSaleFlow<typeof pulsa>((requestId, payload) => useSaleFlowCall(requestId, payload), { makeId, storage: null });
    f.ask(pulsa);
    expect(await f.confirm()).toBe(false);
    await vi.runAllTimersAsync();
    expect(saleInputLocked.value).toBe(false);
  });
});

describe('the last sale after a reload', () => {
  it('comes back from the core with its state (and the cash received), and is forgotten on "Transaksi baru"', async () => {
    const storage = memoryStorage();
    const pending = saleView({ id: 41, state: 'pending', serial: null });
    core(pending, () => Promise.resolve(ok(pending)));
    const before = useSaleFlow<typeof pulsa>((requestId, payload) => useSaleFlowCall(requestId, payload), { makeId, storage, rememberAs: 'topup' });
    before.ask(pulsa);
    before.received.value = 20_000;
    await before.confirm();
    await vi.runAllTimersAsync();

    // The reload: a new screen, same window storage.
    const after = useSaleFlow<typeof pulsa>((requestId, payload) => useSaleFlowCall(requestId, payload), { makeId, storage, rememberAs: 'topup' });
    await vi.waitFor(() => expect(after.sale.value?.id).toBe(41));
    expect(after.sale.value?.state).toBe('pending');
    expect(after.received.value).toBe(20_000);
    // Another screen remembers its own.
    const bills = useSaleFlow<{ inquiryId: number }>(() => Promise.resolve(ok(pending)), { makeId, storage, rememberAs: 'bills' });
    await vi.runAllTimersAsync();
    expect(bills.sale.value).toBeNull();

    after.clear();
    const again = useSaleFlow<typeof pulsa>((requestId, payload) => useSaleFlowCall(requestId, payload), { makeId, storage, rememberAs: 'topup' });
    await vi.runAllTimersAsync();
    expect(again.sale.value).toBeNull();
  });

  it('comes back after a reload while the provider is still answering: found by the request id it was sent with', async () => {
    const storage = memoryStorage();
    const sending = saleView({ id: 57, state: 'sent', serial: null });
    // The core wrote the sale before sending it; the screen reloads before the answer comes back.
    core({ ...sending, requestIdSent: 'lock-request-slow' }, () => new Promise(() => undefined));
    const before = useSaleFlow<typeof pulsa>((requestId, payload) => useSaleFlowCall(requestId, payload), {
      makeId: () => 'lock-request-slow',
      storage,
      rememberAs: 'topup',
    });
    before.ask(pulsa);
    before.received.value = 50_000;
    void before.confirm();
    await vi.advanceTimersByTimeAsync(0);

    const after = useSaleFlow<typeof pulsa>((requestId, payload) => useSaleFlowCall(requestId, payload), { makeId, storage, rememberAs: 'topup' });
    await vi.waitFor(() => expect(after.sale.value?.id).toBe(57));
    expect(after.sale.value?.state).toBe('sent');
    expect(after.received.value).toBe(50_000);
    // From now on it is remembered by its id.
    expect(JSON.parse(storage.items.get('loket.lastSale.topup')!)).toEqual({ id: 57, received: 50_000 });
  });

  it('reads a restored sale again when the event stream comes up (an update sent before it was up is not lost)', async () => {
    const storage = memoryStorage();
    storage.setItem('loket.lastSale.topup', JSON.stringify({ id: 61, received: null }));
    let stored = saleView({ id: 61, state: 'pending', serial: null });
    const fake = createFakePos({
      'sales:get': (input) => ('id' in input && input.id === 61 ? ok({ ...stored, events: [], bill: null, attempts: [] } as never) : { ok: false, error: { code: 'not_found', message: '-' } }),
    });
    setPosClient(fake.client);
    const f = useSaleFlow<typeof pulsa>((requestId, payload) => useSaleFlowCall(requestId, payload), { makeId, storage, rememberAs: 'topup' });
    await vi.waitFor(() => expect(f.sale.value?.state).toBe('pending'));
    // The sale failed while the page was loading: its sales:updated went out before the stream was up.
    stored = saleView({ id: 61, state: 'failed', serial: null, refund: 'due' });
    fake.streamOpened();
    await vi.waitFor(() => expect(f.sale.value?.state).toBe('failed'));
  });

  it('forgets a press the core refused before writing anything', async () => {
    const storage = memoryStorage();
    core(saleView({ id: 3 }), () => Promise.resolve({ ok: false, error: { code: 'insufficient_funds', message: 'Deposit tidak cukup' } }));
    const f = useSaleFlow<typeof pulsa>((requestId, payload) => useSaleFlowCall(requestId, payload), { makeId, storage, rememberAs: 'topup' });
    f.ask(pulsa);
    await f.confirm();
    expect(storage.items.has('loket.lastSale.topup')).toBe(false);
  });

  it('forgets a sale the book does not have (another data folder)', async () => {
    const storage = memoryStorage();
    storage.setItem('loket.lastSale.topup', JSON.stringify({ id: 999, received: null }));
    core(saleView({ id: 1 }), () => Promise.resolve(ok(saleView())));
    const f = useSaleFlow<typeof pulsa>((requestId, payload) => useSaleFlowCall(requestId, payload), { makeId, storage, rememberAs: 'topup' });
    await vi.runAllTimersAsync();
    expect(f.sale.value).toBeNull();
    expect(storage.items.has('loket.lastSale.topup')).toBe(false);
  });
});

async function useSaleFlowCall(requestId: string, payload: typeof pulsa): Promise<Result<SaleView>> {
  const { usePos } = await import('../../../renderer/src/api/pos');
  return usePos().call('sales:start', { requestId, ...payload });
}
