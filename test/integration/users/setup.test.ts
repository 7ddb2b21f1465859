import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LEDGER_FILE } from '../../../electron/core/app/open-core';
import { applyMigrations } from '../../../electron/core/ledger/migrate';
import { migrations } from '../../../electron/core/ledger/migrations';
import { caller, OUTLET, usersHarness, valueOf } from './users-fixture';

let h: ReturnType<typeof usersHarness>;
beforeEach(() => {
  h = usersHarness();
});
afterEach(async () => {
  await h.cleanup();
});

const SETUP = { outlet: OUTLET, owner: { name: 'Bu Sari', pin: '4321' }, cashiers: [{ name: 'Andi', pin: '1111' }, { name: 'Rina', pin: '2222' }] };

describe('first-run setup', () => {
  it('before setup only the first screen works: everything else, sign-in included, says setup is needed', async () => {
    const core = await h.open();
    const call = caller(core, 'window:1');
    expect(valueOf(await call('auth:status'))).toMatchObject({ setupNeeded: true, user: null, users: [], idleLockMinutes: 5 });
    expect(await call('ledger:balances')).toEqual({ ok: false, error: { code: 'setup_required', message: 'Outlet belum disiapkan. Selesaikan penyiapan dulu.' } });
    expect(await call('auth:signIn', { userId: 1, pin: '1234' })).toMatchObject({ ok: false, error: { code: 'setup_required' } });
  });

  it('stores the outlet, the zone (live), the owner and the cashiers at once and signs the owner in on that session', async () => {
    const core = await h.open();
    const call = caller(core, 'window:1');
    const done = valueOf(await call<{ user: { id: number; name: string; role: string } }>('setup:complete', SETUP));
    expect(done.user).toMatchObject({ name: 'Bu Sari', role: 'owner' });

    const status = valueOf(await call<{ setupNeeded: boolean; user: unknown; users: { name: string; role: string; hasPin: boolean }[]; outletName: string }>('auth:status'));
    expect(status).toMatchObject({ setupNeeded: false, user: done.user, outletName: 'Warung Sari' });
    expect(status.users.map((u) => [u.name, u.role, u.hasPin])).toEqual([
      ['Bu Sari', 'owner', true],
      ['Andi', 'cashier', true],
      ['Rina', 'cashier', true],
    ]);
    // One store: the receipt's outlet texts are the profile's.
    expect(valueOf(await call('outlet:profile'))).toEqual(OUTLET);
    expect(valueOf(await call('receipts:settings'))).toMatchObject({ outlet: { name: 'Warung Sari', address: 'Jl. Melati 3', phone: '0812-1111', footer: 'Terima kasih' } });
    // The zone applies at once (the core opened on WIB).
    expect(valueOf(await call('app:info'))).toMatchObject({ timeZone: 'Asia/Makassar' });
    // Another window is not signed in by the setup.
    expect(await caller(core, 'window:2')('ledger:balances')).toMatchObject({ ok: false, error: { code: 'signed_out', message: 'Masuk dulu: pilih nama Anda dan ketik PIN.' } });
  });

  it('refuses two users with the same name (case and spaces aside), naming it, and keeps nothing', async () => {
    const core = await h.open();
    const call = caller(core, 'window:1');
    const twice = await call('setup:complete', { ...SETUP, cashiers: [{ name: 'Andi', pin: '1111' }, { name: ' andi ', pin: '2222' }] });
    expect(twice).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('"andi"') } });
    expect(valueOf(await call('auth:status'))).toMatchObject({ setupNeeded: true, users: [] });
    expect(valueOf(await call('app:info'))).toMatchObject({ timeZone: 'Asia/Jakarta' });
  });

  it('is refused once done, and a restart keeps it done (everyone signs in again)', async () => {
    const core = await h.open();
    valueOf(await caller(core, 'window:1')('setup:complete', SETUP));
    expect(await caller(core, 'window:2')('setup:complete', SETUP)).toEqual({ ok: false, error: { code: 'conflict', message: 'Outlet sudah disiapkan.' } });
    await h.closeCore(core);

    const again = await h.open({ timeZone: undefined });
    const call = caller(again, 'window:1');
    expect(valueOf(await call('auth:status'))).toMatchObject({ setupNeeded: false, user: null });
    expect(await call('ledger:balances')).toMatchObject({ ok: false, error: { code: 'signed_out' } });
    // The stored zone is what the restarted core opens with.
    expect(valueOf(await call('app:info'))).toMatchObject({ timeZone: 'Asia/Makassar' });
  });
});

