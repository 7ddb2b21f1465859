import type { Migration } from './migration';

/**
 * Shifts, second step:
 * - the cause and reason of an opening float that differs from the ledger's drawer: the owner's
 *   float (owner_float, posted against owner equity) or unexplained (a cash difference, counted in
 *   the day's selisih). NULL for a float that matched, and for shifts opened before this migration;
 * - the sales carried over at a close, stored when the shift closes, so a closed shift's report reads
 *   its own few rows instead of searching the sale table by settle time (which has no index). Rows
 *   are written once, in the close's transaction (for shifts closed before, here), and never change.
 */
export const migration011: Migration = {
  version: 11,
  name: 'shift-followups',
  up(db) {
    db.exec(`
      ALTER TABLE shift ADD COLUMN opening_cause TEXT CHECK (opening_cause IS NULL OR opening_cause IN ('owner_float', 'unexplained'));
      ALTER TABLE shift ADD COLUMN opening_reason TEXT;

      CREATE TABLE shift_carried_over (
        shift_id INTEGER NOT NULL REFERENCES shift(id),
        sale_id INTEGER NOT NULL REFERENCES sale(id),
        -- The state the sale was in at the close (the report shows it as it was then).
        state TEXT NOT NULL,
        PRIMARY KEY (shift_id, sale_id)
      ) STRICT, WITHOUT ROWID;
      -- Shifts closed before this migration: their carried-over sales as the report used to find them
      -- (open at the close: still open, or settled after it), in the state their history had then. Once.
      INSERT INTO shift_carried_over (shift_id, sale_id, state)
        SELECT s.id, sale.id,
               COALESCE((SELECT e.to_state FROM sale_event e WHERE e.sale_id = sale.id AND e.at <= s.closed_at ORDER BY e.id DESC LIMIT 1), 'committed')
          FROM shift s JOIN sale ON sale.created_at <= s.closed_at
         WHERE s.closed_at IS NOT NULL
           AND (sale.state IN ('committed','sent','pending','unknown') OR sale.settled_at > s.closed_at);
      CREATE TRIGGER shift_carried_over_no_update BEFORE UPDATE ON shift_carried_over
        BEGIN SELECT RAISE(ABORT, 'carried-over sales of a closed shift never change'); END;
      CREATE TRIGGER shift_carried_over_no_delete BEFORE DELETE ON shift_carried_over
        BEGIN SELECT RAISE(ABORT, 'carried-over sales of a closed shift never change'); END;
    `);
  },
};
