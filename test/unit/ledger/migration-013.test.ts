import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { applyMigrations } from '../../../electron/core/ledger/migrate';
import { migrations } from '../../../electron/core/ledger/migrations';
import { BookingStore, type NewBooking } from '../../../electron/core/flights/booking-store';
import { bookingRow } from '../../support/booking-row';

const upTo = (v: number) => migrations.filter((m) => m.version <= v);

const booking = (code: string, over: Partial<NewBooking> = {}) => bookingRow(code, { timeLimitAt: 1000, timeLimitText: '20 Dec 2026 08:00', ...over });

describe('migration 013 (flight bookings)', () => {
  it('bookings are never deleted, their prices never change, an issued booking stays issued, and every status change is in the history', () => {
    const db = new Database(':memory:');
    applyMigrations(db, upTo(13));
    expect(db.pragma('user_version', { simple: true })).toBe(13);
    const store = new BookingStore(db);
    const id = store.insert(booking('ABCDEF'), 'Dipesan');
    expect(() => db.prepare("INSERT INTO flight_booking SELECT * FROM flight_booking WHERE id = 1").run()).toThrow(/UNIQUE/);
    expect(() => store.insert(booking('BBBBBB', { sellingPrice: 1_000_000 }), 'x')).toThrow(/CHECK/);
    expect(() => store.insert(booking('CCCCCC', { status: 'done' as never }), 'x')).toThrow(/CHECK/);
    expect(() => db.prepare('UPDATE flight_booking SET markup = 0, selling_price = total_fare WHERE id = ?').run(id)).toThrow(/fixed/);
    expect(() => db.prepare('DELETE FROM flight_booking').run()).toThrow(/never deleted/);

    expect(store.setStatus(id, 'issued', 'sale', 'Issued: transaksi #1 sukses', 5)).toBe(true);
    expect(store.setStatus(id, 'issued', 'sale', 'again', 6)).toBe(false);
    expect(() => store.setStatus(id, 'expired', 'provider', 'late', 7)).toThrow(/stays issued/);
    expect(store.events(id).map((e) => `${e.fromStatus}->${e.toStatus} ${e.source}`)).toEqual(['null->waiting booking', 'waiting->issued sale']);
    expect(() => db.prepare('UPDATE flight_booking_event SET detail = ?').run('x')).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM flight_booking_event').run()).toThrow(/append-only/);
  });

  it('the open-bookings index is partial (the status sync and the list head read only open rows)', () => {
    const db = new Database(':memory:');
    applyMigrations(db, upTo(13));
    const plan = db
      .prepare("EXPLAIN QUERY PLAN SELECT id FROM flight_booking WHERE status IN ('waiting','pending') ORDER BY time_limit_at")
      .all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/flight_booking_open/);
  });
});
