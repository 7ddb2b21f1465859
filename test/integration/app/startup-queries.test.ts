import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LEDGER_FILE, openCore } from '../../../electron/core/app/open-core';
import { openLedger } from '../../../electron/core/ledger';
import { makeTempDir } from '../../support/temp-dir';
import { OWNER_SESSION, signInOwner } from '../../support/sessions';

/**
 * Start-up and the cashier's Home must not grow with history (the startup.1m benchmark). Every
 * statement the core prepares while opening and answering Home is collected and its query plan read:
 * none may scan a table that grows with every sale, except through a partial index (whose rows are
 * the few open ones). A new query that scans history fails here by name, on an empty ledger, long
 * before an outlet with a year of sales waits for it.
 */
const HISTORY_TABLES = new Set([
  'sale', 'sale_event', 'journal_entry', 'posting', 'bill_inquiry', 'receipt_print', 'sale_day_total', 'shift', 'day_close',
  'provider_balance_reading', 'shift_carried_over',
]);
/** Lookups that are scans in disguise: one account's postings are (nearly) every sale's. */
const WHOLE_HISTORY_LOOKUPS = [/USING (?:COVERING )?INDEX posting_by_account \(account_id=\?\)$/];

const temps: { cleanup(): void }[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const t of temps.splice(0)) t.cleanup();
});

function partialIndexes(db: Database.Database): Set<string> {
  const rows = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND sql LIKE '% WHERE %'").all() as { name: string }[];
  return new Set(rows.map((r) => r.name));
}

/** Each table named in `sql` under its alias (EXPLAIN QUERY PLAN names the alias). */
function aliases(sql: string): Map<string, string> {
  const map = new Map<string, string>();
  const keywords = new Set(['WHERE', 'ON', 'JOIN', 'LEFT', 'CROSS', 'INNER', 'GROUP', 'ORDER', 'LIMIT', 'SET', 'VALUES', 'INDEXED', 'USING']);
  for (const m of sql.matchAll(/\b(?:FROM|JOIN|UPDATE|INTO)\s+(\w+)(?:\s+(?:AS\s+)?(\w+))?/gi)) {
    const table = m[1]!;
    map.set(table, table);
    if (m[2] && !keywords.has(m[2].toUpperCase())) map.set(m[2], table);
  }
  return map;
}

/** The plan lines of `sql` that read a history table whole: a SCAN (unless of a partial index) or a lookup as wide. */
function historyScans(db: Database.Database, sql: string, partial: Set<string>): string[] {
  const args = Array.from({ length: (sql.match(/\?/g) ?? []).length }, () => null);
  const named = Object.fromEntries([...sql.matchAll(/@(\w+)/g)].map((m) => [m[1], null]));
  const plan = db.prepare(`EXPLAIN QUERY PLAN ${sql}`);
  const rows = (Object.keys(named).length > 0 ? plan.all(named) : plan.all(...args)) as { detail: string }[];
  const tables = aliases(sql);
  return rows
    .map((r) => r.detail)
    .filter((detail) => {
      if (WHOLE_HISTORY_LOOKUPS.some((pattern) => pattern.test(detail))) return true;
      const scan = /^SCAN (\w+)(?: USING (?:COVERING )?INDEX (\w+))?/.exec(detail);
      if (!scan) return false;
      const table = tables.get(scan[1]!) ?? scan[1]!;
      return HISTORY_TABLES.has(table) && !(scan[2] && partial.has(scan[2]));
    });
}

describe('opening the core and answering Home read no history table whole', () => {
  it('every statement prepared meanwhile is an index lookup or a scan of a partial index', async () => {
    const t = makeTempDir();
    temps.push(t);
    // One provider in Live: its parked training money is read at start (sandbox-deposits.ts).
    const db = await openLedger({ file: join(t.dir, LEDGER_FILE), backupDir: join(t.dir, 'backups') });
    db.prepare("UPDATE provider_setting SET mode = 'live', live_base_url = 'https://api.example.invalid' WHERE provider = 'iak'").run();
    db.close();

    const prepare = vi.spyOn(Database.prototype, 'prepare');
    const core = await openCore({ dataDir: t.dir, backupIntervalMs: 0 });
    try {
      await signInOwner(core);
      for (const channel of ['reports:today', 'shifts:current', 'ledger:balances', 'sales:open', 'app:info']) await core.dispatch(channel, {}, OWNER_SESSION);
      // The reconciler's first pass runs on the next turn of the event loop.
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      await core.close();
    }
    const statements = [...new Set(prepare.mock.calls.map(([sql]) => String(sql)))];
    prepare.mockRestore();

    const check = new Database(join(t.dir, LEDGER_FILE), { readonly: true });
    try {
      const partial = partialIndexes(check);
      const scans = statements
        .filter((sql) => /^\s*(SELECT|WITH|UPDATE|DELETE|INSERT)/i.test(sql))
        .flatMap((sql) => historyScans(check, sql, partial).map((line) => `${line}  <=  ${sql.replace(/\s+/g, ' ').replace(/^.*? FROM /, 'FROM ').slice(0, 200)}`));
      expect(statements.length).toBeGreaterThan(20);
      expect(scans).toEqual([]);
    } finally {
      check.close();
    }
  });
});
