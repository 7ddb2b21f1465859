import type Database from 'better-sqlite3';
import type { SessionUser, UserRole } from '../domain/user-role';

/** One app_user row (migration 014) as the core reads it. `pinHash` never leaves the users folder. */
export interface UserRecord {
  id: number;
  name: string;
  role: UserRole;
  pinHash: string | null;
  active: boolean;
  failedAttempts: number;
  waitUntil: number | null;
  createdAt: number;
  lastSignInAt: number | null;
}

/** Two names are the same user name when they differ only by case or surrounding spaces. */
export function nameKey(name: string): string {
  return name.trim().toLowerCase();
}

export function sessionUserOf(user: Pick<UserRecord, 'id' | 'name' | 'role'>): SessionUser {
  return { id: user.id, name: user.name, role: user.role };
}

type Row = {
  id: number;
  name: string;
  role: UserRole;
  pin_hash: string | null;
  active: number;
  failed_attempts: number;
  wait_until: number | null;
  created_at: number;
  last_sign_in_at: number | null;
};

const toRecord = (r: Row): UserRecord => ({
  id: r.id,
  name: r.name,
  role: r.role,
  pinHash: r.pin_hash,
  active: r.active === 1,
  failedAttempts: r.failed_attempts,
  waitUntil: r.wait_until,
  createdAt: r.created_at,
  lastSignInAt: r.last_sign_in_at,
});

/** The app_user table's SQL, nothing else: the rules live in the modules that call it. */
export class UserRepo {
  private readonly byIdStmt: Database.Statement;

  constructor(readonly db: Database.Database) {
    // Read on every gated call (the gate re-reads the user so a demotion or deactivation counts at once).
    this.byIdStmt = db.prepare('SELECT * FROM app_user WHERE id = ?');
  }

  byId(id: number): UserRecord | null {
    const row = this.byIdStmt.get(id) as Row | undefined;
    return row ? toRecord(row) : null;
  }

  byNameKey(key: string): UserRecord | null {
    const row = this.db.prepare('SELECT * FROM app_user WHERE name_key = ?').get(key) as Row | undefined;
    return row ? toRecord(row) : null;
  }

  all(): UserRecord[] {
    return (this.db.prepare('SELECT * FROM app_user ORDER BY role DESC, name_key, id').all() as Row[]).map(toRecord);
  }

  activeOwners(): UserRecord[] {
    return (this.db.prepare("SELECT * FROM app_user WHERE role = 'owner' AND active = 1 ORDER BY id").all() as Row[]).map(toRecord);
  }

  insert(user: { name: string; role: UserRole; pinHash: string | null; createdAt: number }): number {
    const info = this.db
      .prepare('INSERT INTO app_user (name, name_key, role, pin_hash, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(user.name.trim(), nameKey(user.name), user.role, user.pinHash, user.createdAt);
    return Number(info.lastInsertRowid);
  }

  rename(id: number, name: string): void {
    this.db.prepare('UPDATE app_user SET name = ?, name_key = ? WHERE id = ?').run(name.trim(), nameKey(name), id);
  }

  setRole(id: number, role: UserRole): void {
    this.db.prepare('UPDATE app_user SET role = ? WHERE id = ?').run(role, id);
  }

  setActive(id: number, active: boolean): void {
    this.db.prepare('UPDATE app_user SET active = ? WHERE id = ?').run(active ? 1 : 0, id);
  }

  /** A new PIN starts with a clean slate: no wrong attempts, no wait. */
  setPin(id: number, pinHash: string): void {
    this.db.prepare('UPDATE app_user SET pin_hash = ?, failed_attempts = 0, wait_until = NULL WHERE id = ?').run(pinHash, id);
  }

  /** One more wrong PIN, counted in SQL so two wrong tries at once both count. Returns the new count. */
  countWrongPin(id: number): number {
    const row = this.db.prepare('UPDATE app_user SET failed_attempts = failed_attempts + 1 WHERE id = ? RETURNING failed_attempts').get(id) as
      | { failed_attempts: number }
      | undefined;
    return row?.failed_attempts ?? 0;
  }

  setWaitUntil(id: number, waitUntil: number | null): void {
    this.db.prepare('UPDATE app_user SET wait_until = ? WHERE id = ?').run(waitUntil, id);
  }

  rightPin(id: number): void {
    this.db.prepare('UPDATE app_user SET failed_attempts = 0, wait_until = NULL WHERE id = ?').run(id);
  }

  signedIn(id: number, at: number): void {
    this.db.prepare('UPDATE app_user SET last_sign_in_at = ? WHERE id = ?').run(at, id);
  }
}
