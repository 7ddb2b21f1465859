import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { countAppearances, launchChromium, rupiahText, textOf, watchForPageErrors } from './support/browser';
import { addCashier, freshDataDir, OWNER_NAME, OWNER_PIN, startHeadless, type Headless } from './support/headless';
import { switchUserOnScreen } from './support/sign-in';
import { api, waitForProducts, type ApiSale } from './support/selling';
import { clippedAmounts, visibleCount } from './support/amounts';

/**
 * Home against the real core. The cashier sees today's count and total, the drawer, unfinished
 * sales and the last sales (reprint); the owner operations, every balance and the deposit check
 * only in owner view; the double-entry journal is the owner's Buku besar page, where each entry
 * reads ONE amount (the sum of its debits, as the issue defines it), its legs open under it, and
 * day/account filter it. A sale's commit entry moves two sums at once (the customer's Rp 12.300 in,
 * the provider's cost held out of the deposit), so it reads price + cost with both legs shown; the
 * cashier's screens show the sale's own Rp 12.300.
 * Owner operations still move real balances, bad amounts record nothing, and the figures survive
 * a restart of the server on the same data dir. Expectations are the core's own starting figures
 * (the seeded Sandbox deposits) plus what this test records.
 */
const data = freshDataDir();
let server: Headless;
let browser: Browser;
let page: Page;
let problems: string[];
/** What the core holds before this test records anything. */
let start: { cash: number; deposits: Record<string, number>; entries: number };
let sale: ApiSale;

const poll = { timeout: 15_000, interval: 50 };
const PULSA = 'pulsa:telkomsel:10000';
const AMOUNTS = '[data-testid^="today-"]:not([data-testid="today-pending-open"]), [data-testid^="balance-"], [data-testid="last-sale-price"], [data-testid="book-entry-amount"], [data-testid="book-leg-debit"], [data-testid="book-leg-credit"], [data-testid^="current-shift-"]';

type Entry = { id: number; kind: string; memo: string; amount: number; postings: { account: string; amount: number }[] };

async function openHome(): Promise<void> {
  page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  problems = watchForPageErrors(page);
  await page.goto(server.url);
  await page.getByTestId('home').waitFor();
  // Loaded = the core's figures are on screen, not the "—" placeholders.
  await page.getByTestId('today-drawer').filter({ hasText: /Rp/ }).waitFor();
}

/** The owner's screen: the owner signs in on it (the cashier's session until then). */
async function ownerView(): Promise<void> {
  if ((await textOf(page, 'header-role')) !== 'Pemilik') await switchUserOnScreen(page, OWNER_NAME, OWNER_PIN);
  await page.getByTestId('balance-cash-drawer').filter({ hasText: /Rp/ }).waitFor();
}

/** Balances as the start plus what was recorded: cash and IAK deposit added, entries added. */
async function expectBalances(cash: number, iak: number, entries: number): Promise<void> {
  await expect.poll(() => textOf(page, 'balance-cash-drawer'), poll).toBe(rupiahText(start.cash + cash));
  await expect.poll(() => textOf(page, 'today-drawer'), poll).toBe(rupiahText(start.cash + cash));
  await expect.poll(() => textOf(page, 'balance-provider-iak'), poll).toBe(rupiahText((start.deposits.iak ?? 0) + iak));
  expect(await journalLength()).toBe(start.entries + entries);
}

async function coreFigures(): Promise<typeof start> {
  type Account = { code: string; provider: string | null; balance: number };
  const { accounts } = await api<{ accounts: Account[] }>(server, 'ledger:balances');
  return {
    cash: accounts.find((a) => a.code === 'cash_drawer')?.balance ?? NaN,
    deposits: Object.fromEntries(accounts.filter((a) => a.provider).map((a) => [a.provider, a.balance])),
    entries: await journalLength(),
  };
}

async function journal(input: { day?: string; account?: string } = {}): Promise<Entry[]> {
  return (await api<{ entries: Entry[] }>(server, 'ledger:journalForDay', input)).entries;
}

async function journalLength(): Promise<number> {
  return (await journal()).length;
}

