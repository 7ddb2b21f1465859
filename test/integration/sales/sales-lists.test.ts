import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ChannelOutput } from '../../../electron/core/api/contract';
import { LEDGER_FILE } from '../../../electron/core/app/open-core';
import { openTestCore } from '../../support/core-fixture';
import { makeTempDir } from '../../support/temp-dir';
import { OWNER_SESSION } from '../../support/sessions';

/**
 * Favourite numbers are checked at the contract with the catalogue's phone rule, and the lists the
 * Top-up, History and Pending screens read survive a bad row already in a database (written before
 * the rule existed, or by hand). Recent numbers and History leave that row out (logged once); the
 * Pending panel never does: an open sale or a refund still owed stays there as a damaged placeholder.
 */
const data = makeTempDir();
let t: Awaited<ReturnType<typeof openTestCore>>;
const warn = vi.spyOn(console, 'warn');

beforeAll(async () => {
  // A ledger as an older version left it: the rows below could be written then.
  await (await openTestCore(data.dir)).close();
  const db = new Database(join(data.dir, LEDGER_FILE));
  const now = Date.UTC(2026, 10, 24, 3, 0, 0);
  db.prepare('INSERT INTO favourite_number (customer_no, created_at) VALUES (?, ?)').run('+1 202 555 0143', now);
  db.prepare('INSERT INTO favourite_number (customer_no, created_at) VALUES (?, ?)').run('081299990003', now);
  const sale = db.prepare(
    `INSERT INTO sale (request_id, ref_id, kind, provider, product_id, provider_code, product_name, customer_no, price, cost, state,
       refund, details_json, business_day, created_at, updated_at)
     VALUES (?, ?, 'pulsa', 'iak', 'pulsa:telkomsel:10000', 'htelkomsel10000', 'Pulsa Telkomsel 10.000', ?, 12000, 10300, ?, ?, ?, '2026-11-24', ?, ?)`,
  );
  sale.run('lists-good', 'LKLISTGOOD', '081299990002', 'success', 'none', '{}', now, now);
  sale.run('lists-foreign', 'LKLISTFOREIGN', '+1 202 555 0144', 'success', 'none', '{}', now + 1, now + 1);
  sale.run('lists-broken', 'LKLISTBROKEN', '081299990004', 'failed', 'due', '{broken', now + 2, now + 2);
  sale.run('lists-open', 'LKLISTOPEN', '081299990005', 'failed', 'due', '{}', now + 3, now + 3);
  // Readable as a row, but not as the contract's sale (a business day in another format).
  sale.run('lists-badday', 'LKLISTBADDAY', '081299990007', 'pending', 'none', '{}', now + 4, now + 4);
  db.prepare("UPDATE sale SET business_day = '24/11/2026' WHERE ref_id = 'LKLISTBADDAY'").run();
  db.close();
  t = await openTestCore(data.dir);
});
afterAll(async () => {
  await t.close();
  data.cleanup();
});

async function call<T>(channel: string, input: unknown = {}): Promise<T> {
  const result = await t.core.dispatch(channel, input, OWNER_SESSION);
  if (!result.ok) throw Object.assign(new Error(`${channel}: ${result.error.message}`), { code: result.error.code });
  return result.value as T;
}
const warningsAbout = (text: string) => warn.mock.calls.filter((args) => args.join(' ').includes(text)).length;

describe('favourite numbers', () => {
  it('refuses a number that is not an Indonesian mobile number, in Indonesian, and stores nothing', async () => {
    await expect(call('sales:setFavourite', { customerNo: '+1 202 555 0199', favourite: true })).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(/Nomor HP .*hanya boleh berisi angka \(boleh diawali \+62\)/),
    });
    const { numbers } = await call<ChannelOutput<'sales:recentNumbers'>>('sales:recentNumbers', { limit: 50 });
    expect(numbers.map((n) => n.customerNo)).not.toContain('+1 202 555 0199');
  });

  it('refuses at the contract what is not a customer number at all', async () => {
    await expect(call('sales:setFavourite', { customerNo: '0812-abcd-5678', favourite: true })).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('customerNo: Nomor pelanggan hanya boleh berisi angka (boleh diawali +, dipisah spasi atau tanda hubung), 8–16 digit.') as string,
    });
  });

  it('stores the number in the form every provider accepts', async () => {
    await call('sales:setFavourite', { customerNo: '+62 812-9999-0006', favourite: true });
    const { numbers } = await call<ChannelOutput<'sales:recentNumbers'>>('sales:recentNumbers', { limit: 50 });
    expect(numbers.find((n) => n.customerNo === '081299990006')).toMatchObject({ favourite: true, operator: 'telkomsel' });
  });
});

describe('lists with a bad row already in the database', () => {
  it('recent numbers leave out the foreign numbers, keep the rest, and log each bad one once', async () => {
    for (let i = 0; i < 2; i += 1) {
      const { numbers } = await call<ChannelOutput<'sales:recentNumbers'>>('sales:recentNumbers', { limit: 50 });
      const shown = numbers.map((n) => n.customerNo);
      expect(shown).toEqual(expect.arrayContaining(['081299990002', '081299990003', '081299990005']));
      expect(shown).not.toContain('+1 202 555 0143');
      expect(shown).not.toContain('+1 202 555 0144');
    }
    expect(warningsAbout('+1 202 555 0143')).toBe(1);
    expect(warningsAbout('+1 202 555 0144')).toBe(1);
  });

  it('a favourite stored before the rule can still be removed', async () => {
    await call('sales:setFavourite', { customerNo: '+1 202 555 0143', favourite: false });
    warn.mockClear();
    await call('sales:recentNumbers', { limit: 50 });
    expect(warningsAbout('+1 202 555 0143')).toBe(0);
  });

  it('history leaves out a sale it cannot show; the Pending panel keeps every open one, unreadable ones as damaged placeholders', async () => {
    const placeholder = (refId: string, state: string, refund: string, customerNo: string) => ({
      id: expect.any(Number) as number,
      refId,
      productName: 'Pulsa Telkomsel 10.000',
      customerNo,
      price: 12_000,
      state,
      refund,
      damaged: true,
      message: expect.stringMatching(/^Data transaksi rusak.*ledger.*ref /) as string,
    });
    for (let i = 0; i < 2; i += 1) {
      const { sales } = await call<ChannelOutput<'sales:list'>>('sales:list', {});
      expect(sales.map((s) => s.refId)).toEqual(expect.arrayContaining(['LKLISTGOOD', 'LKLISTOPEN']));
      expect(sales.map((s) => s.refId)).not.toContain('LKLISTBROKEN');
      const open = await call<ChannelOutput<'sales:open'>>('sales:open');
      expect(open.sales.map((s) => s.refId)).toEqual(['LKLISTOPEN']);
      expect(open.damaged).toEqual([
        placeholder('LKLISTBROKEN', 'failed', 'due', '081299990004'),
        placeholder('LKLISTBADDAY', 'pending', 'none', '081299990007'),
      ]);
    }
    expect(warningsAbout('LKLISTBROKEN')).toBe(1);
    expect(warningsAbout('LKLISTBADDAY')).toBe(1);
  });
});
