import type { Migration } from './migration';

/**
 * Sales and their audit trail. A sale row carries its state (it moves through the state machine);
 * every move is also an append-only sale_event, and the money of each move is a journal entry.
 * `ref_id` is our reference at the provider: UNIQUE, made before the first byte is sent, reused for
 * every status check, never minted twice for one sale.
 */
export const migration004: Migration = {
  version: 4,
  name: 'sales',
  up(db) {
    db.exec(`
      INSERT INTO account (code, name, kind, provider)
        VALUES ('customer_funds_held', 'Uang pelanggan tertahan (transaksi proses)', 'liability', NULL);

      CREATE TABLE bill_inquiry (
        id INTEGER PRIMARY KEY,
        ref_id TEXT NOT NULL UNIQUE,
        provider TEXT NOT NULL,
        product_id TEXT NOT NULL,
        provider_code TEXT NOT NULL,
        product_name TEXT NOT NULL,
        customer_no TEXT NOT NULL,
        customer_name TEXT,
        bill INTEGER NOT NULL CHECK (bill >= 0),
        admin INTEGER NOT NULL CHECK (admin >= 0),
        total INTEGER NOT NULL CHECK (total > 0),
        cost INTEGER NOT NULL CHECK (cost > 0),
        fee INTEGER NOT NULL CHECK (fee >= 0),
        periods_json TEXT NOT NULL,
        details_json TEXT NOT NULL,
        pay_json TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE sale (
        id INTEGER PRIMARY KEY,
        request_id TEXT NOT NULL UNIQUE,
        ref_id TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('pulsa','data','ewallet','pln_token','bill')),
        provider TEXT NOT NULL CHECK (provider IN ('mmbc','iak','ayoconnect','klikoo')),
        product_id TEXT NOT NULL,
        provider_code TEXT NOT NULL,
        product_name TEXT NOT NULL,
        customer_no TEXT NOT NULL,
        customer_name TEXT,
        inquiry_id INTEGER UNIQUE REFERENCES bill_inquiry(id),
        price INTEGER NOT NULL CHECK (price > 0),
        cost INTEGER NOT NULL CHECK (cost > 0),
        state TEXT NOT NULL CHECK (state IN ('committed','sent','success','failed','pending','unknown')),
        needs_operator INTEGER NOT NULL DEFAULT 0 CHECK (needs_operator IN (0, 1)),
        provider_ref TEXT,
        serial TEXT,
        message TEXT,
        details_json TEXT NOT NULL DEFAULT '{}',
        itrx INTEGER,
        rerouted_from INTEGER REFERENCES sale(id),
        refund TEXT NOT NULL DEFAULT 'none' CHECK (refund IN ('none','due','paid')),
        check_count INTEGER NOT NULL DEFAULT 0,
        next_check_at INTEGER,
        business_day TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        sent_at INTEGER,
        updated_at INTEGER NOT NULL,
        settled_at INTEGER
      ) STRICT;
      CREATE INDEX sale_open ON sale(state, next_check_at) WHERE state IN ('committed','sent','pending','unknown');
      CREATE INDEX sale_customer ON sale(customer_no, created_at);
      CREATE INDEX sale_day ON sale(business_day, id);

      CREATE TABLE sale_event (
        id INTEGER PRIMARY KEY,
        sale_id INTEGER NOT NULL REFERENCES sale(id),
        from_state TEXT,
        to_state TEXT NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('cashier','provider','poll','callback','recovery','operator')),
        detail TEXT NOT NULL,
        at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX sale_event_by_sale ON sale_event(sale_id, id);
      CREATE TRIGGER sale_event_no_update BEFORE UPDATE ON sale_event
        BEGIN SELECT RAISE(ABORT, 'sale events are append-only'); END;
      CREATE TRIGGER sale_event_no_delete BEFORE DELETE ON sale_event
        BEGIN SELECT RAISE(ABORT, 'sale events are append-only'); END;
      CREATE TRIGGER sale_no_delete BEFORE DELETE ON sale
        BEGIN SELECT RAISE(ABORT, 'sales are never deleted'); END;
      -- A settled sale is final: no later signal may move it again (S6).
      CREATE TRIGGER sale_terminal_is_final BEFORE UPDATE OF state ON sale
        WHEN OLD.state IN ('success','failed') AND NEW.state <> OLD.state
        BEGIN SELECT RAISE(ABORT, 'a settled sale cannot change state'); END;

      CREATE TABLE favourite_number (
        customer_no TEXT PRIMARY KEY,
        created_at INTEGER NOT NULL
      ) STRICT;
    `);
  },
};
