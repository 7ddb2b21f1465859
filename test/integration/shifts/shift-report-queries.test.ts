import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it, vi, type MockInstance } from 'vitest';
import { join } from 'node:path';
import { LEDGER_FILE, openCore } from '../../../electron/core/app/open-core';
import type { Core } from '../../../electron/core/app/core';
import { channelCaller } from '../../support/core-fixture';
import { makeTempDir } from '../../support/temp-dir';
import { signInOwner } from '../../support/sessions';

/**
 * A closing report is reprinted any time, on a ledger that grows by every sale: neither the close
 * nor the report of a shift (closed or open) may read the sale table whole. Every statement prepared
 * while answering them is collected and its query plan read; a SCAN of `sale` fails here by name.
 */
const dir = makeTempDir();
let core: Core;
let call: ReturnType<typeof channelCaller>;
let db: Database.Database;
let now = Date.UTC(2026, 11, 1, 1, 0, 0);
/** Every statement the core prepares (spied before it opens: the connection is made then). */
let prepare: MockInstance<Database.Database['prepare']>;
beforeAll(async () => {
  prepare = vi.spyOn(Database.prototype, 'prepare');
  core = await openCore({ dataDir: dir.dir, backupIntervalMs: 0, sandbox: {}, now: () => now, timeZone: 'Asia/Jakarta' });
  await signInOwner(core);
  call = channelCaller(core);
  db = new Database(join(dir.dir, LEDGER_FILE), { readonly: true });
});
afterAll(async () => {
  vi.restoreAllMocks();
  db.close();
  await core.close();
  dir.cleanup();
});

/** Each alias in `sql` mapped to its table (EXPLAIN QUERY PLAN names the alias). */
function aliases(sql: string): Map<string, string> {
  const map = new Map<string, string>();
  const keywords = new Set(['WHERE', 'ON', 'JOIN', 'LEFT', 'CROSS', 'INNER', 'GROUP', 'ORDER', 'LIMIT', 'SET', 'VALUES', 'INDEXED', 'USING']);
  for (const m of sql.matchAll(/\b(?:FROM|JOIN|UPDATE|INTO)\s+(\w+)(?:\s+(?:AS\s+)?(\w+))?/gi)) {
    map.set(m[1]!, m[1]!);
    if (m[2] && !keywords.has(m[2].toUpperCase())) map.set(m[2], m[1]!);
  }
  return map;
}

/** Plan lines of the statements prepared by `run` that scan `sale` (a partial index of open sales is fine). */
async function saleScans(run: () => Promise<unknown>): Promise<string[]> {
  prepare.mockClear();
  await run();
  const statements = new Set(prepare.mock.calls.map((c) => String(c[0])));
  expect(statements.size).toBeGreaterThan(2);
  const partial = new Set((db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND sql LIKE '% WHERE %'").all() as { name: string }[]).map((r) => r.name));
  const found: string[] = [];
  for (const sql of statements) {
    if (!/^\s*(SELECT|WITH|UPDATE|DELETE|INSERT)/i.test(sql)) continue;
    const args = Array.from({ length: (sql.match(/\?/g) ?? []).length }, () => null);
    const named = Object.fromEntries([...sql.matchAll(/@(\w+)/g)].map((m) => [m[1], null]));
    const plan = db.prepare(`EXPLAIN QUERY PLAN ${sql}`);
    const rows = (Object.keys(named).length > 0 ? plan.all(named) : plan.all(...args)) as { detail: string }[];
    const tables = aliases(sql);
    for (const { detail } of rows) {
      const scan = /^SCAN (\w+)(?: USING (?:COVERING )?INDEX (\w+))?/.exec(detail);
      if (scan && (tables.get(scan[1]!) ?? scan[1]) === 'sale' && !(scan[2] && partial.has(scan[2]))) found.push(`${detail}  <-  ${sql.replace(/\s+/g, ' ').slice(0, 160)}`);
    }
  }
  return found;
}

describe('the closing report reads no sale table whole', () => {
  it('neither shifts:close nor shifts:report of the closed or the open shift scans sale', async () => {
    const shift = await call<{ id: number }>('shifts:open', { requestId: 'plan-open-1', cashier: 'Sari', float: { amount: 0 } });
    now += 60_000;
    expect(await saleScans(() => call('shifts:report', { id: shift.id }))).toEqual([]);
    expect(await saleScans(() => call('shifts:close', { requestId: 'plan-close-1', counted: { amount: 0 }, expectedCash: 0 }))).toEqual([]);
    now += 60_000;
    expect(await saleScans(() => call('shifts:report', { id: shift.id }))).toEqual([]);
  });
});
