import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatcher, type Dispatch, type Handlers } from '../../../electron/core/api/dispatch';
import { reportHandlers } from '../../../electron/core/api/handlers/report-handlers';
import { openTestLedger, type LedgerFixture } from '../../support/ledger-fixture';
import { insertSale } from './sale-rows';
import { OWNER_SESSION, ownerGate } from '../../support/sessions';

/** Laporan's channels refuse impossible dates and ranges in Indonesian before any query runs. */
let f: LedgerFixture;
let dispatch: Dispatch;
beforeAll(async () => {
  f = await openTestLedger();
  insertSale(f.db, { day: '2026-11-24' });
  dispatch = createDispatcher(reportHandlers(f.ledger) as unknown as Handlers, { gate: ownerGate, log: () => undefined });
});
afterAll(() => f.close());

const refusal = async (channel: string, input: unknown) => {
  const result = await dispatch(channel, input, OWNER_SESSION);
  expect(result.ok).toBe(false);
  return result.ok ? null : result.error;
};

describe('report channels', () => {
  it.each(['reports:summary', 'reports:depositMovements', 'reports:cashMovements'])('%s refuses a day not on the calendar, a reversed range and more than 366 days', async (channel) => {
    expect(await refusal(channel, { from: '2026-02-30', to: '2026-03-01' })).toEqual({ code: 'invalid_input', message: 'from: Tanggal tidak ada di kalender' });
    expect(await refusal(channel, { from: '2026-11-25', to: '2026-11-24' })).toMatchObject({ message: 'Tanggal awal harus sebelum atau sama dengan tanggal akhir.' });
    expect(await refusal(channel, { from: '2025-01-01', to: '2026-01-02' })).toMatchObject({ message: 'Rentang laporan maksimal 366 hari.' });
    expect(await refusal(channel, { from: '24-11-2026', to: '2026-11-24' })).toMatchObject({ message: 'from: Tanggal harus berbentuk YYYY-MM-DD; from: Tanggal tidak ada di kalender' });
    expect(await refusal(channel, { from: '2026-11-24', to: '2026-11-24', shop: 1 })).toMatchObject({ code: 'invalid_input' });
  });

  it('answers a range of exactly 366 days (a leap year), every day listed', async () => {
    const result = await dispatch('reports:summary', { from: '2024-01-01', to: '2024-12-31' }, OWNER_SESSION);
    expect(result.ok && result.value).toMatchObject({ perDay: expect.any(Array) });
    expect(result.ok && (result.value as { perDay: unknown[] }).perDay).toHaveLength(366);
  });

  it('reports:charts refuses an impossible day; reports:today takes no input', async () => {
    expect(await refusal('reports:charts', { day: '2026-13-01' })).toMatchObject({ message: 'day: Tanggal tidak ada di kalender' });
    expect(await refusal('reports:today', { day: '2026-11-24' })).toMatchObject({ code: 'invalid_input' });
  });

  it('answers every channel in the shape of its contract', async () => {
    for (const [channel, input] of [
      ['reports:today', {}],
      ['reports:summary', { from: '2026-11-24', to: '2026-11-24' }],
      ['reports:depositMovements', { from: '2026-11-24', to: '2026-11-24' }],
      ['reports:cashMovements', { from: '2026-11-24', to: '2026-11-24' }],
      ['reports:charts', { day: '2026-11-24' }],
    ] as const) {
      const result = await dispatch(channel, input, OWNER_SESSION);
      expect({ channel, ok: result.ok }).toEqual({ channel, ok: true });
    }
  });
});
