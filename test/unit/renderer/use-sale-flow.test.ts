import { beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { setPosClient } from '../../../renderer/src/api/pos';
import { useSaleFlow } from '../../../renderer/src/composables/use-sale-flow';
import type { ChannelInput, ErrorBody, Result } from '../../../renderer/src/api/contract-types';
import type { SaleView } from '../../../renderer/src/format/sale';
import { createFakePos, ok, type FakePos } from './fake-pos';
import { saleView } from './sale-fixtures';

type Start = ChannelInput<'sales:start'>;
const refuse = (code: string, message = code): Result<never> => ({ ok: false, error: { code, message } });

/**
 * A core that answers `sales:start` from a queue (then success), keeps what it was sent, and
 * serves the follow-up calls (get, refund) from its one sale.
 */
function fakeCore(answers: Result<SaleView>[]) {
  const sent: Start[] = [];
  let current = saleView();
  const fake = createFakePos({
    'sales:start': (input) => {
      sent.push(input);
      const answer = answers.shift() ?? ok(saleView({ customerNo: input.customerNo }));
      if (answer.ok) current = answer.value;
      return answer;
    },
    'sales:get': () => ok({ ...current, events: [], bill: null, attempts: [] }),
    'sales:refund': () => {
      current = { ...current, refund: 'paid' };
      return ok(current);
    },
  });
  return Object.assign(fake, { sent, set: (sale: SaleView) => (current = sale) });
}

let core: ReturnType<typeof fakeCore> & FakePos;
let ids: number;

function flow(answers: Result<SaleView>[] = []) {
  core = fakeCore(answers);
  setPosClient(core.client);
  let answered = 0;
  const f = useSaleFlow<{ productId: string; customerNo: string }>(
    (requestId, payload) => core.client.call('sales:start', { requestId, ...payload }),
    { makeId: () => `request-${++ids}`, afterAnswer: () => void (answered += 1) },
  );
  return Object.assign(f, { answered: () => answered });
}

const pulsa = { productId: 'pulsa:telkomsel:10000', customerNo: '081234560001' };

beforeEach(() => {
  setActivePinia(createPinia());
  ids = 0;
});

describe('sale flow', () => {
  it('sells nothing until confirmed, nothing after Esc, and once for a double Enter', async () => {
    const f = flow();
    f.ask(pulsa);
    f.cancel();
    expect(await f.confirm()).toBe(false);
    expect(core.sent).toHaveLength(0);

    f.ask(pulsa);
    const first = f.confirm();
    const second = f.confirm();
    expect(await first).toBe(true);
    expect(await second).toBe(false);
    expect(core.sent).toEqual([{ requestId: 'request-1', ...pulsa }]);
    expect(f.sale.value?.state).toBe('success');
    expect(f.phase.value).toBe('idle');
    expect(f.answered()).toBe(1);
  });

  it('keeps the confirmation open on needs_confirmation and re-sends with confirmDuplicate and a new id', async () => {
    const f = flow([refuse('needs_confirmation', 'Pulsa Telkomsel 10.000 ke 0812… sudah dijual 2 menit lalu')]);
    f.ask(pulsa);
    expect(await f.confirm()).toBe(false);
    expect(f.phase.value).toBe('confirming');
    expect(f.guard.value?.message).toContain('sudah dijual');
    expect(await f.confirm()).toBe(true);
    expect(core.sent).toEqual([
      { requestId: 'request-1', ...pulsa },
      { requestId: 'request-2', ...pulsa, confirmDuplicate: true },
    ]);
    expect(f.guard.value).toBeNull();
  });

  it('sends confirmOperatorMismatch only when the cashier confirmed the warning shown', async () => {
    const f = flow();
    f.ask(pulsa);
    await f.confirm('', { confirmOperatorMismatch: true });
    f.clear();
    f.ask({ ...pulsa, customerNo: '081234560009' });
    await f.confirm();
    expect(core.sent).toEqual([
      { requestId: 'request-1', ...pulsa, confirmOperatorMismatch: true },
      { requestId: 'request-2', ...pulsa, customerNo: '081234560009' },
    ]);
  });

  it('keeps the confirmation open on operator_mismatch and re-sends with confirmOperatorMismatch once confirmed', async () => {
    const f = flow([refuse('operator_mismatch', 'Nomor 0812… adalah nomor Telkomsel, sedangkan Pulsa Axis 10.000 untuk nomor Axis.')]);
    f.ask(pulsa);
    expect(await f.confirm()).toBe(false);
    expect(f.phase.value).toBe('confirming');
    expect(f.guard.value?.code).toBe('operator_mismatch');
    expect(core.sent).toEqual([{ requestId: 'request-1', ...pulsa }]);
    expect(await f.confirm()).toBe(true);
    expect(core.sent[1]).toEqual({ requestId: 'request-2', ...pulsa, confirmOperatorMismatch: true });
  });

  it('needs a typed owner reason of 3+ letters before an override is sent', async () => {
    const f = flow([refuse('needs_override', 'Penjualan sebelumnya (ref LKT1) masih diproses')]);
    f.ask(pulsa);
    await f.confirm();
    expect(f.guard.value?.code).toBe('needs_override');
    expect(await f.confirm('  x ')).toBe(false);
    expect(core.sent).toHaveLength(1);
    expect(await f.confirm('  pelanggan minta ulang ')).toBe(true);
    expect(core.sent[1]).toEqual({ requestId: 'request-2', ...pulsa, ownerOverride: { reason: 'pelanggan minta ulang' } });
  });

  it('reuses the request id when the same sale is retried after an unknown outcome', async () => {
    const f = flow([refuse('offline'), refuse('bad_response')]);
    f.ask(pulsa);
    expect(await f.confirm()).toBe(false);
    expect(f.error.value?.code).toBe('offline');
    expect(f.retry()).toBe(true);
    await f.confirm();
    expect(f.retry()).toBe(true);
    expect(await f.confirm()).toBe(true);
    expect(core.sent.map((s) => s.requestId)).toEqual(['request-1', 'request-1', 'request-1']);
  });

  it('reuses the id when the cashier picks the same product and number again after offline', async () => {
    const f = flow([refuse('offline')]);
    f.ask(pulsa);
    await f.confirm();
    f.ask(pulsa);
    await f.confirm();
    f.ask({ ...pulsa, customerNo: '081234560002' });
    await f.confirm();
    expect(core.sent.map((s) => s.requestId)).toEqual(['request-1', 'request-1', 'request-2']);
  });

  it('shows a definite refusal, offers no retry, and uses a new id for the next attempt', async () => {
    const message = 'Deposit tidak cukup untuk Token PLN 50.000.000 di IAK. Isi deposit IAK dulu.';
    const f = flow([refuse('insufficient_funds', message)]);
    f.ask(pulsa);
    expect(await f.confirm()).toBe(false);
    expect(f.error.value).toEqual<ErrorBody>({ code: 'insufficient_funds', message });
    expect(f.sale.value).toBeNull();
    expect(f.retry()).toBe(false);
    f.ask(pulsa);
    await f.confirm();
    expect(core.sent.map((s) => s.requestId)).toEqual(['request-1', 'request-2']);
  });

  it('follows sales:updated for its own sale until it settles, and ignores other sales', async () => {
    const f = flow([ok(saleView({ id: 5, state: 'pending', serial: null }))]);
    f.ask(pulsa);
    await f.confirm();
    expect(f.isProcessing()).toBe(true);
    core.set(saleView({ id: 5, state: 'success', serial: '999' }));
    core.emit('sales:updated', { saleId: 6, state: 'success' });
    await Promise.resolve();
    expect(core.calls.filter((c) => c.channel === 'sales:get')).toHaveLength(0);
    core.emit('sales:updated', { saleId: 5, state: 'success' });
    await expect.poll(() => f.sale.value?.state).toBe('success');
    expect(f.sale.value?.serial).toBe('999');
    expect(f.sale.value).not.toHaveProperty('events');
    f.stop();
    expect(core.listenerCount()).toBe(0);
  });

  it('refunds a failed sale once and shows it paid', async () => {
    const f = flow([ok(saleView({ id: 9, state: 'failed', refund: 'due', serial: null, message: 'Nomor salah' }))]);
    f.ask(pulsa);
    await f.confirm();
    const a = f.refund();
    const b = f.refund();
    await Promise.all([a, b]);
    expect(core.calls.filter((c) => c.channel === 'sales:refund')).toEqual([{ channel: 'sales:refund', input: { id: 9 } }]);
    expect(f.sale.value?.refund).toBe('paid');
  });
});
