import type Database from 'better-sqlite3';
import type { BookingStatusWord } from '../domain/sale-kind';
import type { PassengerType } from './passenger-rules';

/**
 * The flight_booking rows (migration 013) and their history. Every status change and its event are
 * one transaction. Prices are never updated (a trigger refuses it); bookings are never deleted.
 */
export interface StoredPassenger {
  type: PassengerType;
  title: string;
  fullName: string;
  dateOfBirth: string | null;
  baggage: string | null;
  passportNumber: string | null;
  /** Kept locally only: MMBC's postbooking has no field for it. */
  passportCountry: string | null;
  passportExpiry: string | null;
  ticketNumber: string | null;
}

export interface BookingRow {
  id: number;
  bookingCode: string;
  requestId: string;
  requestHash: string;
  status: BookingStatusWord;
  airline: string;
  flightNumber: string;
  fromCode: string;
  toCode: string;
  route: string;
  travelDate: string;
  departTime: string | null;
  arriveTime: string | null;
  transitLabel: string | null;
  flightClass: string | null;
  international: number;
  adult: number;
  child: number;
  infant: number;
  passengersJson: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  publishFare: number;
  tax: number;
  totalFare: number;
  ntaPrice: number;
  agentBonus: number;
  markup: number;
  sellingPrice: number;
  timeLimitAt: number | null;
  timeLimitText: string | null;
  createdAt: number;
  statusCheckedAt: number | null;
  saleId: number | null;
  eticketFile: string | null;
  updatedAt: number;
}

export type NewBooking = Omit<BookingRow, 'id' | 'statusCheckedAt' | 'saleId' | 'eticketFile' | 'updatedAt' | 'passengersJson'> & {
  passengers: StoredPassenger[];
};

/** The issue sale of a booking as the booking needs it (sale rows of kind 'flight', customer_no = booking code). */
export interface IssueSale {
  id: number;
  requestId: string;
  state: 'committed' | 'sent' | 'success' | 'failed' | 'pending' | 'unknown';
  message: string | null;
  detailsJson: string;
}

export type EventSource = 'booking' | 'provider' | 'sale' | 'clock';

const COLUMNS = `b.id, b.booking_code AS bookingCode, b.request_id AS requestId, b.request_hash AS requestHash, b.status,
  b.airline, b.flight_number AS flightNumber, b.from_code AS fromCode, b.to_code AS toCode, b.route, b.travel_date AS travelDate,
  b.depart_time AS departTime, b.arrive_time AS arriveTime, b.transit_label AS transitLabel, b.flight_class AS flightClass,
  b.international, b.adult, b.child, b.infant, b.passengers_json AS passengersJson, b.contact_name AS contactName,
  b.contact_email AS contactEmail, b.contact_phone AS contactPhone, b.publish_fare AS publishFare, b.tax, b.total_fare AS totalFare,
  b.nta_price AS ntaPrice, b.agent_bonus AS agentBonus, b.markup, b.selling_price AS sellingPrice, b.time_limit_at AS timeLimitAt,
  b.time_limit_text AS timeLimitText, b.created_at AS createdAt, b.status_checked_at AS statusCheckedAt, b.sale_id AS saleId,
  b.eticket_file AS eticketFile, b.updated_at AS updatedAt`;

export interface BookingFilter {
  status?: BookingStatusWord | 'open';
  travelDate?: string;
  query?: string;
  limit: number;
}

export class BookingStore {
  constructor(private readonly db: Database.Database) {}