describe('an outlet upgraded from before users', () => {
  /** A data dir at migration 13 holding a sale and its journal entry, as an older Loket left it. */
  function olderDataDir(): void {
    const db = new Database(join(h.dir, LEDGER_FILE));
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    applyMigrations(db, migrations.filter((m) => m.version <= 13));
    db.prepare(
      `INSERT INTO sale (request_id, ref_id, kind, provider, product_id, provider_code, product_name, customer_no, price, cost, state,
         business_day, created_at, updated_at, settled_at, details_json)
       VALUES ('old-sale-1', 'LKOLD1', 'pulsa', 'mmbc', 'pulsa:xl:10000', 'x10', 'Pulsa XL 10.000', '081700000001', 12000, 10900, 'success',
         '2026-11-29', 10, 10, 11, '{}')`,
    ).run();
    const entry = Number(db.prepare("INSERT INTO journal_entry (idem_key, kind, memo, at, business_day) VALUES ('old:1', 'opening_cash', 'Modal', 5, '2026-11-29')").run().lastInsertRowid);
    db.prepare("INSERT INTO posting (entry_id, account_id, amount) VALUES (?, (SELECT id FROM account WHERE code = 'cash_drawer'), 500)").run(entry);
    db.prepare("INSERT INTO posting (entry_id, account_id, amount) VALUES (?, (SELECT id FROM account WHERE code = 'owner_equity'), -500)").run(entry);
    db.close();
  }

  it('gets an "Owner" without a PIN; setup names it and sets its PIN; old rows keep no user', async () => {
    olderDataDir();
    const core = await h.open();
    const call = caller(core, 'window:1');
    const before = valueOf(await call<{ setupNeeded: boolean; users: { id: number; name: string; role: string; hasPin: boolean }[] }>('auth:status'));
    expect(before).toMatchObject({ setupNeeded: true, users: [{ name: 'Owner', role: 'owner', hasPin: false }] });
    const ownerId = before.users[0]!.id;

    const done = valueOf(await call<{ user: { id: number } }>('setup:complete', { ...SETUP, cashiers: [] }));
    expect(done.user).toEqual({ id: ownerId, name: 'Bu Sari', role: 'owner' });
    const db = new Database(join(h.dir, LEDGER_FILE), { readonly: true });
    try {
      expect(db.prepare('SELECT user_id FROM sale').all()).toEqual([{ user_id: null }]);
      expect(db.prepare("SELECT user_id FROM journal_entry WHERE idem_key = 'old:1'").get()).toEqual({ user_id: null });
      expect(db.prepare('SELECT COUNT(*) AS n FROM app_user').get()).toEqual({ n: 1 });
    } finally {
      db.close();
    }
  });

  it('with a shift left open before the upgrade, setup keeps the zone the shift runs in', async () => {
    olderDataDir();
    const db = new Database(join(h.dir, LEDGER_FILE));
    db.prepare("INSERT INTO shift (request_id, cashier, business_day, opened_at, opening_float) VALUES ('old-shift-1', 'Andi', '2026-11-29', 20, 0)").run();
    db.close();
    const core = await h.open();
    const call = caller(core, 'window:1');
    // OUTLET is WITA; the outlet ran in WIB with the counter open.
    expect(await call('setup:complete', { ...SETUP, cashiers: [] })).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'Kasir masih buka dari sebelum pembaruan. Pilih zona waktu WIB sekarang; ganti zona waktu di Pengaturan setelah kasir ditutup.' },
    });
    expect(valueOf(await call('auth:status'))).toMatchObject({ setupNeeded: true, user: null });
    valueOf(await call('setup:complete', { ...SETUP, outlet: { ...OUTLET, timeZone: 'Asia/Jakarta' }, cashiers: [] }));
    expect(valueOf(await call('app:info'))).toMatchObject({ timeZone: 'Asia/Jakarta' });
  });

  it('a fresh data dir gets no user from the migration', async () => {
    const core = await h.open();
    expect(valueOf(await caller(core, 'window:1')('auth:status'))).toMatchObject({ users: [] });
  });
});
