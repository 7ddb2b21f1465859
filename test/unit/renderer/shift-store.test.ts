import { beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { setPosClient } from '../../../renderer/src/api/pos';
import { failure } from '../../../renderer/src/api/pos-client';
import type { Result } from '../../../renderer/src/api/contract-types';
import { useShiftStore, type CurrentShift } from '../../../renderer/src/stores/shift';
import { createFakePos, ok, type FakePos } from './fake-pos';
import { currentShift, shiftReport } from './shift-fixtures';

/**
 * A small counter: `shifts:current` answers what `state.current` holds; open and close change it
 * like the core does (one shift at a time, a reason required when the count differs).
 */
function fakeCore() {
  const state = { current: null as CurrentShift | null, currentAnswer: null as Result<never> | null, openAnswer: null as Result<never> | null };
  const pos = createFakePos({
    'shifts:current': () => state.currentAnswer ?? ok({ current: state.current }),
    'shifts:open': (input) => {
      if (state.openAnswer) return state.openAnswer;
      if (state.current) return failure('invalid_input', 'Kasir sudah dibuka oleh Sari.');
      state.current = currentShift({ cashier: input.cashier });
      return ok(state.current.shift);
    },
    'shifts:previewClose': () => ok({ expectedCash: 500_000, countedCash: 480_000, difference: -20_000, carriedOver: [] }),
    'shifts:close': (input) => {
      if (!input.reason) return failure('invalid_input', 'Ada selisih Rp -20.000: isi alasannya.');
      const report = shiftReport({ differenceReason: input.reason, difference: -20_000 });
      state.current = null;
      return ok(report);
    },
  });
  return { state, pos };
}

let core: ReturnType<typeof fakeCore>;
let ids: number;

beforeEach(() => {
  setActivePinia(createPinia());
  core = fakeCore();
  setPosClient(core.pos.client);
  ids = 0;
  useShiftStore().setRequestIds(() => `req-shift-${++ids}`);
});

const callsTo = (pos: FakePos, channel: string) => pos.calls.filter((c) => c.channel === channel).map((c) => c.input as Record<string, unknown>);

describe('shift store', () => {
  it('calls the counter closed only when the core says no shift is open, not when it cannot tell', async () => {
    const shift = useShiftStore();
    expect(shift.closed).toBe(false);
    core.state.currentAnswer = failure('internal', 'Belum tersedia.');
    await shift.start();
    // Unreadable: the selling screens stay usable and the core stays the judge.
    expect(shift.closed).toBe(false);
    expect(shift.loadError?.message).toBe('Belum tersedia.');
    core.state.currentAnswer = null;
    await shift.refresh();
    expect(shift.closed).toBe(true);
    core.state.current = currentShift({ cashier: 'Budi' });
    await shift.refresh();
    expect(shift.closed).toBe(false);
    expect(shift.current?.shift.cashier).toBe('Budi');
  });

  it('opens with the cashier and the float as counted, then reads the core again', async () => {
    const shift = useShiftStore();
    await shift.start();
    const result = await shift.openShift('Sari', { denominations: { '100000': 5 } });
    expect(result?.ok).toBe(true);
    expect(callsTo(core.pos, 'shifts:open')).toEqual([{ requestId: 'req-shift-1', cashier: 'Sari', float: { denominations: { '100000': 5 } } }]);
    expect(shift.open).toBe(true);
    expect(shift.current?.shift.cashier).toBe('Sari');
  });

  it('sends the cause and reason of a float that differs with the open', async () => {
    const shift = useShiftStore();
    await shift.start();
    await shift.openShift('Sari', { amount: '490.000' }, { cause: 'unexplained', reason: 'Tidak ketemu' });
    expect(callsTo(core.pos, 'shifts:open')).toEqual([
      { requestId: 'req-shift-1', cashier: 'Sari', float: { amount: '490.000' }, difference: { cause: 'unexplained', reason: 'Tidak ketemu' } },
    ]);
  });

  it('sends one open for a double press, and keeps the request id only while the outcome is unknown', async () => {
    const shift = useShiftStore();
    await shift.start();
    core.state.openAnswer = failure('offline', 'x') as Result<never>;
    const [first, second] = await Promise.all([shift.openShift('Sari', { amount: '500.000' }), shift.openShift('Sari', { amount: '500.000' })]);
    expect(first?.ok).toBe(false);
    expect(second).toBeNull();
    // Retried after "offline": the core may have opened it, so the same id lets it answer once.
    core.state.openAnswer = failure('invalid_input', 'Nama kasir wajib diisi.') as Result<never>;
    await shift.openShift('Sari', { amount: '500.000' });
    // A definite refusal: the next press is a new request.
    core.state.openAnswer = null;
    await shift.openShift('Sari', { amount: '500.000' });
    expect(callsTo(core.pos, 'shifts:open').map((c) => c.requestId)).toEqual(['req-shift-1', 'req-shift-1', 'req-shift-2']);
  });

  it('closes with the count and the trimmed reason, keeps the report, and leaves nothing when refused', async () => {
    core.state.current = currentShift();
    const shift = useShiftStore();
    await shift.start();
    const refused = await shift.closeShift({ amount: '480.000' }, '   ', 500_000);
    expect(refused?.ok).toBe(false);
    expect(shift.lastReport).toBeNull();
    expect(shift.open).toBe(true);
    expect(callsTo(core.pos, 'shifts:close')[0]).toEqual({ requestId: 'req-shift-1', counted: { amount: '480.000' }, expectedCash: 500_000 });

    const closed = await shift.closeShift({ amount: '480.000' }, '  kembalian salah  ', 500_000);
    expect(closed?.ok).toBe(true);
    expect(callsTo(core.pos, 'shifts:close')[1]).toEqual({ requestId: 'req-shift-2', counted: { amount: '480.000' }, reason: 'kembalian salah', expectedCash: 500_000 });
    expect(shift.lastReport?.shift.differenceReason).toBe('kembalian salah');
    expect(shift.closed).toBe(true);
  });

  it('follows shifts:changed, ledger:changed and sales:updated, and stops listening on stop()', async () => {
    const shift = useShiftStore();
    await shift.start();
    core.state.current = currentShift({ cashier: 'Dewi' }, 512_000);
    core.pos.emit('shifts:changed', { shiftId: 1 });
    await shift.refresh();
    expect(shift.current?.shift.cashier).toBe('Dewi');
    core.state.current = currentShift({ cashier: 'Dewi' }, 523_500);
    core.pos.emit('ledger:changed', { entryId: 4 });
    await shift.refresh();
    expect(shift.current?.expectedCash).toBe(523_500);
    // A sale announces only sales:updated; the drawer moved all the same.
    core.state.current = currentShift({ cashier: 'Dewi' }, 535_800);
    core.pos.emit('sales:updated', { saleId: 5, state: 'success' });
    await expect.poll(() => shift.current?.expectedCash).toBe(535_800);
    shift.stop();
    expect(core.pos.listenerCount()).toBe(0);
  });

  it('hands the closing report to print and PDF by the shift id', async () => {
    const shift = useShiftStore();
    const pos = createFakePos({
      'shifts:printReport': ({ id }) => ok({ printed: false, message: `Printer mati (laporan ${id}).` }),
      'shifts:reportPdf': ({ id }) => ok({ fileName: `tutup-kasir-${id}.pdf`, base64: 'JVBERi0=' }),
    });
    setPosClient(pos.client);
    expect(await shift.printReport(3)).toEqual({ ok: true, value: { printed: false, message: 'Printer mati (laporan 3).' } });
    expect(await shift.reportPdf(3)).toEqual({ ok: true, value: { fileName: 'tutup-kasir-3.pdf', base64: 'JVBERi0=' } });
  });
});
