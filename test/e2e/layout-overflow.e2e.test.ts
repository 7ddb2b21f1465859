import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startSelling, type SellingHarness } from './support/selling-harness';
import { api, balanceOf, confirmSale, chooseTopUp } from './support/selling';
import { lineCount, overflowingTexts, screenshotWhole } from './support/overflow';
import { rupiahText } from './support/browser';
import { ACCOUNT_BALANCE_LIMIT } from '../../electron/core/money/limits';

/**
 * No text is cut or sticks out of its box on the counter's screens at the two window sizes outlets
 * use (1366x768 laptops, 1280x720 small screens), with realistic big figures: provider deposits of
 * Rp 2.091.650.000 (what the trial's Home tiles cut to "Rp 2.091.6..."), a drawer in the hundreds of
 * millions. Screenshots land in test-results/ for a person to look at.
 */
let h: SellingHarness;
let page: Page;

const BIG_DEPOSIT = 2_091_650_000;
const ENTRY_LIMIT = 1_000_000_000;
const SIZES = [
  [1366, 768],
  [1280, 720],
] as const;

// Nothing listens on the discard port: the Live provider's calls fail fast (its deposit check says so).
const DEAD_URL = 'http://127.0.0.1:9';

type Status = { id: string; credentialFields: { name: string }[] };

/**
 * Puts the provider in Live (a Sandbox deposit holds training money only, and a real top-up is
 * parked), then tops its deposit up to exactly `target` in steps the entry limit allows.
 */
async function liveDepositOf(provider: string, target: number): Promise<void> {
  const { providers } = await api<{ providers: Status[] }>(h.server, 'providers:list');
  const fields = providers.find((p) => p.id === provider)?.credentialFields ?? [];
  const credentials = Object.fromEntries(fields.map((f) => [f.name, /url/i.test(f.name) ? `${DEAD_URL}/${f.name}` : `layout-${f.name}`]));
  await api(h.server, 'providers:configure', { provider, mode: 'live', liveBaseUrl: `${DEAD_URL}/${provider}`, credentials });
  let missing = target - (await balanceOf(h.server, `deposit:${provider}`));
  while (missing > 0) {
    const step = Math.min(missing, ENTRY_LIMIT);
    await api(h.server, 'ledger:recordDepositTopUp', { requestId: `layout-${randomUUID()}`, provider, amount: String(step), source: 'bank' });
    missing -= step;
  }
}

async function expectNothingCut(screen: string, width: number, height: number): Promise<void> {
  await page.setViewportSize({ width, height });
  const cut = await overflowingTexts(page);
  await page.screenshot({ path: `test-results/layout-${screen}-${width}x${height}.png` });
  await screenshotWhole(page, `test-results/layout-${screen}-${width}x${height}-whole.png`);
  expect(cut, `${screen} at ${width}x${height}`).toEqual([]);
}

beforeAll(async () => {
  h = await startSelling();
  page = h.page;
  // One sale first (in Sandbox), so Home's last sales and Riwayat have a row and a detail to open.
  await chooseTopUp(page, { category: 'pulsa', number: '081234569001', productId: 'pulsa:telkomsel:10000' });
  await confirmSale(page);
  await page.getByTestId('sale-result').waitFor();
  for (const provider of ['mmbc', 'klikoo']) await liveDepositOf(provider, BIG_DEPOSIT);
  await api(h.server, 'ledger:recordOpeningCash', { requestId: `layout-${randomUUID()}`, amount: '875000000' });
});

afterAll(async () => {
  await h?.close();
});

describe('no text cut or sticking out at 1366x768 and 1280x720', () => {
  it.each(SIZES)('Home with deposits of Rp 2.091.650.000 at %ix%i', async (width, height) => {
    await page.keyboard.press('F1');
    await page.getByTestId('home').waitFor();
    await page.getByTestId('balance-provider-mmbc').filter({ hasText: '2.091.650.000' }).waitFor();
    await expectNothingCut('home', width, height);
    // Whole and on one line: a realistic deposit does not need the break a huge one may take.
    for (const id of ['balance-provider-mmbc', 'balance-provider-klikoo', 'today-drawer']) expect(await lineCount(page, id), id).toBe(1);
  });

  // No outlet can record Rp 999 trillion through the screens (entry limits), so the tiles are given
  // the largest balance an account may hold, as MoneyText renders it (a break allowed after each
  // thousands dot, renderer/src/components/common/money-parts.ts), to prove the layout holds it.
  it.each(SIZES)('Home tiles holding the largest balance an account may have at %ix%i', async (width, height) => {
    const largest = rupiahText(-ACCOUNT_BALANCE_LIMIT).split(/(?<=\.)/);
    await page.evaluate(`(() => {
      const parts = ${JSON.stringify(largest)};
      for (const id of ['balance-provider-mmbc', 'balance-cash-drawer', 'balance-held', 'today-drawer']) {
        const tile = document.querySelector('[data-testid="' + id + '"] .money-text');
        tile.replaceChildren(...parts.flatMap((part, i) => (i > 0 ? [document.createElement('wbr'), part] : [part])));
      }
    })()`);
    expect((await page.getByTestId('balance-provider-mmbc').textContent())?.replace(/\s/g, ' ')).toBe(largest.join('').replace(/\s/g, ' '));
    await expectNothingCut('home-largest', width, height);
  });

  it.each(SIZES)('Top-up with the product grid at %ix%i', async (width, height) => {
    await page.keyboard.press('F2');
    await page.getByTestId('view-topup').waitFor();
    await page.getByTestId('category-pulsa').click();
    await page.getByTestId('topup-phone').fill('081234569001');
    await page.getByTestId('product-pulsa:telkomsel:10000').waitFor();
    await expectNothingCut('topup', width, height);
  });

  it.each(SIZES)('Tagihan with a bill card shown at %ix%i', async (width, height) => {
    await page.keyboard.press('F3');
    await page.getByTestId('view-bills').waitFor();
    // Tri's bill comes from IAK, still in Sandbox (MMBC and Klikoo are Live, unreachable).
    await page.getByTestId('bill-search').fill('Pascabayar Tri');
    await page.getByTestId('bill-product-bill:hp_postpaid:tri').click();
    await page.getByTestId('bill-customer').fill('08991230000');
    await page.keyboard.press('Enter');
    await page.getByTestId('bill-inquiry').waitFor();
    await expectNothingCut('bills', width, height);
  });

  it.each(SIZES)('Riwayat with a sale\'s detail open at %ix%i', async (width, height) => {
    await page.keyboard.press('F5');
    await page.getByTestId('view-history').waitFor();
    await page.getByTestId('history-row').first().click();
    await page.getByTestId('history-detail').waitFor();
    await expectNothingCut('history', width, height);
  });

  // English dates ("1 Dec 2026, 07:35 WIB") and labels are longer: the list must still fit its box.
  it.each(SIZES)('Riwayat in English with a sale\'s detail open at %ix%i', async (width, height) => {
    await page.keyboard.press('F5');
    await page.getByTestId('view-history').waitFor();
    await page.getByTestId('locale-en').click();
    try {
      await page.getByTestId('history-row').first().click();
      await page.getByTestId('history-detail').waitFor();
      await expectNothingCut('history-en', width, height);
    } finally {
      await page.getByTestId('locale-id').click();
    }
  });

  it('logged no page errors', () => {
    expect(h.problems).toEqual([]);
  });
});
