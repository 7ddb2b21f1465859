import type Database from 'better-sqlite3';

/** Set once, in setup:complete's transaction: from then on the outlet has its owner and profile. */
export const SETUP_COMPLETED_SETTING = 'setup.completedAt';

export function readSetupCompletedAt(db: Database.Database): number | null {
  const row = db.prepare('SELECT value FROM setting WHERE key = ?').get(SETUP_COMPLETED_SETTING) as { value: string } | undefined;
  const at = Number(row?.value);
  return row && Number.isFinite(at) ? at : null;
}

export function storeSetupCompletedAt(db: Database.Database, at: number): void {
  db.prepare('INSERT INTO setting (key, value) VALUES (?, ?)').run(SETUP_COMPLETED_SETTING, String(at));
}

/**
 * Asked on every gated call: read from the database until setup is done, then remembered (setup is
 * never undone; a restored backup re-opens a new core, which reads it again).
 */
export class SetupState {
  private done = false;

  constructor(private readonly db: Database.Database) {}

  isDone(): boolean {
    if (!this.done) this.done = readSetupCompletedAt(this.db) !== null;
    return this.done;
  }
}
