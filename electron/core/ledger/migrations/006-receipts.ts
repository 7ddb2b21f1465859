import type { Migration } from './migration';

/**
 * Every receipt print attempt, append-only: reprints are counted from here (the DUPLIKAT mark and
 * its number) and a failed print keeps its reason. `slip` is part of the count: printing the
 * "DALAM PROSES" slip does not make the final receipt a duplicate. Not money: nothing here posts.
 */
export const migration006: Migration = {
  version: 6,
  name: 'receipts',
  up(db) {
    db.exec(`
      CREATE TABLE receipt_print (
        id INTEGER PRIMARY KEY,
        sale_id INTEGER NOT NULL REFERENCES sale(id),
        slip TEXT NOT NULL CHECK (slip IN ('receipt', 'pending', 'refund')),
        copy TEXT NOT NULL CHECK (copy IN ('original', 'duplicate')),
        at INTEGER NOT NULL,
        target TEXT NOT NULL CHECK (length(target) > 0),
        ok INTEGER NOT NULL CHECK (ok IN (0, 1)),
        error TEXT,
        CHECK ((ok = 1 AND error IS NULL) OR (ok = 0 AND error IS NOT NULL AND length(error) > 0))
      ) STRICT;
      CREATE INDEX receipt_print_by_sale ON receipt_print(sale_id, slip, ok);

      CREATE TRIGGER receipt_print_no_update BEFORE UPDATE ON receipt_print
        BEGIN SELECT RAISE(ABORT, 'receipt_print is append-only'); END;
      CREATE TRIGGER receipt_print_no_delete BEFORE DELETE ON receipt_print
        BEGIN SELECT RAISE(ABORT, 'receipt_print is append-only'); END;
    `);
  },
};
