import type { Migration } from './migration';

/**
 * Shifts (buka/tutup kasir) and the day close. A shift row is written when the cashier opens with the
 * counted float and completed once at close; after that it never changes (a trigger refuses it), so a
 * printed closing report always matches the row. At most one shift is open at a time (partial unique
 * index), which is what lets selling ask "is the counter open?" with one row read. The money of an
 * opening or closing difference is a journal entry (cash_drawer vs cash_difference), never a column
 * someone could edit; the columns here only remember what was counted and why.
 */
export const migration008: Migration = {
  version: 8,
  name: 'shifts',
  up(db) {
    db.exec(`
      INSERT INTO account (code, name, kind, provider) VALUES ('cash_difference', 'Selisih kas', 'expense', NULL);

      CREATE TABLE shift (
        id INTEGER PRIMARY KEY,
        request_id TEXT NOT NULL UNIQUE,
        cashier TEXT NOT NULL CHECK (length(cashier) > 0),
        business_day TEXT NOT NULL,
        opened_at INTEGER NOT NULL,
        opening_float INTEGER NOT NULL CHECK (opening_float >= 0),
        opening_difference INTEGER NOT NULL DEFAULT 0,
        closed_at INTEGER,
        close_request_id TEXT UNIQUE,
        expected_cash INTEGER,
        counted_cash INTEGER CHECK (counted_cash >= 0),
        difference INTEGER,
        difference_reason TEXT,
        denominations_json TEXT,
        CHECK ((closed_at IS NULL) = (close_request_id IS NULL)),
        CHECK ((closed_at IS NULL) = (counted_cash IS NULL)),
        CHECK ((closed_at IS NULL) = (expected_cash IS NULL)),
        CHECK (closed_at IS NULL OR difference = counted_cash - expected_cash),
        CHECK (difference IS NULL OR difference = 0 OR (difference_reason IS NOT NULL AND length(trim(difference_reason)) > 0))
      ) STRICT;
      CREATE UNIQUE INDEX shift_one_open ON shift ((closed_at IS NULL)) WHERE closed_at IS NULL;
      CREATE INDEX shift_by_day ON shift (business_day, id);

      CREATE TRIGGER shift_closed_is_final BEFORE UPDATE ON shift WHEN OLD.closed_at IS NOT NULL
        BEGIN SELECT RAISE(ABORT, 'a closed shift is final'); END;
      CREATE TRIGGER shift_no_delete BEFORE DELETE ON shift
        BEGIN SELECT RAISE(ABORT, 'shifts are never deleted'); END;

      ALTER TABLE sale ADD COLUMN shift_id INTEGER REFERENCES shift(id);
      CREATE INDEX sale_by_shift ON sale (shift_id);

      CREATE TABLE day_close (
        business_day TEXT PRIMARY KEY,
        closed_at INTEGER NOT NULL,
        request_id TEXT NOT NULL UNIQUE,
        reopened_at INTEGER
      ) STRICT;
    `);
  },
};
