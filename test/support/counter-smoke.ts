import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { providerIds } from '../../electron/core/domain/provider-id';
import { SANDBOX_OPENING_DEPOSIT } from '../../electron/core/providers/sandbox/sandbox-deposits';
import { rupiahText, textOf } from '../e2e/support/browser';
import { waitForSettledTiles } from '../e2e/support/selling';
import { signInOnScreen } from '../e2e/support/sign-in';

/**
 * The packaged-app smoke test's steps on screen, as a person at the counter does them, over any
 * Playwright `Page`: the Electron window of a packaged Loket (test/packaged/) or Chromium on the
 * headless core (test/e2e/counter-smoke.e2e.test.ts, which is how these steps are proven here,
 * where no Electron binary can run). Only the screen is used: the packaged app has no API to peek at.
 */

/** Deadlines for background work (the start-up price-list sync, the simulator's pending sale), not timing asserts. */
const slow = { timeout: 60_000 };

/** The owner the smoke test sets up on a fresh data dir, and signs in with after a restart. */
export const SMOKE_OWNER = { name: 'Pemilik Smoke', pin: '2580' } as const;
export const SMOKE_OUTLET = 'Konter Smoke';

/**
 * One pulsa sale the Sandbox answers with success: IAK's simulator (docs/providers/iak.md) settles a
 * prepaid number as success unless its last four digits are 6666-9999; 0812 is Telkomsel's prefix.
 */
export const SMOKE_SALE = { category: 'pulsa', productId: 'pulsa:telkomsel:10000', number: '081234560001' } as const;

/** What the Home screen must show for each provider deposit on a fresh data dir: the Sandbox training money. */
export function sandboxDepositTexts(): Record<string, string> {
  return Object.fromEntries(providerIds.map((id) => [id, rupiahText(SANDBOX_OPENING_DEPOSIT)]));
}

/** Screenshots numbered in the order taken, into `dir` (the release workflow uploads test-results/packaged/). */
export function screenshotter(page: () => Page, dir: string, prefix: string): (step: string) => Promise<void> {
  mkdirSync(dir, { recursive: true });
  let n = 0;
  return async (step) => {
    n += 1;
    await page().screenshot({ path: join(dir, `${prefix}-${String(n).padStart(2, '0')}-${step}.png`) });
  };
}

/** First run on a fresh data dir: the setup screen, outlet name, owner name and PIN; ends on Home, owner signed in. */
export async function completeSetup(page: Page, owner = SMOKE_OWNER): Promise<void> {
  await page.getByTestId('setup').waitFor(slow);
  await page.getByTestId('setup-outlet-name').fill(SMOKE_OUTLET);
  await page.getByTestId('setup-owner-name').fill(owner.name);
  await page.getByTestId('setup-owner-pin').fill(owner.pin);
  await page.getByTestId('setup-owner-pin-repeat').fill(owner.pin);
  await page.getByTestId('setup-submit').click();
  await page.getByTestId('home').waitFor(slow);
  await page.getByTestId('header-user').filter({ hasText: owner.name }).waitFor();
}

/** After a restart: the owner's tile and PIN on the sign-in screen; ends on the counter. */
export async function signInOwner(page: Page, owner = SMOKE_OWNER): Promise<void> {
  await signInOnScreen(page, owner.name, owner.pin);
}

/** Every provider deposit on Home (owner view) as the screen writes it, by provider id, once loaded. */
export async function homeDepositTexts(page: Page): Promise<Record<string, string>> {
  await page.getByTestId('home').waitFor();
  await page.getByTestId('balance-cash-drawer').filter({ hasText: /Rp/ }).waitFor(slow);
  const texts: Record<string, string> = {};
  for (const tile of await page.locator('[data-testid^="balance-provider-"]').all()) {
    const id = (await tile.getAttribute('data-testid'))!.replace('balance-provider-', '');
    texts[id] = await textOf(page, `balance-provider-${id}`);
  }
  return texts;
}

/** Buka kasir from Top-up (F2) with the float counted as one amount; ends on Top-up with the number field. */
export async function openCounter(page: Page, float: number): Promise<void> {
  await page.keyboard.press('F2');
  await page.getByTestId('shift-open-action').click();
  await page.getByTestId('open-float-amount').fill(String(float));
  await page.getByTestId('open-shift-submit').click();
  await page.getByTestId('confirm-dialog').waitFor();
  await page.keyboard.press('Enter');
  await page.getByTestId('topup-phone').waitFor();
}

export interface SoldOnScreen {
  refId: string;
  product: string;
  state: string | null;
  headline: string;
}

/**
 * Sells SMOKE_SALE on Top-up: category, number, the product once the start-up sync has listed it,
 * Enter in the confirmation; waits for the result card to settle and reads it.
 */
export async function sellPulsa(page: Page, sale = SMOKE_SALE): Promise<SoldOnScreen> {
  await page.keyboard.press('F2');
  await page.getByTestId('view-topup').waitFor();
  await page.getByTestId(`category-${sale.category}`).click();
  await page.getByTestId('topup-phone').fill(sale.number);
  await waitForSettledTiles(page, sale.number);
  await page.getByTestId(`product-${sale.productId}`).click(slow);
  await page.getByTestId('confirm-dialog').waitFor();
  await page.keyboard.press('Enter');
  await page.getByTestId('confirm-dialog').waitFor({ state: 'detached', timeout: slow.timeout });
  const result = page.getByTestId('sale-result');
  await result.waitFor(slow);
  // Settled: success or failed (the simulator may hold a sale in process for a moment first).
  await page.locator('[data-testid="sale-result"][data-state="success"], [data-testid="sale-result"][data-state="failed"]').waitFor(slow);
  return {
    refId: await textOf(page, 'sale-result-ref'),
    product: await textOf(page, 'sale-result-product'),
    state: await result.getAttribute('data-state'),
    headline: await textOf(page, 'sale-result-headline'),
  };
}

export interface HistoryRow {
  state: string | null;
  stateText: string;
  product: string;
}

/** Riwayat (F5) searched by the sale's ref; the one row found, as the screen shows it. */
export async function findInHistory(page: Page, refId: string): Promise<HistoryRow> {
  await page.keyboard.press('F5');
  await page.getByTestId('view-history').waitFor();
  await page.getByTestId('history-search').fill(refId);
  await page.getByTestId('history-apply').click();
  const row = page.locator(`[data-testid="history-row"][data-ref="${refId}"]`);
  await row.waitFor(slow);
  return {
    state: await row.getAttribute('data-state'),
    stateText: ((await row.locator('.state').textContent()) ?? '').trim(),
    product: ((await row.getByTestId('history-product').textContent()) ?? '').trim(),
  };
}
