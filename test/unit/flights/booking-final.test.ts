import { afterEach, describe, expect, it } from 'vitest';
import { EventBus } from '../../../electron/core/app/event-bus';
import { BookingService } from '../../../electron/core/flights/booking-service';
import type { BookingStatusWord } from '../../../electron/core/domain/sale-kind';
import type { ProviderService } from '../../../electron/core/providers/registry/provider-service';
import { bookingRow } from '../../support/booking-row';
import { openTestLedger, type LedgerFixture } from '../../support/ledger-fixture';

/**
 * Cancel and expired are final, in the service and in the database: a stale status answer that
 * would leave them is written in the booking's history and ignored. MMBC saying "issued" for such a
 * booking is a late success: never silently dropped, kept in the history with a note to check it.
 */
let fx: LedgerFixture | undefined;
afterEach(() => fx?.close());

const booking = (code: string, status: BookingStatusWord) => bookingRow(code, { status });

async function serviceAnswering(status: BookingStatusWord) {
  fx = await openTestLedger();
  const client = { getBookingStatus: (code: string) => Promise.resolve({ ok: true, value: { bookingCode: code, status } }) };
  return new BookingService({
    ledger: fx.ledger,
    providers: { client: () => client } as unknown as ProviderService,
    events: new EventBus(),
    issueFlight: () => Promise.reject(new Error('not used')),
    dataDir: fx.dir,
  });
}

describe('cancel and expired are final', () => {
  it.each<[BookingStatusWord, BookingStatusWord]>([
    ['cancel', 'waiting'],
    ['cancel', 'pending'],
    ['expired', 'waiting'],
    ['cancel', 'expired'],
    ['expired', 'cancel'],
  ])('a %s booking refreshed with a stale "%s" answer stays as it was, the answer in its history', async (final, answer) => {
    const service = await serviceAnswering(answer);
    const id = service.store.insert(booking('FIN001', final), 'Dipesan');
    const refreshed = await service.refreshStatus(id);
    expect(refreshed.booking.status).toBe(final);
    const last = service.store.events(id).at(-1);
    expect(last).toMatchObject({ fromStatus: final, toStatus: final, source: 'provider', detail: expect.stringMatching(new RegExp(`${answer}.*diabaikan`)) });
  });

  it('MMBC saying "issued" for a cancelled booking without a sale is kept in the history with a note to check it', async () => {
    const service = await serviceAnswering('issued');
    const id = service.store.insert(booking('FIN002', 'cancel'), 'Dipesan');
    const refreshed = await service.refreshStatus(id);
    expect(refreshed.booking.status).toBe('cancel');
    expect(service.store.events(id).at(-1)?.detail).toMatch(/issued.*tidak pernah di-issue dari Loket.*cek/i);
  });

  it('the database refuses to move a cancel or expired booking to anything but issued', async () => {
    const service = await serviceAnswering('waiting');
    const cancel = service.store.insert(booking('FIN003', 'cancel'), 'Dipesan');
    const expired = service.store.insert(booking('FIN004', 'expired'), 'Dipesan');
    const move = (id: number, to: string) => fx?.db.prepare('UPDATE flight_booking SET status = ? WHERE id = ?').run(to, id);
    for (const to of ['waiting', 'pending', 'expired']) expect(() => move(cancel, to)).toThrow(/final/);
    for (const to of ['waiting', 'pending', 'cancel']) expect(() => move(expired, to)).toThrow(/final/);
    // Its issue sale succeeding is the money's truth (a late success the owner resolved): allowed.
    move(cancel, 'issued');
    expect(service.store.byId(cancel)?.status).toBe('issued');
  });

  it('a failed issue whose message says "cancel" in another sense leaves the booking waiting; its code [cancel] cancels it', async () => {
    const service = await serviceAnswering('waiting');
    const failedSale = (code: string, saleId: number, message: string, outcomeCode: string) => {
      fx?.db
        .prepare(
          `INSERT INTO sale (id, request_id, ref_id, kind, provider, product_id, provider_code, product_name, customer_no, price, cost, state,
             message, refund, business_day, created_at, updated_at)
           VALUES (?, ?, ?, 'flight', 'mmbc', ?, ?, 'Tiket Pesawat JT-690 CGK-DPS', ?, 1010000, 980000, 'failed', ?, 'due', '2026-11-24', ?, ?)`,
        )
        .run(saleId, `issue-${code}`, `LK${code}`, `flight:${code}`, code, code, message, saleId, saleId);
      fx?.db.prepare("INSERT INTO sale_event (sale_id, from_state, to_state, source, detail, at) VALUES (?, 'sent', 'failed', 'provider', ?, ?)").run(saleId, `${message} [${outcomeCode}]`, saleId);
    };
    const words = service.store.insert(booking('FIN005', 'waiting'), 'Dipesan');
    failedSale('FIN005', 5, 'Saldo deposit kurang: cancel transaksi lain dulu', 'refused');
    service.onSaleUpdated(5);
    expect(service.store.byId(words)?.status).toBe('waiting');
    const coded = service.store.insert(booking('FIN006', 'waiting'), 'Dipesan');
    failedSale('FIN006', 6, 'Booking dibatalkan maskapai', 'cancel');
    service.onSaleUpdated(6);
    expect(service.store.byId(coded)?.status).toBe('cancel');
  });
});
