import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { countAppearances, launchChromium, rupiahText, textOf, watchForPageErrors } from './support/browser';
import { freshDataDir, startHeadless, type Headless } from './support/headless';

/**
 * The Home screen against the real core: owner operations move real balances, refusals of bad
 * amounts record nothing, and the figures survive a restart of the server on the same data dir.
 * A fresh data dir starts with the Sandbox practice deposits the core seeds, so expectations are
 * the core's starting figures plus what this test records.
 */
const data = freshDataDir();
let server: Headless;
let browser: Browser;
let page: Page;
let problems: string[];
/** What the core holds before this test records anything. */
let start: { cash: number; deposits: Record<string, number>; entries: number };

const poll = { timeout: 15_000, interval: 50 };

async function openHome(): Promise<void> {
  page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  problems = watchForPageErrors(page);
  await page.goto(server.url);
  await page.getByTestId('home').waitFor();
  // Loaded = the core's figures are on screen, not the "—" placeholders.
  await page.getByTestId('balance-cash-drawer').filter({ hasText: /Rp/ }).waitFor();
}

/** Balances as the start plus what was recorded: cash and IAK deposit added, entries added. */
async function expectBalances(cash: number, iak: number, entries: number): Promise<void> {
  await expect.poll(() => textOf(page, 'balance-cash-drawer'), poll).toBe(rupiahText(start.cash + cash));
  await expect.poll(() => textOf(page, 'balance-provider-iak'), poll).toBe(rupiahText((start.deposits.iak ?? 0) + iak));
  await expect.poll(() => page.getByTestId('journal-entry').count(), poll).toBe(start.entries + entries);
}

async function coreFigures(): Promise<typeof start> {
  type Account = { code: string; provider: string | null; balance: number };
  const balances = (await server.call('ledger:balances')) as { value: { accounts: Account[] } };
  const accounts = balances.value.accounts;
  return {
    cash: accounts.find((a) => a.code === 'cash_drawer')?.balance ?? NaN,
    deposits: Object.fromEntries(accounts.filter((a) => a.provider).map((a) => [a.provider, a.balance])),
    entries: await journalLength(),
  };
}

async function journalLength(): Promise<number> {
  const result = (await server.call('ledger:journalForDay')) as { value: { entries: unknown[] } };
  return result.value.entries.length;
}

beforeAll(async () => {
  server = await startHeadless(data.dir);
  start = await coreFigures();
  browser = await launchChromium();
  await openHome();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  data.remove();
});

describe('Home screen with the headless core', () => {
  it('starts with the core figures, in Bahasa Indonesia, with the token gone from the address bar', async () => {
    expect(page.url()).not.toContain('token=');
    expect(await page.locator('html').getAttribute('lang')).toBe('id');
    expect(await textOf(page, 'nav-home')).toContain('Beranda');
    expect(start.cash).toBe(0);
    await expectBalances(0, 0, 0);
    expect(await textOf(page, 'balance-held')).toBe('Rp 0');
    for (const provider of ['mmbc', 'iak', 'ayoconnect', 'klikoo']) {
      expect(await textOf(page, `balance-provider-${provider}`)).toBe(rupiahText(start.deposits[provider] ?? NaN));
    }
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
    expect(await journalLength()).toBe(start.entries + 1);
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
    expect(await journalLength()).toBe(start.entries + 3);
  });

  it('looks like a POS screen (screenshot for a human eye)', async () => {
    await page.getByTestId('deposit-topup-amount').fill('');
    await page.screenshot({ path: '/tmp/loket-e2e-home.png' });
    expect(problems).toEqual([]);
  });

  it('shows the same balances after the server restarts on the same data dir', async () => {
    await page.close();
    await server.stop();
    server = await startHeadless(data.dir);
    await openHome();
    await expectBalances(300_000, 0, 3);
    expect(await textOf(page, 'balance-provider-mmbc')).toBe(rupiahText(start.deposits.mmbc ?? NaN));
    expect(problems).toEqual([]);
  });
});