  insert(booking: NewBooking, detail: string): number {
    const { passengers, ...row } = booking;
    return this.db.transaction(() => {
      const id = Number(
        this.db
          .prepare(
            `INSERT INTO flight_booking (booking_code, request_id, request_hash, status, airline, flight_number, from_code, to_code, route,
               travel_date, depart_time, arrive_time, transit_label, flight_class, international, adult, child, infant, passengers_json,
               search_text, contact_name, contact_email, contact_phone, publish_fare, tax, total_fare, nta_price, agent_bonus, markup,
               selling_price, time_limit_at, time_limit_text, created_at, updated_at)
             VALUES (@bookingCode, @requestId, @requestHash, @status, @airline, @flightNumber, @fromCode, @toCode, @route,
               @travelDate, @departTime, @arriveTime, @transitLabel, @flightClass, @international, @adult, @child, @infant, @passengersJson,
               @searchText, @contactName, @contactEmail, @contactPhone, @publishFare, @tax, @totalFare, @ntaPrice, @agentBonus, @markup,
               @sellingPrice, @timeLimitAt, @timeLimitText, @createdAt, @createdAt)`,
          )
          .run({ ...row, passengersJson: JSON.stringify(passengers), searchText: searchTextOf(row.bookingCode, passengers) }).lastInsertRowid,
      );
      this.addEvent(id, null, booking.status, 'booking', detail, booking.createdAt);
      return id;
    })();
  }

  byId(id: number): BookingRow | undefined {
    return this.db.prepare(`SELECT ${COLUMNS} FROM flight_booking b WHERE b.id = ?`).get(id) as BookingRow | undefined;
  }

  byRequestId(requestId: string): BookingRow | undefined {
    return this.db.prepare(`SELECT ${COLUMNS} FROM flight_booking b WHERE b.request_id = ?`).get(requestId) as BookingRow | undefined;
  }

  byCode(code: string): BookingRow | undefined {
    return this.db.prepare(`SELECT ${COLUMNS} FROM flight_booking b WHERE b.booking_code = ?`).get(code) as BookingRow | undefined;
  }

  /** Moves the status and writes why, in one transaction; false when it already was `to`. */
  setStatus(id: number, to: BookingStatusWord, source: EventSource, detail: string, at: number): boolean {
    return this.db.transaction(() => {
      const before = this.byId(id);
      if (!before || before.status === to) return false;
      this.db.prepare('UPDATE flight_booking SET status = ?, updated_at = ? WHERE id = ?').run(to, at, id);
      this.addEvent(id, before.status, to, source, detail, at);
      return true;
    })();
  }

  /** A history line without a status change (an answer that was ignored, and why). */
  note(id: number, status: BookingStatusWord, source: EventSource, detail: string, at: number): void {
    this.addEvent(id, status, status, source, detail, at);
  }

  /** A provider's answer was read now (whatever it said). */
  markChecked(id: number, at: number): void {
    this.db.prepare('UPDATE flight_booking SET status_checked_at = ? WHERE id = ?').run(at, id);
  }

  linkSale(id: number, saleId: number, at: number): void {
    this.db.prepare('UPDATE flight_booking SET sale_id = ?, updated_at = ? WHERE id = ? AND sale_id IS NOT ?').run(saleId, at, id, saleId);
  }

  setPassengers(id: number, passengers: StoredPassenger[], at: number): void {
    this.db.prepare('UPDATE flight_booking SET passengers_json = ?, updated_at = ? WHERE id = ?').run(JSON.stringify(passengers), at, id);
  }

  setEticketFile(id: number, fileName: string, at: number): void {
    this.db.prepare('UPDATE flight_booking SET eticket_file = ?, updated_at = ? WHERE id = ?').run(fileName, at, id);
  }

  events(id: number): { fromStatus: string | null; toStatus: string; source: string; detail: string; at: number }[] {
    return this.db
      .prepare('SELECT from_status AS fromStatus, to_status AS toStatus, source, detail, at FROM flight_booking_event WHERE booking_id = ? ORDER BY id')
      .all(id) as { fromStatus: string | null; toStatus: string; source: string; detail: string; at: number }[];
  }

