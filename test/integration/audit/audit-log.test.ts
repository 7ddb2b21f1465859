import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channelAccess } from '../../../electron/core/api/access';
import { LEDGER_FILE } from '../../../electron/core/app/open-core';
import { stateReaders } from '../../../electron/core/audit/state-readers';
import { channelCaller, openTestCore } from '../../support/core-fixture';
import { CASHIER_SESSION, OWNER_NAME, OWNER_SESSION, signInCashier } from '../../support/sessions';

type Entry = {
  id: number;
  user: { id: number; name: string } | null;
  approvedBy: { id: number; name: string } | null;
  action: string;
  label: string;
  outcome: 'done' | 'refused';
  before: string | null;
  after: string | null;
  detail: string | null;
};

let t: Awaited<ReturnType<typeof openTestCore>>;
beforeEach(async () => {
  t = await openTestCore();
});
afterEach(() => t.close());

const owner = () => channelCaller(t.core);
const list = async (filter: Record<string, unknown> = {}) => (await owner()<{ entries: Entry[]; nextBeforeId: number | null }>('audit:list', filter)).entries;

/** Every row as stored, every column (read from the file, not through the core's own reader). */
function allRows(): Record<string, unknown>[] {
  const db = new Database(join(t.dir, LEDGER_FILE), { readonly: true });
  try {
    return db.prepare('SELECT * FROM audit_log ORDER BY id').all() as Record<string, unknown>[];
  } finally {
    db.close();
  }
}

