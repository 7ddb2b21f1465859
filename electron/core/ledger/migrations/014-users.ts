import type { Migration } from './migration';

/**
 * Users (issue 11): the owner and the cashiers who sign in with a PIN, and who did what.
 * - app_user: `name_key` is the name trimmed and lower-cased (written by users/user-repo.ts), so two
 *   users can never be told apart only by case or spaces. `pin_hash` is a scrypt string (users/pin-hash.ts),
 *   NULL only for the "Owner" an upgrade makes (setup sets it). `failed_attempts` and `wait_until`
 *   hold the wrong-PIN backoff, so restarting the app does not lift a lock.
 * - sale.user_id, journal_entry.user_id, shift.user_id (opened by) and shift.closed_by_user_id:
 *   the signed-in user behind the call that wrote the row (users/call-context.ts). NULL: written
 *   before users existed, or by background work ("Sistem").
 * Old rows are not touched (ADD COLUMN only: a big outlet's sale and journal tables are never rebuilt).
 * A data folder that already holds work gets its "Owner" here, so every later row can name a user.
 */
export const migration014: Migration = {
  version: 14,
  name: 'users',
  up(db) {
    db.exec(`
      CREATE TABLE app_user (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        name_key TEXT NOT NULL UNIQUE,
        role TEXT NOT NULL CHECK (role IN ('owner','cashier')),
        pin_hash TEXT NULL,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        failed_attempts INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
        wait_until INTEGER NULL,
        created_at INTEGER NOT NULL,
        last_sign_in_at INTEGER NULL
      ) STRICT;
      CREATE TRIGGER app_user_no_delete BEFORE DELETE ON app_user
        BEGIN SELECT RAISE(ABORT, 'users are deactivated, never deleted (rows name them)'); END;

      ALTER TABLE sale ADD COLUMN user_id INTEGER NULL REFERENCES app_user(id);
      ALTER TABLE journal_entry ADD COLUMN user_id INTEGER NULL REFERENCES app_user(id);
      ALTER TABLE shift ADD COLUMN user_id INTEGER NULL REFERENCES app_user(id);
      ALTER TABLE shift ADD COLUMN closed_by_user_id INTEGER NULL REFERENCES app_user(id);
      CREATE INDEX sale_by_user ON sale (user_id, business_day);
    `);
    const hasWork = db
      .prepare('SELECT EXISTS (SELECT 1 FROM journal_entry) OR EXISTS (SELECT 1 FROM sale) OR EXISTS (SELECT 1 FROM shift) AS has')
      .get() as { has: number };
    if (hasWork.has) {
      db.prepare("INSERT INTO app_user (name, name_key, role, pin_hash, created_at) VALUES ('Owner', 'owner', 'owner', NULL, ?)").run(Date.now());
    }
  },
};