beforeAll(async () => {
  server = await startHeadless(data.dir);
  start = await coreFigures();
  // The first test is the cashier's Home: a cashier is signed in on the session the browser shares.
  const cashier = await addCashier(server, 'Kasir Beranda', '1357');
  await api(server, 'auth:signIn', { userId: cashier, pin: '1357' });
  browser = await launchChromium();
  await openHome();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  data.remove();
});

describe('Home screen with the headless core', () => {
  it('shows the cashier today\'s figures from the core, in Bahasa Indonesia, with neither owner operations nor the journal', async () => {
    expect(page.url()).not.toContain('token=');
    expect(await page.locator('html').getAttribute('lang')).toBe('id');
    expect(await textOf(page, 'nav-home')).toContain('Beranda');
    const today = await api<{ count: number; gross: number; drawer: number; pendingCount: number }>(server, 'reports:today');
    expect(today).toMatchObject({ count: 0, gross: 0, pendingCount: 0, drawer: start.cash });
    expect(await textOf(page, 'today-count')).toBe('0');
    expect(await textOf(page, 'today-gross')).toBe('Rp 0');
    expect(await textOf(page, 'today-drawer')).toBe(rupiahText(start.cash));
    expect(await textOf(page, 'today-pending')).toBe('0');
    for (const ownerOnly of ['opening-cash-amount', 'deposit-balances', 'balances', 'nav-ledger', 'journal', 'journal-entry']) {
      expect(await page.getByTestId(ownerOnly).count()).toBe(0);
    }
  });

  it('shows the owner operations and every balance in owner view', async () => {
    await ownerView();
    expect(await page.getByTestId('opening-cash-amount').count()).toBe(1);
    expect(await page.getByTestId('nav-ledger').count()).toBe(1);
    for (const provider of ['mmbc', 'iak', 'ayoconnect', 'klikoo']) {
      expect(await textOf(page, `balance-provider-${provider}`)).toBe(rupiahText(start.deposits[provider] ?? NaN));
    }
    expect(await textOf(page, 'balance-held')).toBe('Rp 0');
  });

  it('records the opening cash after a confirmation, keyboard only', async () => {
    await page.getByTestId('opening-cash-amount').fill('500.000');
    await page.getByTestId('opening-cash-amount').press('Enter');
    await page.getByTestId('confirm-dialog').waitFor();
    expect(await textOf(page, 'confirm-amount')).toBe('Rp 500.000');
    await page.keyboard.press('Enter');
    await page.getByTestId('opening-cash-saved').waitFor();
    await expectBalances(500_000, 0, 1);
  });

  it('records nothing when the confirmation is cancelled with Esc', async () => {
    await page.getByTestId('opening-cash-amount').fill('75.000');
    await page.getByTestId('opening-cash-amount').press('Enter');
    await page.getByTestId('confirm-dialog').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('confirm-dialog').waitFor({ state: 'detached' });
    await expectBalances(500_000, 0, 1);
    await page.getByTestId('opening-cash-amount').fill('');
  });

  // IAK is in Sandbox (training): the real money leaves the drawer but is kept for Live, so the
  // training deposit shown stays the same (two entries: the top-up and its parking for Live).
  it('tops up the IAK deposit from the cash drawer: in Sandbox the money is kept for Live, and the screen says so', async () => {
    await page.getByTestId('tab-deposit-topup').click();
    await page.getByTestId('deposit-topup-provider').selectOption('iak');
    await page.getByTestId('deposit-topup-source').selectOption('cash');
    await page.getByTestId('deposit-topup-amount').fill('200000');
    await page.getByTestId('deposit-topup-submit').click();
    await page.getByTestId('confirm-dialog').waitFor();
    expect(await textOf(page, 'confirm-provider')).toBe('IAK');
    expect(await textOf(page, 'confirm-amount')).toBe('Rp 200.000');
    const note = await textOf(page, 'deposit-topup-confirm-note');
    for (const part of ['IAK', 'Sandbox (latihan)', 'uang sungguhan', 'disimpan untuk mode Live', 'deposit latihan IAK tidak berubah']) {
      expect(note).toContain(part);
    }
    await page.getByTestId('confirm-ok').click();
    await page.getByTestId('deposit-topup-saved').waitFor();
    const saved = await textOf(page, 'deposit-topup-saved');
    for (const part of ['Tercatat.', 'IAK', 'Sandbox (latihan)', 'Rp 200.000', 'uang sungguhan', 'disimpan untuk mode Live', 'deposit latihan tidak berubah']) {
      expect(saved).toContain(part);
    }
    await expectBalances(300_000, 0, 3);
  });

  it.each([
    ['abc', 'Nominal "abc" tidak valid'],
    ['-5000', 'Nominal harus lebih dari nol'],
    ['1,5', 'Nominal "1,5" tidak valid'],
  ])('refuses the amount %j with a clear message before any confirmation, and records nothing', async (typed, message) => {
    await page.getByTestId('tab-deposit-topup').click();
    const dialogs = await countAppearances(page, 'confirm-dialog');
    await page.getByTestId('deposit-topup-amount').fill(typed);
    await page.getByTestId('deposit-topup-amount').press('Enter');

    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.getAttribute('data-testid')).toBe('deposit-topup-error');
    expect((await alert.textContent()) ?? '').toContain(message);
    expect(await page.getByTestId('deposit-topup-amount').getAttribute('aria-invalid')).toBe('true');
    // The core read the amount first: the confirmation never opened.
    expect(await dialogs()).toBe(0);
    // Nothing moved: the screen and the core itself agree.
    await expectBalances(300_000, 0, 3);
  });

  it('counts a sale in today\'s figures and lists it with its state and a reprint', async () => {
    await page.getByTestId('deposit-topup-amount').fill('');
    await waitForProducts(server, 'pulsa');
    // The outlet's own price, so the sale's one amount is known: Rp 12.300.
    await api(server, 'catalog:setProductPrice', { productId: PULSA, price: '12.300' });
    const started = await api<ApiSale>(server, 'sales:start', { requestId: randomUUID(), productId: PULSA, customerNo: '081234560001' });
    expect(started.price).toBe(12_300);
    // The provider settles it shortly after (callback or check).
    await expect.poll(async () => (sale = await api<ApiSale>(server, 'sales:get', { id: started.id })).state, poll).toBe('success');
    // Sold elsewhere (the API): Home follows the core's events.
    await expect.poll(() => textOf(page, 'today-count'), poll).toBe('1');
    expect(await textOf(page, 'today-gross')).toBe('Rp 12.300');
    await expect.poll(() => textOf(page, 'today-drawer'), poll).toBe(rupiahText(start.cash + 300_000 + 12_300));
    // The owner's balances and the shift's expected cash follow the sale too (it announces sales:updated only).
    await expect.poll(() => textOf(page, 'balance-cash-drawer'), poll).toBe(rupiahText(start.cash + 300_000 + 12_300));
    await expect.poll(() => textOf(page, 'current-shift-expected'), poll).toBe(rupiahText(start.cash + 300_000 + 12_300));
    const row = page.locator(`[data-testid="last-sale"][data-sale-id="${sale.id}"]`);
    await row.waitFor();
    expect(await row.getByTestId('last-sale-state').textContent()).toBe('Berhasil');
    expect((await row.getByTestId('last-sale-price').textContent())?.replace(/\s+/g, ' ')).toBe('Rp 12.300');

    // No printer is set: the reprint says why, and the sale is untouched.
    await row.getByTestId('last-sale-reprint').click();
    await row.getByTestId('last-sale-print-note').waitFor();
    expect(((await row.getByTestId('last-sale-print-note').textContent()) ?? '').trim()).toMatch(/^Tidak tercetak: .+/);
    expect((await api<ApiSale>(server, 'sales:get', { id: sale.id })).state).toBe('success');
  });

  it('Buku besar shows ONE amount per entry (the sum of its debits), its legs open under it', async () => {
    await page.getByTestId('nav-ledger').click();
    await page.getByTestId('view-ledger').waitFor();
    const entries = await journal();
    await expect.poll(() => page.getByTestId('book-entry').count(), poll).toBe(entries.length);
    // One amount per entry, never one per leg.
    expect(await page.getByTestId('book-entry-amount').count()).toBe(entries.length);
    for (const entry of entries) {
      const shown = page.locator(`[data-testid="book-entry"][data-entry-id="${entry.id}"] [data-testid="book-entry-amount"]`);
      expect((await shown.textContent())?.replace(/\s+/g, ' ')).toBe(rupiahText(entry.amount));
    }
    const saleEntries = entries.filter((e) => e.kind.startsWith('sale_') && e.memo.includes(sale.refId));
    expect(saleEntries.length).toBeGreaterThan(0);
    for (const entry of saleEntries) {
      const item = page.locator(`[data-testid="book-entry"][data-entry-id="${entry.id}"]`);
      const debits = entry.postings.filter((p) => p.amount > 0).reduce((sum, p) => sum + p.amount, 0);
      expect((await item.getByTestId('book-entry-amount').textContent())?.replace(/\s+/g, ' ')).toBe(rupiahText(debits));
      await item.getByTestId('book-entry-toggle').click();
      expect(await item.getByTestId('book-leg').count()).toBe(entry.postings.length);
    }
    // The commit: the customer's Rp 12.300 into the drawer is one of its legs, shown whole.
    const commit = saleEntries.find((e) => e.kind === 'sale_commit')!;
    expect(commit.postings).toContainEqual(expect.objectContaining({ account: 'cash_drawer', amount: 12_300 }));
    const commitLegs = await page.locator(`[data-testid="book-entry"][data-entry-id="${commit.id}"] [data-testid="book-leg"]`).allTextContents();
    expect(commitLegs.some((leg) => leg.replace(/\s+/g, ' ').includes('Rp 12.300'))).toBe(true);
  });

  it('Buku besar filters by account and by day', async () => {
    const drawerOnly = await journal({ account: 'cash_drawer' });
    expect(drawerOnly.length).toBeGreaterThan(0);
    expect(drawerOnly.length).toBeLessThan(await journalLength());
    await page.getByTestId('book-account').selectOption('cash_drawer');
    await expect.poll(() => page.getByTestId('book-entry').count(), poll).toBe(drawerOnly.length);
    const shownIds = await page.getByTestId('book-entry').evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-entry-id'))));
    expect(shownIds.sort((a, b) => a - b)).toEqual(drawerOnly.map((e) => e.id).sort((a, b) => a - b));

    // A day before anything was recorded: nothing, said plainly.
    await page.getByTestId('book-account').selectOption('');
    await page.getByTestId('book-day').fill('2020-01-02');
    await page.getByTestId('book-empty').waitFor();
    expect(await page.getByTestId('book-entry').count()).toBe(0);
    await page.getByTestId('book-today').click();
    await expect.poll(() => page.getByTestId('book-entry').count(), poll).toBe(await journalLength());
  });

  it.each([
    [1366, 768],
    [1280, 720],
  ])('shows every amount whole at %ix%i (Home in owner view, Buku besar with legs open)', async (width, height) => {
    await page.setViewportSize({ width, height });
    await page.getByTestId('nav-ledger').click();
    await page.getByTestId('view-ledger').waitFor();
    await page.getByTestId('book-entry-toggle').first().click();
    expect(await visibleCount(page, '[data-testid="book-leg-debit"]')).toBeGreaterThan(0);
    expect(await clippedAmounts(page, AMOUNTS)).toEqual([]);
    await page.screenshot({ path: `/tmp/loket-e2e-ledger-${width}.png`, fullPage: true });
    await page.keyboard.press('F1');
    await page.getByTestId('home').waitFor();
    expect(await visibleCount(page, '[data-testid^="balance-provider-"]')).toBe(4);
    expect(await clippedAmounts(page, AMOUNTS)).toEqual([]);
    await page.screenshot({ path: `/tmp/loket-e2e-home-${width}.png`, fullPage: true });
    expect(problems).toEqual([]);
  });

  it('shows the same figures after the server restarts on the same data dir', async () => {
    const before = await coreFigures();
    await page.close();
    await server.stop();
    server = await startHeadless(data.dir);
    expect(await coreFigures()).toEqual(before);
    await openHome();
    await ownerView();
    expect(await textOf(page, 'balance-cash-drawer')).toBe(rupiahText(start.cash + 300_000 + 12_300));
    for (const [provider, balance] of Object.entries(before.deposits)) {
      expect(await textOf(page, `balance-provider-${provider}`)).toBe(rupiahText(balance));
    }
    expect(await textOf(page, 'today-count')).toBe('1');
    expect(await textOf(page, 'today-gross')).toBe('Rp 12.300');
    expect(problems).toEqual([]);
  });
});
