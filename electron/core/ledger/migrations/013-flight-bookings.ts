import type { Migration } from './migration';

/**
 * Flight bookings (Tiket Pesawat): a booking made with MMBC's postbooking-json holds seats until its
 * time limit and moves no money; issuing it is a sale (sale_id). The row keeps what the provider
 * answered (fares, NTA, agent bonus, time limit) and the outlet's markup fixed at booking time, so
 * the price the customer was told never changes under the cashier. Bookings are never deleted, their
 * prices never change, an issued booking stays issued, and a cancelled or expired one never
 * reopens (only its issue sale succeeding can still make it issued). Every status change appends a
 * flight_booking_event (from, to, who said so and why), so "why is this expired" has an answer.
 */
export const migration013: Migration = {
  version: 13,
  name: 'flight-bookings',
  up(db) {
    db.exec(`
      CREATE TABLE flight_booking (
        id INTEGER PRIMARY KEY,
        booking_code TEXT NOT NULL UNIQUE,
        provider TEXT NOT NULL DEFAULT 'mmbc' CHECK (provider = 'mmbc'),
        request_id TEXT NOT NULL UNIQUE,
        -- What was asked (flight key, passengers, contact): the same requestId with other input is refused.
        request_hash TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('waiting','pending','issued','cancel','expired')),
        airline TEXT NOT NULL,
        flight_number TEXT NOT NULL,
        from_code TEXT NOT NULL,
        to_code TEXT NOT NULL,
        route TEXT NOT NULL,
        travel_date TEXT NOT NULL,
        depart_time TEXT,
        arrive_time TEXT,
        transit_label TEXT,
        flight_class TEXT,
        international INTEGER NOT NULL CHECK (international IN (0, 1)),
        adult INTEGER NOT NULL CHECK (adult >= 1),
        child INTEGER NOT NULL CHECK (child >= 0),
        infant INTEGER NOT NULL CHECK (infant >= 0),
        passengers_json TEXT NOT NULL,
        -- Lower-case booking code and passenger names: the list's search box.
        search_text TEXT NOT NULL,
        contact_name TEXT NOT NULL,
        contact_email TEXT NOT NULL,
        contact_phone TEXT NOT NULL,
        publish_fare INTEGER NOT NULL CHECK (publish_fare >= 0),
        tax INTEGER NOT NULL CHECK (tax >= 0),
        total_fare INTEGER NOT NULL CHECK (total_fare >= 0),
        nta_price INTEGER NOT NULL CHECK (nta_price >= 0),
        agent_bonus INTEGER NOT NULL CHECK (agent_bonus >= 0),
        markup INTEGER NOT NULL CHECK (markup >= 0),
        selling_price INTEGER NOT NULL CHECK (selling_price >= 0 AND selling_price = total_fare + markup),
        time_limit_at INTEGER,
        time_limit_text TEXT,
        created_at INTEGER NOT NULL,
        status_checked_at INTEGER,
        sale_id INTEGER REFERENCES sale(id),
        eticket_file TEXT,
        updated_at INTEGER NOT NULL
      ) STRICT;
      -- Open bookings by the nearest time limit (the list's head, the status sync): a few rows, partial.
      CREATE INDEX flight_booking_open ON flight_booking (time_limit_at) WHERE status IN ('waiting','pending');
      CREATE INDEX flight_booking_by_travel_date ON flight_booking (travel_date);
      CREATE INDEX flight_booking_by_created ON flight_booking (created_at);

      CREATE TRIGGER flight_booking_no_delete BEFORE DELETE ON flight_booking
        BEGIN SELECT RAISE(ABORT, 'flight bookings are never deleted'); END;
      CREATE TRIGGER flight_booking_prices_fixed BEFORE UPDATE OF publish_fare, tax, total_fare, nta_price, agent_bonus, markup, selling_price ON flight_booking
        BEGIN SELECT RAISE(ABORT, 'a booking''s prices are fixed when it is made'); END;
      CREATE TRIGGER flight_booking_issued_is_final BEFORE UPDATE OF status ON flight_booking
        WHEN OLD.status = 'issued' AND NEW.status <> 'issued'
        BEGIN SELECT RAISE(ABORT, 'an issued booking stays issued'); END;
      -- Cancel and expired are final: a stale status answer cannot reopen them. Only its issue sale
      -- succeeding (the money's truth, e.g. a late success) may still make such a booking issued.
      CREATE TRIGGER flight_booking_cancel_expired_final BEFORE UPDATE OF status ON flight_booking
        WHEN OLD.status IN ('cancel','expired') AND NEW.status NOT IN (OLD.status, 'issued')
        BEGIN SELECT RAISE(ABORT, 'a cancelled or expired booking is final'); END;

      CREATE TABLE flight_booking_event (
        id INTEGER PRIMARY KEY,
        booking_id INTEGER NOT NULL REFERENCES flight_booking(id),
        from_status TEXT,
        to_status TEXT NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('booking','provider','sale','clock')),
        detail TEXT NOT NULL,
        at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX flight_booking_event_by_booking ON flight_booking_event (booking_id, id);
      CREATE TRIGGER flight_booking_event_no_update BEFORE UPDATE ON flight_booking_event
        BEGIN SELECT RAISE(ABORT, 'booking history is append-only'); END;
      CREATE TRIGGER flight_booking_event_no_delete BEFORE DELETE ON flight_booking_event
        BEGIN SELECT RAISE(ABORT, 'booking history is append-only'); END;
    `);
  },
};
