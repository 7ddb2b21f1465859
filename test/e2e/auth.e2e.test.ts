import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, textOf, watchForPageErrors } from './support/browser';
import { addCashier, freshDataDir, OWNER_PIN, startHeadless, type Headless } from './support/headless';
import { startSelling, type SellingHarness } from './support/selling-harness';
import { api, chooseTopUp, confirmSale, sales, simulatorUrl, slow } from './support/selling';
import { signInOnScreen, switchUserOnScreen } from './support/sign-in';

/**
 * Issue 11's proof on screen, against the real headless core: first-run setup on a fresh data
 * folder (owner, a cashier, Sandbox said plainly, the core's refusals under the fields); a cashier
 * signs in with the PIN pad and sells; owner pages are neither listed nor opened for a cashier, and
 * the core refuses the cashier's owner calls through the API; the owner approves a cashier's day
 * close by typing the owner PIN on the cashier's screen; three wrong PINs make the user wait (live
 * countdown, pad off); the idle lock (page.clock) leaves nothing of the counter on screen.
 */
type ApiUser = { id: number; name: string; role: 'owner' | 'cashier' };
type Answer<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };
type Status = { setupNeeded: boolean; user: ApiUser | null; users: (ApiUser & { hasPin: boolean; waitUntil: number | null })[] };

describe('first run on a fresh data folder', () => {
  const data = freshDataDir();
  let server: Headless;
  let browser: Browser;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    server = await startHeadless(data.dir, { user: 'none', openShift: false });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    problems = watchForPageErrors(page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    data.remove();
  });

  it('sets up the outlet, the owner and a cashier (refusals under the fields), says providers start in Sandbox, and signs the owner in', async () => {
    await page.goto(server.url);
    await page.getByTestId('setup').waitFor();
    expect(await textOf(page, 'setup-sandbox-note')).toContain('Sandbox: uang latihan, tidak ada yang sungguh ditagih');
    await page.getByTestId('setup-outlet-name').fill('Konter Rina');
    await page.getByTestId('setup-outlet-address').fill('Jl. Melati 5, Makassar');
    await page.getByTestId('setup-outlet-phone').fill('nomor saya');
    await page.getByTestId('setup-outlet-zone').selectOption('Asia/Makassar');
    await page.getByTestId('setup-outlet-footer').fill('Terima kasih, datang lagi');
    await page.getByTestId('setup-owner-name').fill('Rina');
    await page.getByTestId('setup-owner-pin').fill('2468');
    await page.getByTestId('setup-owner-pin-repeat').fill('2469');
    await page.getByTestId('setup-submit').click();
    await page.getByTestId('setup-pin-mismatch').waitFor();
    expect(await textOf(page, 'setup-pin-mismatch')).toBe('PIN dan ulangan PIN tidak sama.');

    await page.getByTestId('setup-owner-pin-repeat').fill('2468');
    await page.getByTestId('setup-add-cashier').click();
    await page.getByTestId('setup-cashier-0-name').fill('Sari');
    await page.getByTestId('setup-cashier-0-pin').fill('1357');
    await page.getByTestId('setup-submit').click();
    // The core's own words, under the field it names; nothing was set up.
    await page.getByTestId('setup-outlet-phone-error').waitFor();
    expect(await textOf(page, 'setup-outlet-phone-error')).toBe('Nomor telepon hanya angka, spasi, +, - dan tanda kurung.');
    expect(((await server.call('auth:status')) as Answer<Status>)).toMatchObject({ ok: true, value: { setupNeeded: true } });

    await page.getByTestId('setup-outlet-phone').fill('0411-123456');
    await page.getByTestId('setup-submit').click();
    await page.getByTestId('home').waitFor();
    expect(await textOf(page, 'header-user')).toBe('Rina');
    expect(await textOf(page, 'header-role')).toBe('Pemilik');

    const status = await api<Status>(server, 'auth:status');
    expect(status.setupNeeded).toBe(false);
    expect(status.users.map((u) => [u.name, u.role, u.hasPin])).toEqual([
      ['Rina', 'owner', true],
      ['Sari', 'cashier', true],
    ]);
    expect(await api(server, 'outlet:profile')).toEqual({
      name: 'Konter Rina',
      address: 'Jl. Melati 5, Makassar',
      phone: '0411-123456',
      footer: 'Terima kasih, datang lagi',
      timeZone: 'Asia/Makassar',
    });
    const { providers } = await api<{ providers: { mode: string }[] }>(server, 'providers:list');
    expect(providers.map((p) => p.mode)).toEqual(providers.map(() => 'sandbox'));
  });

  it('the cashier added at setup signs in with their PIN and is named a cashier in the header', async () => {
    await switchUserOnScreen(page, 'Sari', '1357');
    expect(await textOf(page, 'header-role')).toBe('Kasir');
    expect(problems).toEqual([]);
  });
});

