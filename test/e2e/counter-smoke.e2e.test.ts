import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, watchForPageErrors } from './support/browser';
import { freshDataDir, startHeadless, type Headless } from './support/headless';
import { api, sales, type ApiSale } from './support/selling';
import {
  completeSetup,
  findInHistory,
  homeDepositTexts,
  openCounter,
  sandboxDepositTexts,
  screenshotter,
  sellPulsa,
  signInOwner,
  SMOKE_OWNER,
  SMOKE_SALE,
  type SoldOnScreen,
} from '../support/counter-smoke';
import { addedGlobals, globalsBeyondRenderer, nodeGlobalsSeen, RENDERER_OWN_GLOBALS } from '../support/packaged/page-globals';

/**
 * The packaged-app smoke test's screen steps (test/support/counter-smoke.ts), run here against the
 * headless core in Chromium, where no Electron binary can start: a fresh data dir with nobody set
 * up, the owner set up on screen, the Sandbox deposits on Home, the counter opened, one pulsa sale,
 * then a restart of the core on the same data dir, the owner signs in and Riwayat shows the sale as
 * Berhasil. Each step's reading of the screen is checked against what the core holds, so the
 * packaged test (which can only read the screen) reads the right things.
 */
const data = freshDataDir();
let server: Headless;
let browser: Browser;
let page: Page;
let problems: string[];
let sold: SoldOnScreen;
const shot = screenshotter(() => page, resolve(__dirname, '../../test-results/counter-smoke'), 'headless');

async function openPage(): Promise<void> {
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  problems = watchForPageErrors(page);
  await page.goto(server.url);
}

beforeAll(async () => {
  server = await startHeadless(data.dir, { user: 'none' });
  browser = await launchChromium();
  await openPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  data.remove();
});

describe('counter smoke steps on the headless core', () => {
  it('sets the outlet up on a fresh data dir and signs the owner in', async () => {
    await completeSetup(page);
    await shot('setup-done');
    const status = await api<{ setupNeeded: boolean; user: { name: string; role: string } | null }>(server, 'auth:status');
    expect(status).toMatchObject({ setupNeeded: false, user: { name: SMOKE_OWNER.name, role: 'owner' } });
  });

  it("adds only Vue's and vue-i18n's markers to the page's globals (the packaged test expects those plus the preload's pos) and sees no Node", async () => {
    expect(await addedGlobals(page)).toEqual(RENDERER_OWN_GLOBALS);
    expect(await globalsBeyondRenderer(page)).toEqual([]);
    expect(await nodeGlobalsSeen(page)).toEqual({});
    // The reading sees a global when there is one: the same check after the page gets a `pos`.
    await page.evaluate(`window.pos = { invoke() {}, onEvent() {} }`);
    expect(await globalsBeyondRenderer(page)).toEqual(['pos']);
    await page.evaluate(`delete window.pos`);
  });

  it("shows every provider's Sandbox deposit on Home, as the core holds it", async () => {
    const onScreen = await homeDepositTexts(page);
    await shot('home-balances');
    expect(onScreen).toEqual(sandboxDepositTexts());
    const { accounts } = await api<{ accounts: { provider: string | null; balance: number }[] }>(server, 'ledger:balances');
    const deposits = accounts.filter((a) => a.provider !== null);
    expect(Object.keys(onScreen).sort()).toEqual(deposits.map((a) => a.provider).sort());
  });

  it('opens the counter and sells one pulsa: BERHASIL on screen, the same sale a success in the core', async () => {
    await openCounter(page, 0);
    sold = await sellPulsa(page);
    await shot('sale-result');
    expect(sold).toMatchObject({ state: 'success', headline: 'BERHASIL', product: 'Pulsa Telkomsel 10.000' });
    const inCore = await sales(server, SMOKE_SALE.number);
    expect(inCore.map((s: ApiSale) => [s.refId, s.productId, s.state])).toEqual([[sold.refId, SMOKE_SALE.productId, 'success']]);
  });

  it('after a restart on the same data dir the owner signs in and Riwayat shows the sale as Berhasil', async () => {
    await page.close();
    await server.stop();
    server = await startHeadless(data.dir, { user: 'none' });
    await openPage();
    await signInOwner(page);
    const row = await findInHistory(page, sold.refId);
    await shot('history-after-restart');
    expect(row).toEqual({ state: 'success', stateText: 'Berhasil', product: sold.product });
    expect(problems).toEqual([]);
  });
});
