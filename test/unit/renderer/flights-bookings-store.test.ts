import { describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { setPosClient } from '../../../renderer/src/api/pos';
import { failure } from '../../../renderer/src/api/pos-client';
import { issueOutcome, useBookingsStore } from '../../../renderer/src/stores/bookings';
import type { ChannelOutput } from '../../../renderer/src/api/contract-types';
import { createFakePos, ok, type FakeHandlers } from './fake-pos';
import { booking, bookingSummary } from './flights-fixtures';

function setUp(handlers: FakeHandlers) {
  setActivePinia(createPinia());
  const pos = createFakePos(handlers);
  setPosClient(pos.client);
  const store = useBookingsStore();
  let ids = 0;
  store.setRequestIds(() => `req-${++ids}`);
  return { pos, store };
}

const callsTo = (pos: { calls: { channel: string; input: unknown }[] }, channel: string) => pos.calls.filter((c) => c.channel === channel);
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('bookings store: list', () => {
  it('sends the status, travel date and trimmed search, and leaves out the empty filters', async () => {
    const rows = [bookingSummary(booking(1)), bookingSummary(booking(2, { status: 'issued' }))];
    const { pos, store } = setUp({ 'flights:bookings': () => ok({ bookings: rows }) });
    await store.loadList();
    expect(callsTo(pos, 'flights:bookings')[0]?.input).toEqual({});
    store.filters.status = 'open';
    store.filters.travelDate = '2026-12-20';
    store.filters.query = '  Budi ';
    await store.loadList();
    expect(callsTo(pos, 'flights:bookings')[1]?.input).toEqual({ status: 'open', travelDate: '2026-12-20', query: 'Budi' });
    expect(store.list.map((b) => b.bookingCode)).toEqual(['BK1001', 'BK1002']);
  });

  it('keeps the core\'s refusal for the list, and the rows of the last good answer', async () => {
    let fail = false;
    const { store } = setUp({ 'flights:bookings': () => (fail ? failure('internal', 'Database terkunci.') : ok({ bookings: [bookingSummary(booking(1))] })) });
    await store.loadList();
    fail = true;
    await store.loadList();
    expect(store.listError).toEqual({ code: 'internal', message: 'Database terkunci.' });
    expect(store.list).toHaveLength(1);
  });
});

describe('bookings store: issue', () => {
  it('issues at the booking\'s selling price and shows the booking the core answers', async () => {
    const waiting = booking(1);
    const done = booking(1, { status: 'issued', saleId: 7, saleState: 'success' });
    const { pos, store } = setUp({
      'flights:issue': () => ok({ booking: done, saleId: 7 }),
      'flights:bookings': () => ok({ bookings: [] }),
    });
    store.show(waiting);
    expect(await store.issue()).toBe(true);
    expect(callsTo(pos, 'flights:issue')[0]?.input).toEqual({ requestId: 'req-1', bookingId: 1, expectedPrice: 1_010_000 });
    expect(store.current).toEqual(done);
    expect(issueOutcome(store.current!)).toBe('issued');
  });

  it('issues once for a double press, and keeps the request id after a lost answer only', async () => {
    let release: () => void = () => {};
    const answers: (() => unknown)[] = [
      () => new Promise((resolve) => (release = () => resolve(failure('offline', 'tidak terhubung')))),
      () => failure('insufficient_funds', 'Deposit MMBC tidak cukup: perlu Rp 985.000.'),
      () => ok({ booking: booking(1, { status: 'pending', saleId: 3, saleState: 'unknown' }), saleId: 3 }),
    ];
    const { pos, store } = setUp({
      'flights:issue': () => answers.shift()!() as never,
      'flights:booking': () => ok(booking(1, callsTo(pos, 'flights:issue').length < 3 ? {} : { status: 'pending', saleId: 3, saleState: 'unknown' })),
      'flights:bookings': () => ok({ bookings: [] }),
    });
    store.show(booking(1));
    const first = store.issue();
    await store.issue();
    release();
    await first;
    expect(store.issueError?.code).toBe('offline');
    await store.issue();
    expect(store.issueError).toEqual({ code: 'insufficient_funds', message: 'Deposit MMBC tidak cukup: perlu Rp 985.000.' });
    await store.issue();
    expect(callsTo(pos, 'flights:issue').map((c) => (c.input as { requestId: string }).requestId)).toEqual(['req-1', 'req-1', 'req-2']);
    await tick();
    expect(issueOutcome(store.current!)).toBe('in_progress');
  });

  it('reads the booking again after an "in progress" answer, so a settle that overtook it is not hidden', async () => {
    const { pos, store } = setUp({
      'flights:issue': () => ok({ booking: booking(1, { status: 'pending', saleId: 3, saleState: 'unknown' }), saleId: 3 }),
      'flights:booking': () => ok(booking(1, { status: 'issued', saleId: 3, saleState: 'success' })),
      'flights:bookings': () => ok({ bookings: [] }),
    });
    store.show(booking(1));
    await store.issue();
    await tick();
    expect(callsTo(pos, 'flights:booking')).toHaveLength(1);
    expect(issueOutcome(store.current!)).toBe('issued');
  });

  it('reads a failed issue\'s reason and refund from its sale', async () => {
    const failed = booking(1, { saleId: 9, saleState: 'failed' });
    const { store } = setUp({
      'sales:get': () => ok({ id: 9, message: 'Saldo agen tidak mencukupi', refund: 'due' } as unknown as ChannelOutput<'sales:get'>),
    });
    store.show(failed);
    await tick();
    expect(issueOutcome(failed)).toBe('failed');
    expect(store.issueSale?.message).toBe('Saldo agen tidak mencukupi');
    expect(store.issueSale?.refund).toBe('due');
  });
});

describe('bookings store: following the core', () => {
  it('reloads the booking on screen when it or its issue sale moves, and ignores other bookings and sales', async () => {
    let served = booking(1, { status: 'pending', saleId: 5, saleState: 'unknown' });
    const { pos, store } = setUp({ 'flights:booking': () => ok(served), 'flights:bookings': () => ok({ bookings: [] }) });
    store.start();
    await store.open(1);
    expect(callsTo(pos, 'flights:booking')).toHaveLength(1);
    pos.emit('flights:bookingUpdated', { bookingId: 2, status: 'issued' });
    pos.emit('sales:updated', { saleId: 6, state: 'success' });
    await tick();
    expect(callsTo(pos, 'flights:booking')).toHaveLength(1);
    served = booking(1, { status: 'issued', saleId: 5, saleState: 'success' });
    pos.emit('sales:updated', { saleId: 5, state: 'success' });
    await tick();
    expect(store.current?.status).toBe('issued');
    pos.emit('flights:bookingUpdated', { bookingId: 1, status: 'issued' });
    await tick();
    expect(callsTo(pos, 'flights:booking')).toHaveLength(3);
    store.stop();
    expect(pos.listenerCount()).toBe(0);
  });

  it('shows the status check\'s warning when the provider did not answer, keeping the booking', async () => {
    const b = booking(1);
    const { store } = setUp({
      'flights:refreshStatus': () => ok({ booking: b, warning: 'MMBC tidak menjawab: status belum berubah.' }),
      'flights:bookings': () => ok({ bookings: [] }),
    });
    store.show(b);
    await store.refreshStatus();
    expect(store.refreshWarning).toBe('MMBC tidak menjawab: status belum berubah.');
    expect(store.current).toEqual(b);
  });
});

describe('issue outcome', () => {
  it('reads issued, in progress and failed from the booking and its sale', () => {
    expect(issueOutcome(booking(1))).toBe('none');
    expect(issueOutcome(booking(1, { status: 'issued', saleId: 1, saleState: 'success' }))).toBe('issued');
    for (const state of ['committed', 'sent', 'pending', 'unknown'] as const) expect(issueOutcome(booking(1, { status: 'pending', saleId: 1, saleState: state }))).toBe('in_progress');
    expect(issueOutcome(booking(1, { status: 'pending' }))).toBe('in_progress');
    expect(issueOutcome(booking(1, { saleId: 1, saleState: 'failed' }))).toBe('failed');
    expect(issueOutcome(booking(1, { status: 'expired' }))).toBe('none');
  });
});
