import type { Migration } from './migration';

/**
 * The audit log (issue 11): owner actions and refused attempts, who, when, what, before and after.
 * Append-only like the journal: triggers refuse UPDATE and DELETE, so nobody (a cashier with a
 * SQLite tool included) can tidy a line away. Who is kept as id and name: a user renamed later
 * still reads as they were then. No foreign key to app_user: the log must never refuse a line, and
 * a refused call may name nobody. Never holds a PIN or credential (audit/redact.ts, before insert).
 */
export const migration015: Migration = {
  version: 15,
  name: 'audit-log',
  up(db) {
    db.exec(`
      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at INTEGER NOT NULL,
        business_day TEXT NOT NULL,
        -- NULL: nobody was signed in (a refused call before sign-in, first-run setup).
        user_id INTEGER,
        user_name TEXT,
        -- The owner who approved a cashier's call with the owner PIN.
        approved_by_id INTEGER,
        approved_by_name TEXT,
        -- The channel called (catalog:setMarkup) and what it does in words (mengubah harga jual).
        action TEXT NOT NULL,
        label TEXT NOT NULL,
        outcome TEXT NOT NULL CHECK (outcome IN ('done','refused')),
        before_json TEXT,
        after_json TEXT,
        detail TEXT
      ) STRICT;
      -- The owner's filters, each read newest first (paging back by id).
      CREATE INDEX audit_by_day ON audit_log(business_day, id);
      CREATE INDEX audit_by_user ON audit_log(user_id, id);
      CREATE INDEX audit_by_outcome ON audit_log(outcome, id);
      CREATE INDEX audit_by_action ON audit_log(action, id);
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
    `);
  },
};
