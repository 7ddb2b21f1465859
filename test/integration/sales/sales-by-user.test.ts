import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelOutput } from '../../../electron/core/api/contract';
import { LEDGER_FILE } from '../../../electron/core/app/open-core';
import { listSales } from '../../../electron/core/sales/sales-queries';
import { channelCaller, openTestCore } from '../../support/core-fixture';
import { OWNER_SESSION } from '../../support/sessions';
import { makeTempDir } from '../../support/temp-dir';
import { addSales, addUser } from '../../support/user-rows';

/**
 * History by user: every sale says who sold it (`seller`, null when no signed-in user made it), and
 * `sales:list { userId }` lists one user's sales only (null: the sales no user made), newest first,
 * read from the index sale_by_user so a user's page stays fast on a million-sale ledger.
 */
type Listed = ChannelOutput<'sales:list'>;
const DAY = '2026-11-24';
const NEXT = '2026-11-25';
const data = makeTempDir();
let t: Awaited<ReturnType<typeof openTestCore>>;
let call: ReturnType<typeof channelCaller>;
let rina: { id: number; name: string };
let owner: { id: number; name: string };

beforeAll(async () => {
  await (await openTestCore(data.dir)).close();
  const db = new Database(join(data.dir, LEDGER_FILE));
  rina = addUser(db, 'Rina Riwayat');
  owner = addUser(db, 'Pemilik Riwayat', 'owner');
  addSales(db, [
    { ref: 'HIS-R1', userId: rina.id, day: DAY, state: 'success', price: 12_000, cost: 10_300 },
    { ref: 'HIS-O1', userId: owner.id, day: DAY, state: 'success', price: 22_000, cost: 21_500 },
    { ref: 'HIS-R2', userId: rina.id, day: DAY, state: 'failed', price: 12_000, cost: 10_300, refund: 'due' },
    { ref: 'HIS-N1', userId: null, day: DAY, state: 'success', price: 12_000, cost: 10_300 },
    { ref: 'HIS-O2', userId: owner.id, day: NEXT, state: 'pending', price: 12_000, cost: 10_300 },
    { ref: 'HIS-R3', userId: rina.id, day: NEXT, state: 'success', price: 14_000, cost: 12_650 },
  ]);
  db.close();
  t = await openTestCore(data.dir);
  call = channelCaller(t.core);
});
afterAll(async () => {
  await t.close();
  data.cleanup();
});

const refs = (listed: Listed) => listed.sales.map((s) => s.refId);

describe('History by user', () => {
  it('every sale names its seller; one made by nobody signed in has seller null', async () => {
    const { sales } = await call<Listed>('sales:list', {});
    const sellerOf = new Map(sales.map((s) => [s.refId, s.seller]));
    expect(sellerOf.get('HIS-R1')).toEqual({ id: rina.id, name: 'Rina Riwayat' });
    expect(sellerOf.get('HIS-O1')).toEqual({ id: owner.id, name: 'Pemilik Riwayat' });
    expect(sellerOf.get('HIS-N1')).toBeNull();
    const one = await call<ChannelOutput<'sales:get'>>('sales:get', { id: sales.find((s) => s.refId === 'HIS-R2')!.id });
    expect(one.seller).toEqual({ id: rina.id, name: 'Rina Riwayat' });
  });

  it("filtered by a user: only that user's sales, newest first, with the other filters still applied", async () => {
    expect(refs(await call<Listed>('sales:list', { userId: rina.id }))).toEqual(['HIS-R3', 'HIS-R2', 'HIS-R1']);
    expect(refs(await call<Listed>('sales:list', { userId: owner.id }))).toEqual(['HIS-O2', 'HIS-O1']);
    expect(refs(await call<Listed>('sales:list', { userId: rina.id, state: 'success', from: DAY, to: DAY }))).toEqual(['HIS-R1']);
    expect(refs(await call<Listed>('sales:list', { userId: rina.id, limit: 1 }))).toEqual(['HIS-R3']);
  });

  it('userId null: the sales no signed-in user made; no userId: everyone, as before', async () => {
    expect(refs(await call<Listed>('sales:list', { userId: null }))).toEqual(['HIS-N1']);
    expect(refs(await call<Listed>('sales:list', {}))).toEqual(['HIS-R3', 'HIS-O2', 'HIS-N1', 'HIS-R2', 'HIS-O1', 'HIS-R1']);
  });

  it('refuses a user id that cannot be one (0) at the contract', async () => {
    const result = await t.core.dispatch('sales:list', { userId: 0 }, OWNER_SESSION);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it("reads a user's page straight off the index sale_by_user: no scan of the table, no sort of the user's history", () => {
    const db = new Database(join(data.dir, LEDGER_FILE), { readonly: true });
    try {
      const plans: string[] = [];
      // The SQL listSales really runs, planned by SQLite on the real schema with its real parameters.
      const spy = {
        prepare: (sql: string) => {
          const statement = db.prepare(sql);
          return {
            all: (...params: unknown[]) => {
              plans.push((db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail).join('\n'));
              return statement.all(...params);
            },
          };
        },
      } as unknown as Database.Database;
      listSales(spy, { userId: rina.id, limit: 200 });
      listSales(spy, { userId: null, limit: 200 });
      listSales(spy, { userId: rina.id, from: DAY, to: NEXT, state: 'success', limit: 200 });
      expect(plans).toHaveLength(3);
      for (const plan of plans) {
        expect(plan).toMatch(/SEARCH sale USING INDEX sale_by_user \(user_id=\?/);
        expect(plan).not.toMatch(/SCAN sale\b|TEMP B-TREE/);
      }
    } finally {
      db.close();
    }
  });
});