  /** Open bookings first (nearest time limit first), then the rest newest first. */
  list(filter: BookingFilter): (BookingRow & { saleState: IssueSale['state'] | null })[] {
    const where: string[] = [];
    const args: Record<string, unknown> = { limit: filter.limit };
    if (filter.status === 'open') where.push("b.status IN ('waiting','pending')");
    else if (filter.status) {
      where.push('b.status = @status');
      args.status = filter.status;
    }
    if (filter.travelDate) {
      where.push('b.travel_date = @travelDate');
      args.travelDate = filter.travelDate;
    }
    const query = filter.query?.trim().toLowerCase().replace(/\s+/g, ' ');
    if (query) {
      where.push("b.search_text LIKE @query ESCAPE '\\'");
      args.query = `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    }
    return this.db
      .prepare(
        `SELECT ${COLUMNS}, s.state AS saleState FROM flight_booking b LEFT JOIN sale s ON s.id = b.sale_id
          ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
          ORDER BY CASE WHEN b.status IN ('waiting','pending') THEN 0 ELSE 1 END,
                   CASE WHEN b.status IN ('waiting','pending') THEN COALESCE(b.time_limit_at, 9007199254740991) END,
                   -- Time limits are whole minutes: among open ones, the older booking's limit is the nearer.
                   CASE WHEN b.status IN ('waiting','pending') THEN b.id END,
                   b.created_at DESC, b.id DESC
          LIMIT @limit`,
      )
      .all(args) as (BookingRow & { saleState: IssueSale['state'] | null })[];
  }

  /** Open bookings to ask MMBC about, the longest unchecked first (never checked = first). */
  dueForCheck(limit: number): BookingRow[] {
    return this.db
      .prepare(`SELECT ${COLUMNS} FROM flight_booking b WHERE b.status IN ('waiting','pending') ORDER BY COALESCE(b.status_checked_at, 0), b.id LIMIT ?`)
      .all(limit) as BookingRow[];
  }

  /** The latest issue sale of a booking (sale.customer_no = booking code, kind 'flight'). */
  latestSale(code: string): IssueSale | undefined {
    return this.db
      .prepare(
        `SELECT id, request_id AS requestId, state, message, details_json AS detailsJson FROM sale
          WHERE customer_no = ? AND kind = 'flight' ORDER BY created_at DESC, id DESC LIMIT 1`,
      )
      .get(code) as IssueSale | undefined;
  }

  /** The sale_event that settled a sale as failed (its detail carries the outcome's code). */
  failedSettleDetail(saleId: number): string | null {
    const row = this.db
      .prepare("SELECT detail FROM sale_event WHERE sale_id = ? AND to_state = 'failed' AND from_state IS NOT 'failed' ORDER BY id LIMIT 1")
      .get(saleId) as { detail: string } | undefined;
    return row?.detail ?? null;
  }

  saleById(id: number): (IssueSale & { kind: string; customerNo: string }) | undefined {
    return this.db
      .prepare('SELECT id, request_id AS requestId, state, message, details_json AS detailsJson, kind, customer_no AS customerNo FROM sale WHERE id = ?')
      .get(id) as (IssueSale & { kind: string; customerNo: string }) | undefined;
  }

  saleByRequestId(requestId: string): (IssueSale & { kind: string; customerNo: string }) | undefined {
    return this.db
      .prepare('SELECT id, request_id AS requestId, state, message, details_json AS detailsJson, kind, customer_no AS customerNo FROM sale WHERE request_id = ?')
      .get(requestId) as (IssueSale & { kind: string; customerNo: string }) | undefined;
  }

  private addEvent(id: number, from: string | null, to: string, source: EventSource, detail: string, at: number): void {
    this.db
      .prepare('INSERT INTO flight_booking_event (booking_id, from_status, to_status, source, detail, at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(id, from, to, source, detail, at);
  }
}

export function passengersOf(row: BookingRow): StoredPassenger[] {
  return JSON.parse(row.passengersJson) as StoredPassenger[];
}

function searchTextOf(code: string, passengers: StoredPassenger[]): string {
  return [code, ...passengers.map((p) => p.fullName)].join(' ').toLowerCase().replace(/\s+/g, ' ');
}
