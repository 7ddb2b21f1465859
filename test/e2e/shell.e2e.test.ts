import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page, Route } from 'playwright-core';
import { launchChromium, textOf, watchForPageErrors } from './support/browser';
import { freshDataDir, startHeadless, type Headless } from './support/headless';

/** The shell around the jobs: F-keys, language, the headless session, live updates, going offline. */
const data = freshDataDir();
let server: Headless;
let browser: Browser;
let page: Page;
let problems: string[];

const poll = { timeout: 15_000, interval: 50 };

beforeAll(async () => {
  server = await startHeadless(data.dir);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  problems = watchForPageErrors(page);
  await page.goto(server.url);
  // The owner operations and balances on Home are the owner's (startHeadless signs the owner in).
  await page.getByTestId('balance-cash-drawer').filter({ hasText: /Rp/ }).waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  data.remove();
});

describe('shell', () => {
  it('switches jobs with F1..F7, also while typing in a field', async () => {
    const views: [string, string][] = [
      ['F2', 'view-topup'],
      ['F3', 'view-bills'],
      ['F4', 'view-flights'],
      ['F5', 'view-history'],
      ['F6', 'view-reports'],
      ['F7', 'view-settings'],
      ['F1', 'home'],
    ];
    for (const [key, view] of views) {
      await page.keyboard.press(key);
      await page.getByTestId(view).waitFor();
    }
    expect(await page.getByTestId('nav-home').getAttribute('class')).toContain('active');

    await page.getByTestId('opening-cash-amount').focus();
    await page.keyboard.press('F3');
    await page.getByTestId('view-bills').waitFor();
    expect(await textOf(page, 'view-bills')).toContain('Tagihan');
    await page.keyboard.press('F1');
    await page.getByTestId('home').waitFor();
  });

  it('switches to English, keeps it after a reload, and the session survives the reload', async () => {
    await page.getByTestId('locale-en').click();
    expect(await textOf(page, 'nav-home')).toContain('Home');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');

    // The token left the URL on first load; the reload must still reach the core.
    expect(page.url()).not.toContain('token=');
    await page.reload();
    await page.getByTestId('balance-cash-drawer').filter({ hasText: /Rp/ }).waitFor();
    expect(await textOf(page, 'nav-home')).toContain('Home');
    expect(await textOf(page, 'balances')).toContain('Cash drawer');

    await page.getByTestId('locale-id').click();
    expect(await textOf(page, 'nav-home')).toContain('Beranda');
  });

  it('follows ledger:changed: money recorded elsewhere appears without touching the screen', async () => {
    // A fresh data dir already holds the Sandbox practice deposits the core seeds.
    const result = await server.call('ledger:recordOpeningCash', { requestId: 'e2e-elsewhere-1', amount: '125.000' });
    expect(result).toMatchObject({ ok: true });
    await expect.poll(() => textOf(page, 'balance-cash-drawer'), poll).toBe('Rp 125.000');
    await expect.poll(() => textOf(page, 'today-drawer'), poll).toBe('Rp 125.000');
    expect(problems).toEqual([]);
  });

  it('refuses a withdrawal larger than the drawer with the core message', async () => {
    await page.getByTestId('tab-withdrawal').click();
    await page.getByTestId('withdrawal-amount').fill('200.000');
    await page.getByTestId('withdrawal-amount').press('Enter');
    // The dialog opens once the core has read the amount; an Enter typed before it is not a confirmation.
    await page.getByTestId('confirm-dialog').waitFor();
    await page.keyboard.press('Enter');
    await page.getByTestId('withdrawal-error').waitFor();
    expect(await textOf(page, 'withdrawal-error')).toContain('tidak cukup');
    expect(await textOf(page, 'balance-cash-drawer')).toBe('Rp 125.000');
    // The core refused: it answered, so the connection works.
    expect(await textOf(page, 'connection')).toBe('Terhubung');
  });

  it('says "Tidak terhubung" while calls fail for transport reasons (offline, 401 wrong token), "Terhubung" once one succeeds', async () => {
    expect(await textOf(page, 'connection')).toBe('Terhubung');
    const cases: { name: string; fail: (route: Route) => Promise<void> }[] = [
      { name: 'network gone', fail: (route) => route.abort('connectionrefused') },
      {
        name: 'wrong token',
        fail: (route) =>
          route.fulfill({
            status: 401,
            contentType: 'application/json',
            body: JSON.stringify({ ok: false, error: { code: 'unauthorized', message: 'Token sesi tidak valid. Buka alamat lengkap yang dicetak saat server dimulai.' } }),
          }),
      },
    ];
    for (const { name, fail } of cases) {
      await page.route('**/api/**', (route) => (route.request().method() === 'POST' ? fail(route) : route.continue()));
      await page.keyboard.press('F5');
      await page.getByTestId('view-history').waitFor();
      await expect.poll(() => textOf(page, 'connection'), { ...poll, message: name }).toBe('Tidak terhubung');
      await page.unrouteAll({ behavior: 'wait' });
      await page.keyboard.press('F1');
      await page.getByTestId('home').waitFor();
      await expect.poll(() => textOf(page, 'connection'), { ...poll, message: name }).toBe('Terhubung');
    }
  });

  it('keeps the header on one row at 1366 and 1280 px, in both languages, connected or not', async () => {
    // Every header item shares one row: the lowest top is above the highest bottom (a wrapped item starts below it).
    const oneRow = `(() => {
      const header = document.querySelector('header.header');
      const boxes = [...header.children].map((c) => c.getBoundingClientRect()).filter((r) => r.width > 0);
      const sw = document.querySelector('[data-testid="locale-id"]').getBoundingClientRect();
      const day = document.querySelector('[data-testid="business-day"]').getBoundingClientRect();
      return {
        oneRow: Math.max(...boxes.map((r) => r.top)) < Math.min(...boxes.map((r) => r.bottom)),
        switchBesideDay: sw.top < day.bottom && sw.bottom > day.top,
        notCut: header.scrollWidth <= header.clientWidth,
      };
    })()`;
    const seen: string[] = [];
    for (const offline of [false, true]) {
      if (offline) {
        await page.route('**/api/**', (route) => (route.request().method() === 'POST' ? route.abort('connectionrefused') : route.continue()));
      }
      await page.keyboard.press(offline ? 'F5' : 'F1');
      await expect.poll(() => textOf(page, 'connection'), poll).toBe(offline ? 'Tidak terhubung' : 'Terhubung');
      for (const code of ['id', 'en']) {
        await page.getByTestId(`locale-${code}`).click();
        for (const width of [1366, 1280]) {
          await page.setViewportSize({ width, height: 768 });
          const label = `${offline ? 'offline' : 'online'} ${code} ${width}`;
          const checked = await page.evaluate(oneRow);
          seen.push(`${label}: ${JSON.stringify(checked)}`);
          await page.screenshot({ path: `test-results/header-${label.replace(/ /g, '-')}.png`, clip: { x: 0, y: 0, width, height: 120 } });
        }
      }
      await page.getByTestId('locale-id').click();
      if (offline) await page.unrouteAll({ behavior: 'wait' });
    }
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.keyboard.press('F1');
    await page.getByTestId('home').waitFor();
    await expect.poll(() => textOf(page, 'connection'), poll).toBe('Terhubung');
    expect(seen.filter((line) => !line.endsWith('{"oneRow":true,"switchBesideDay":true,"notCut":true}'))).toEqual([]);
  });

  it('sends a browser opened on the bare address (no token) to the page that says how to open Loket', async () => {
    const bare = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    try {
      await bare.goto(`${server.origin}/`);
      await bare.getByTestId('how-to-open').waitFor();
      expect(new URL(bare.url()).pathname).toBe('/cara-membuka');
      const text = await textOf(bare, 'how-to-open');
      expect(text).toContain('Buka alamat lengkap yang dicetak di terminal tempat npm run web berjalan');
      expect(text).toContain('Open the full address printed in the terminal where npm run web runs');
      expect(text).not.toContain(server.token);
      await bare.screenshot({ path: 'test-results/how-to-open.png' });
    } finally {
      await bare.close();
    }
  });

  it('says plainly when the core cannot be reached', async () => {
    await page.getByTestId('tab-withdrawal').click();
    await server.stop();
    await page.getByTestId('withdrawal-amount').fill('25.000');
    // The core cannot read the amount either, so this is said before any confirmation opens.
    await page.getByTestId('withdrawal-submit').click();
    await page.getByTestId('withdrawal-error').waitFor();
    expect(await page.getByTestId('confirm-dialog').count()).toBe(0);
    expect(await textOf(page, 'withdrawal-error')).toContain('Tidak terhubung ke Loket');
    await expect.poll(() => textOf(page, 'connection'), poll).toBe('Tidak terhubung');
    // The last figures the core gave stay on screen.
    expect(await textOf(page, 'balance-cash-drawer')).toBe('Rp 125.000');
  });
});
