import { afterEach, describe, expect, it, vi } from 'vitest';
import { EventBus } from '../../../electron/core/app/event-bus';
import { BookingService } from '../../../electron/core/flights/booking-service';
import { startBookingSync } from '../../../electron/core/flights/booking-sync';
import type { ProviderService } from '../../../electron/core/providers/registry/provider-service';
import { bookingRow } from '../../support/booking-row';
import { openTestLedger, type LedgerFixture } from '../../support/ledger-fixture';

/**
 * The background status pass: open bookings only, never one whose issue is in progress (the sale's
 * own checks answer for it), the longest unchecked first, and an unanswered check changes nothing.
 */
let fx: LedgerFixture | undefined;
afterEach(() => fx?.close());

const booking = (code: string) => bookingRow(code);

describe('background booking status sync', () => {
  it('asks open bookings without an issue in progress, longest unchecked first; no answer changes nothing', async () => {
    fx = await openTestLedger();
    const asked: string[] = [];
    const answers: Record<string, { ok: true; value: { bookingCode: string; status: string } } | { ok: false; retryable: boolean; code: string; message: string }> = {
      AAAAAA: { ok: true, value: { bookingCode: 'AAAAAA', status: 'expired' } },
      BBBBBB: { ok: false, retryable: true, code: 'timeout', message: 'Tidak ada jawaban' },
      DDDDDD: { ok: true, value: { bookingCode: 'DDDDDD', status: 'waiting' } },
    };
    const client = { getBookingStatus: (code: string) => (asked.push(code), Promise.resolve(answers[code])) };
    const events = new EventBus();
    const updates: unknown[] = [];
    events.on((event, payload) => event === 'flights:bookingUpdated' && updates.push(payload));
    const service = new BookingService({
      ledger: fx.ledger,
      providers: { client: () => client } as unknown as ProviderService,
      events,
      issueFlight: () => Promise.reject(new Error('not used')),
      dataDir: fx.dir,
    });
    const ids = ['DDDDDD', 'AAAAAA', 'BBBBBB', 'CCCCCC'].map((code) => service.store.insert(booking(code), 'Dipesan'));
    // DDDDDD was checked a moment ago; CCCCCC's issue is in progress (its sale is unknown).
    service.store.markChecked(ids[0]!, 100);
    fx.db
      .prepare(
        `INSERT INTO sale (request_id, ref_id, kind, provider, product_id, provider_code, product_name, customer_no, price, cost, state,
           refund, business_day, created_at, updated_at)
         VALUES ('issue-c', 'LKC', 'flight', 'mmbc', 'flight:CCCCCC', 'CCCCCC', 'Tiket Pesawat JT-690 CGK-DPS', 'CCCCCC', 1010000, 980000, 'unknown', 'none',
           '2026-11-24', 0, 0)`,
      )
      .run();

    expect(await service.syncSome(3)).toBe(2);
    expect(asked).toEqual(['AAAAAA', 'BBBBBB', 'DDDDDD']);
    expect(service.get(ids[1]!)).toMatchObject({ status: 'expired', statusCheckedAt: fx.ledger.now() });
    expect(service.get(ids[2]!)).toMatchObject({ status: 'waiting', statusCheckedAt: null });
    expect(service.get(ids[3]!)).toMatchObject({ status: 'waiting', saleState: 'unknown', issueBlockedReason: expect.stringMatching(/sedang diproses/) });
    expect(updates).toEqual([{ bookingId: ids[1], status: 'expired' }]);
    expect(service.store.events(ids[1]!).map((e) => `${e.toStatus} ${e.source} ${e.detail}`)).toEqual(['waiting booking Dipesan', 'expired provider Cek status MMBC: expired']);
  });

  it('runs passes on its interval and stops when told (a running pass is awaited, none after)', async () => {
    let passes = 0;
    const stop = startBookingSync(() => Promise.resolve((passes += 1)), 5);
    await vi.waitFor(() => expect(passes).toBeGreaterThanOrEqual(2));
    await stop();
    const after = passes;
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(passes).toBe(after);
  });
});