describe('owner and cashier at one counter', () => {
  const TSEL = '081234560071';
  const PULSA = 'pulsa:telkomsel:10000';
  let h: SellingHarness;
  let page: Page;
  let owner: ApiUser;

  beforeAll(async () => {
    h = await startSelling();
    page = h.page;
    owner = (await api<Status>(h.server, 'auth:status')).user!;
    await addCashier(h.server, 'Sari', '1357');
    await addCashier(h.server, 'Budi', '8642');
  });

  afterAll(async () => {
    await h?.close();
  });

  it('a cashier signs in with the name tiles and the PIN pad and gets no owner pages: not in the menu, not by URL, not by F-key', async () => {
    await switchUserOnScreen(page, 'Sari', '1357');
    expect(await textOf(page, 'header-role')).toBe('Kasir');
    expect(await page.getByTestId('owner-view').count()).toBe(0);
    expect(await page.getByTestId('nav-topup').count()).toBe(1);
    // Laporan too: cost and margin are the owner's business.
    for (const ownerPage of ['nav-settings', 'nav-ledger', 'nav-reports']) expect(await page.getByTestId(ownerPage).count()).toBe(0);

    await page.evaluate(`location.hash = '#/settings'`);
    await page.getByTestId('owner-only').waitFor();
    expect(await textOf(page, 'owner-only')).toContain('Halaman ini hanya untuk pemilik');
    expect(await page.getByTestId('view-settings').count()).toBe(0);

    await page.evaluate(`location.hash = '#/buku-besar'`);
    await page.getByTestId('owner-only').waitFor();
    expect(await page.getByTestId('journal').count()).toBe(0);
    expect(await page.getByTestId('nav-audit').count()).toBe(0);
    await page.evaluate(`location.hash = '#/audit'`);
    await page.getByTestId('owner-only').waitFor();

    await page.keyboard.press('F1');
    await page.getByTestId('home').waitFor();
    await page.keyboard.press('F7');
    await page.getByTestId('owner-only').waitFor();
    expect(await page.getByTestId('view-settings').count()).toBe(0);
  });

  it('the cashier sells one pulsa, without cost or margin on the product', async () => {
    await chooseTopUp(page, { category: 'pulsa', number: TSEL, productId: PULSA });
    await confirmSale(page);
    await expect.poll(() => page.getByTestId('sale-result').getAttribute('data-state'), slow).toBe('success');
    expect((await sales(h.server, TSEL)).map((s) => [s.productId, s.state])).toEqual([[PULSA, 'success']]);
    expect(await page.getByTestId('product-owner').count()).toBe(0);
  });

  it('the core refuses the cashier an owner channel through the API (the session is the cashier\'s) and changes nothing', async () => {
    // The selling prices a cashier sees follow the markup: they show whether it changed.
    const prices = async () => (await api<{ products: { id: string; price: number }[] }>(h.server, 'catalog:products', { category: 'pulsa' })).products.map((p) => [p.id, p.price]);
    const before = await prices();
    expect(before.length).toBeGreaterThan(0);
    const answer = (await h.server.call('catalog:setMarkup', { category: 'pulsa', markup: '9000' })) as Answer<unknown>;
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.code).toBe('forbidden');
    expect(answer.error.message).toContain('Hanya pemilik yang boleh mengubah harga jual');
    // Nor may the cashier read the owner's markup rules or reports (cost and margin are the owner's).
    for (const channel of ['catalog:markupRules', 'reports:summary']) {
      const refused = (await h.server.call(channel, channel === 'reports:summary' ? { from: '2026-11-01', to: '2026-11-30' } : {})) as Answer<unknown>;
      expect(refused.ok ? 'ok' : refused.error.code, channel).toBe('forbidden');
    }
    expect(await prices()).toEqual(before);
  });

  it('a forced sale on the cashier\'s screen (an earlier one still unresolved) goes through once the owner types the owner PIN', async () => {
    const number = '081234566666'; // IAK: stays PROCESS until resolved by hand
    await chooseTopUp(page, { category: 'pulsa', number, productId: PULSA });
    await confirmSale(page);
    const [first] = await sales(h.server, number);
    expect(first?.state).toBe('pending');
    await chooseTopUp(page, { category: 'pulsa', number, productId: PULSA });
    await page.keyboard.press('Enter');
    await page.getByTestId('sale-guard-needs_override').waitFor();
    await page.keyboard.type('pelanggan minta dikirim ulang');
    await page.keyboard.press('Enter');

    // The core refuses the cashier's override; the owner approves it on this screen.
    await page.getByTestId('owner-approval').waitFor();
    expect(await textOf(page, 'owner-approval-refusal')).toContain('Hanya pemilik yang boleh memaksa penjualan');
    expect(await sales(h.server, number)).toHaveLength(1);
    await page.keyboard.type(OWNER_PIN);
    await page.keyboard.press('Enter');
    await page.getByTestId('confirm-dialog').waitFor({ state: 'detached', timeout: 20_000 });
    await page.getByTestId('sale-result').waitFor();
    // Sold now (the core may have routed it past a provider that refused the repeat), with the reason noted.
    const all = await sales(h.server, number);
    const later = all.filter((s) => s.id !== first!.id);
    expect(later.length).toBeGreaterThan(0);
    const notes = await Promise.all(later.map(async (s) => (await api<{ details: Record<string, unknown> }>(h.server, 'sales:get', { id: s.id })).details.catatan));
    expect(notes).toContain('Dipaksa pemilik saat transaksi sebelumnya masih diproses: pelanggan minta dikirim ulang');

    // Settle what is still in flight at IAK, so the day can close later.
    const iak = await simulatorUrl(h.server, 'iak');
    for (const sale of all.filter((s) => s.state === 'pending' && s.provider === 'iak')) {
      const resolved = await fetch(`${iak}/__sim-state/iak/resolve`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ ref_id: sale.refId, status: 'success' }),
      });
      expect(resolved.status).toBe(200);
    }
    await expect.poll(async () => (await sales(h.server, number)).every((s) => s.state !== 'pending'), slow).toBe(true);
    await page.getByTestId('sale-result-next').click();
  });

  it('closing the day on the cashier\'s screen asks for the owner PIN: a wrong one is refused, the right one closes the day once', async () => {
    const { current } = await api<{ current: { shift: unknown; expectedCash: number } | null }>(h.server, 'shifts:current');
    if (current) await api(h.server, 'shifts:close', { requestId: randomUUID(), counted: { amount: String(current.expectedCash) }, expectedCash: current.expectedCash });
    await page.getByTestId('nav-shift').click();
    await page.getByTestId('day-close').waitFor();
    await expect.poll(() => page.getByTestId('day-close-open-shifts').count(), slow).toBe(0);
    await page.getByTestId('day-close-action').click();
    await page.getByTestId('confirm-dialog').waitFor();
    await page.keyboard.press('Enter');

    await page.getByTestId('owner-approval').waitFor();
    expect(await textOf(page, 'owner-approval-refusal')).toContain('Hanya pemilik yang boleh menutup hari');
    await page.keyboard.type('0000');
    await page.keyboard.press('Enter');
    await page.getByTestId('owner-approval-error').waitFor();
    expect(await textOf(page, 'owner-approval-error')).toContain('PIN salah');
    expect(await api(h.server, 'day:status')).toMatchObject({ closed: false });

    await page.keyboard.type(OWNER_PIN);
    await page.keyboard.press('Enter');
    await page.getByTestId('owner-approval').waitFor({ state: 'detached' });
    await page.getByTestId('day-close-done').waitFor();
    expect(await api(h.server, 'day:status')).toMatchObject({ closed: true });
    // The cashier is still the one signed in: the approval was for that one call.
    expect(await textOf(page, 'header-user')).toBe('Sari');
    const again = (await h.server.call('catalog:setMarkup', { category: 'pulsa', markup: '9000' })) as Answer<unknown>;
    expect(again).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('three wrong PINs make the user wait: the core\'s refusal, a live countdown and the pad off', async () => {
    await page.getByTestId('header-switch-user').click();
    await page.getByTestId(/^user-tile-/).filter({ hasText: 'Budi' }).click();
    for (let i = 0; i < 3; i++) {
      await page.getByTestId('pin-input').fill('1111');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getByTestId('pin-input').inputValue(), slow).toBe('');
    }
    await page.getByTestId('sign-in-wait').waitFor();
    expect(await textOf(page, 'sign-in-error')).toMatch(/^PIN salah\. Coba lagi dalam \d+ detik\.$/);
    expect(await textOf(page, 'sign-in-wait')).toMatch(/^Coba lagi dalam 00:[0-3]\d$/);
    expect(await page.getByTestId('pin-input').isDisabled()).toBe(true);
    expect(await page.getByTestId('pin-submit').isDisabled()).toBe(true);
    expect(await page.getByTestId('pin-digit-1').isDisabled()).toBe(true);
    const { users } = await api<Status>(h.server, 'auth:status');
    expect(users.find((u) => u.name === 'Budi')?.waitUntil).toBeGreaterThan(Date.now());
    expect(await page.getByTestId('header-user').count()).toBe(0);
  });

  it('locks after the idle minutes without activity: the sign-in screen for the same user, nothing of the counter behind it', async () => {
    await api(h.server, 'auth:signIn', { userId: owner.id, pin: OWNER_PIN });
    await api(h.server, 'auth:setIdleLock', { minutes: 1 });
    const idle = await h.browser.newPage({ viewport: { width: 1366, height: 900 } });
    const problems = watchForPageErrors(idle);
    await idle.clock.install();
    await idle.goto(h.server.url);
    await idle.getByTestId('home').waitFor();
    await idle.getByTestId('today-drawer').filter({ hasText: /Rp/ }).waitFor();

    // Activity restarts the quiet minute: 40 s, a mouse move, 40 s more is still signed in.
    await idle.clock.fastForward('00:40');
    await idle.mouse.move(200, 200);
    await idle.clock.fastForward('00:40');
    expect(await idle.getByTestId('home').count()).toBe(1);

    await idle.clock.fastForward('00:25');
    await idle.getByTestId('sign-in').waitFor();
    expect(await textOf(idle, 'sign-in-name')).toBe(owner.name);
    for (const hidden of ['home', 'today-drawer', 'header-user', 'balance-cash-drawer', 'last-sales']) {
      expect(await idle.getByTestId(hidden).count()).toBe(0);
    }
    expect(await h.server.call('ledger:balances')).toMatchObject({ ok: false, error: { code: 'signed_out' } });

    await signInOnScreen(idle, owner.name, OWNER_PIN);
    await idle.getByTestId('today-drawer').filter({ hasText: /Rp/ }).waitFor();
    expect(problems).toEqual([]);
    await idle.close();
  });

  it('the owner manages users in Settings (add, reset a PIN after a confirmation, which lifts the wait); a cashier changes their own PIN from the header and "Kunci" asks for it again', async () => {
    // The owner is signed in on the shared session (the idle-lock page): this page follows after a reload.
    await page.reload();
    await page.getByTestId('header-user').filter({ hasText: owner.name }).waitFor();
    await page.keyboard.press('F7');
    await page.getByTestId('users-settings').waitFor();
    await page.getByTestId('user-add-name').fill('Wati');
    await page.getByTestId('user-add-pin').fill('4321');
    await page.getByTestId('user-add-submit').click();
    await expect.poll(() => textOf(page, 'users-message'), slow).toBe('Wati ditambahkan.');
    const listed = await api<{ users: (ApiUser & { waitUntil: number | null })[] }>(h.server, 'users:list');
    expect(listed.users.find((u) => u.name === 'Wati')?.role).toBe('cashier');

    const budi = listed.users.find((u) => u.name === 'Budi')!;
    expect(budi.waitUntil).not.toBeNull();
    await page.getByTestId(`user-reset-${budi.id}`).click();
    await page.getByTestId('user-reset-pin').fill('5555');
    await page.getByTestId('user-reset-next').click();
    await page.getByTestId('confirm-dialog').waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => textOf(page, 'users-message'), slow).toBe('PIN Budi sudah diatur ulang.');

    await switchUserOnScreen(page, 'Budi', '5555');
    await page.getByTestId('header-change-pin').click();
    await page.getByTestId('change-pin-current').fill('5555');
    await page.getByTestId('change-pin-next').fill('6666');
    await page.getByTestId('change-pin-repeat').fill('6666');
    await page.getByTestId('change-pin-save').click();
    await page.getByTestId('change-pin-done').waitFor();

    await page.getByTestId('header-lock').click();
    await page.getByTestId('sign-in').waitFor();
    expect(await textOf(page, 'sign-in-name')).toBe('Budi');
    await page.keyboard.type('6666');
    await page.keyboard.press('Enter');
    await page.getByTestId('header-user').filter({ hasText: 'Budi' }).waitFor();
  });

  it('the owner edits the outlet profile and the idle lock in Settings; the core\'s range refusal is shown as sent', async () => {
    await switchUserOnScreen(page, owner.name, OWNER_PIN);
    await page.keyboard.press('F7');
    await page.getByTestId('outlet-profile').waitFor();
    await expect.poll(() => page.getByTestId('outlet-profile-name').inputValue(), slow).not.toBe('');
    await page.getByTestId('outlet-profile-footer').fill('Sampai jumpa lagi');
    await page.getByTestId('outlet-profile-save').click();
    await page.getByTestId('outlet-profile-saved').waitFor();
    expect(await api(h.server, 'outlet:profile')).toMatchObject({ footer: 'Sampai jumpa lagi' });

    await page.getByTestId('idle-lock-minutes').fill('0');
    await page.getByTestId('idle-lock-save').click();
    await expect.poll(() => textOf(page, 'idle-lock-message'), slow).toBe('Paling cepat 1 menit.');
    await page.getByTestId('idle-lock-minutes').fill('7');
    await page.getByTestId('idle-lock-save').click();
    await expect.poll(() => textOf(page, 'idle-lock-message'), slow).toBe('Layar terkunci setelah 7 menit tanpa kegiatan.');
    expect(await api(h.server, 'auth:status')).toMatchObject({ idleLockMinutes: 7 });
  });
});