describe('audit log through the core', () => {
  it("records the owner's markup change once, done, with the rule before and after", async () => {
    const call = owner();
    const before = (await call<{ rules: { category: string; markup: number }[] }>('catalog:markupRules')).rules.find((r) => r.category === 'pulsa')!;
    await call('catalog:setMarkup', { category: 'pulsa', markup: String(before.markup + 700) });
    const lines = await list({ action: 'catalog:setMarkup' });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ user: { name: OWNER_NAME }, approvedBy: null, label: 'mengubah harga jual', outcome: 'done', detail: null });
    expect(JSON.parse(lines[0]!.before!)).toEqual({ category: 'pulsa', markup: before.markup, rounding: 0 });
    expect(JSON.parse(lines[0]!.after!)).toEqual({ category: 'pulsa', markup: before.markup + 700, rounding: 0 });
  });

  it('records a cashier calling an owner channel as refused, naming the cashier and the action', async () => {
    const cashier = await signInCashier(t.core, 'Kasir Audit', '482915');
    const result = await t.core.dispatch('ledger:recordOwnerWithdrawal', { requestId: 'audit-withdraw-1', amount: '50000' }, CASHIER_SESSION);
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const lines = await list({ userId: cashier.id, outcome: 'refused' });
    expect(lines).toEqual([
      expect.objectContaining({ user: { id: cashier.id, name: 'Kasir Audit' }, action: 'ledger:recordOwnerWithdrawal', label: 'menarik uang kas', outcome: 'refused', detail: expect.stringMatching(/Hanya pemilik/) }),
    ]);
  });

  it("names the owner who approved a cashier's call with the owner PIN", async () => {
    const cashier = await signInCashier(t.core, 'Kasir Setuju', '482916');
    // The cashier's call is refused first; the owner approves that call.
    expect(await t.core.dispatch('catalog:setMarkup', { category: 'data', markup: '1300' }, CASHIER_SESSION)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const approve = await t.core.dispatch('auth:approveOverride', { channel: 'catalog:setMarkup', pin: '1234' }, CASHIER_SESSION);
    expect(approve).toMatchObject({ ok: true });
    expect(await t.core.dispatch('catalog:setMarkup', { category: 'data', markup: '1300' }, CASHIER_SESSION)).toMatchObject({ ok: true });
    const [line] = await list({ action: 'catalog:setMarkup' });
    expect(line).toMatchObject({ user: { id: cashier.id, name: 'Kasir Setuju' }, approvedBy: { name: OWNER_NAME }, outcome: 'done' });
  });

  it('records a wrong-PIN sign-in as refused, naming who it tried to be, without the PIN', async () => {
    const cashier = await signInCashier(t.core, 'Kasir Lupa', '482917');
    const result = await t.core.dispatch('auth:signIn', { userId: cashier.id, pin: '739184' }, 'test:other-window');
    expect(result).toMatchObject({ ok: false, error: { code: 'wrong_pin' } });
    const [line] = await list({ action: 'auth:signIn', outcome: 'refused' });
    expect(line).toMatchObject({ user: { id: cashier.id, name: 'Kasir Lupa' }, label: 'masuk', outcome: 'refused' });
    expect(JSON.stringify(allRows())).not.toContain('739184');
  });

  it('never stores a PIN or a credential, in any column of any row', async () => {
    const call = owner();
    const pins = ['482918', '550913', '660724', '771835'];
    const secrets = ['rahasia-iak-kunci-0001', 'rahasia-mmbc-sandi-0002', 'rahasia-iak-user-0003'];
    const cashier = await signInCashier(t.core, 'Kasir Rahasia', pins[0]!);
    await call('users:resetPin', { id: cashier.id, pin: pins[1] });
    await t.core.dispatch('auth:signIn', { userId: cashier.id, pin: pins[1] }, CASHIER_SESSION);
    await t.core.dispatch('auth:changePin', { currentPin: pins[1], newPin: pins[2] }, CASHIER_SESSION);
    await t.core.dispatch('catalog:setMarkup', { category: 'data', markup: '1300' }, CASHIER_SESSION);
    await t.core.dispatch('auth:approveOverride', { channel: 'catalog:setMarkup', pin: pins[3] }, CASHIER_SESSION);
    await call('providers:configure', { provider: 'iak', mode: 'sandbox', credentials: { username: secrets[2], apiKey: secrets[0] } });
    await call('providers:configure', { provider: 'mmbc', mode: 'sandbox', credentials: { username: 'agen', password: secrets[1] } });
    // Refused (Live without an address): its line too keeps no credential.
    await t.core.dispatch('providers:configure', { provider: 'iak', mode: 'live', credentials: { apiKey: secrets[0] } }, OWNER_SESSION);

    const rows = allRows();
    expect(rows.filter((r) => r.action === 'providers:configure').map((r) => r.outcome)).toEqual(['done', 'done', 'refused']);
    for (const row of rows) {
      for (const [column, value] of Object.entries(row)) {
        if (typeof value !== 'string') continue;
        for (const secret of [...pins, ...secrets]) expect(value, `${column} of audit line ${String(row.id)}`).not.toContain(secret);
      }
    }
    // The owner can still see what changed: which credential fields are now stored.
    const configured = rows.find((r) => r.action === 'providers:configure' && r.outcome === 'done')!;
    expect(JSON.parse(configured.after_json as string).credentialFields).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'apiKey', stored: true })]));
  });

  it('keeps its lines: UPDATE and DELETE on the table are refused', async () => {
    await owner()('catalog:setMarkup', { category: 'pulsa', markup: '900' });
    const db = new Database(join(t.dir, LEDGER_FILE));
    try {
      expect(() => db.prepare("UPDATE audit_log SET outcome = 'refused'").run()).toThrow(/append-only/);
      expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    } finally {
      db.close();
    }
  });

  it('lets the action through when its audit line cannot be written', async () => {
    const db = new Database(join(t.dir, LEDGER_FILE));
    db.exec('DROP TABLE audit_log');
    db.close();
    const call = owner();
    await call('catalog:setMarkup', { category: 'pulsa', markup: '1100' });
    const rules = await call<{ rules: { category: string; markup: number }[] }>('catalog:markupRules');
    expect(rules.rules.find((r) => r.category === 'pulsa')?.markup).toBe(1100);
  });

  it('filters by user, outcome, action and business day, newest first', async () => {
    const call = owner();
    const cashier = await signInCashier(t.core, 'Kasir Filter', '482919');
    await call('catalog:setMarkup', { category: 'pulsa', markup: '800' });
    await t.core.dispatch('catalog:setMarkup', { category: 'pulsa', markup: '1' }, CASHIER_SESSION);
    await call('catalog:setMarkup', { category: 'pulsa', markup: '850' });
    const day = (await call<{ businessDay: string }>('app:info')).businessDay;

    const markup = await list({ action: 'catalog:setMarkup', from: day, to: day });
    expect(markup.map((l) => [l.user?.name, l.outcome])).toEqual([
      [OWNER_NAME, 'done'],
      ['Kasir Filter', 'refused'],
      [OWNER_NAME, 'done'],
    ]);
    expect(await list({ action: 'catalog:setMarkup', userId: cashier.id })).toHaveLength(1);
    expect(await list({ action: 'catalog:setMarkup', outcome: 'done' })).toHaveLength(2);
    expect(await list({ from: '2001-01-01', to: '2001-01-02' })).toEqual([]);
    // A cashier may not read the log (and that try is itself a line).
    expect(await t.core.dispatch('audit:list', {}, CASHIER_SESSION)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await list({ action: 'audit:list', userId: cashier.id })).toHaveLength(1);
  });

  it('reads each setting before and after through a reader the owner may call with that input', async () => {
    for (const [channel, reader] of Object.entries(stateReaders)) {
      expect(channelAccess[channel as keyof typeof channelAccess].audited, channel).toBe(true);
      expect(await t.core.dispatch(reader!.channel, reader!.input, OWNER_SESSION), `${channel} reads ${reader!.channel}`).toMatchObject({ ok: true });
    }
  });

  it("records a renamed user's row before and after (that user only)", async () => {
    const cashier = await signInCashier(t.core, 'Kasir Lama', '482920');
    await owner()('users:update', { id: cashier.id, name: 'Kasir Baru' });
    const [line] = await list({ action: 'users:update' });
    expect(JSON.parse(line!.before!)).toMatchObject({ id: cashier.id, name: 'Kasir Lama' });
    expect(JSON.parse(line!.after!)).toMatchObject({ id: cashier.id, name: 'Kasir Baru' });
    // Lines written before the rename still read as the user was then.
    const earlier = (await list({ userId: cashier.id })).filter((l) => l.id < line!.id);
    expect(earlier.length).toBeGreaterThan(0);
    expect(earlier.every((l) => l.user?.name === 'Kasir Lama')).toBe(true);
  });
});
