import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { rupiahText, textOf } from './support/browser';
import { startSelling, type SellingHarness } from './support/selling-harness';
import { chooseTopUp, confirmSale, product, sales, slow } from './support/selling';

/**
 * Issue 12 items 7 and 8 on the counter, against the real core and the four sandbox price lists:
 * Tagihan (F3) opens with the most used bills first (PLN Pascabayar was missing), and Top-up shows
 * Indosat Freedom Internet 7GB 30 Hari once, priced from the cheaper provider, sold through it.
 */
let h: SellingHarness;
let page: Page;

const FREEDOM_7GB = 'data:indosat:indosat-freedom-internet-7gb-30-hari';
const ISAT = '085712340007';

beforeAll(async () => {
  h = await startSelling();
  page = h.page;
});

afterAll(async () => {
  await h?.close();
});

describe('catalogue on the counter', () => {
  it('Tagihan lists PLN Pascabayar, BPJS Kesehatan, then the PDAMs, Telkom/IndiHome and HP pascabayar before the rest', async () => {
    await page.keyboard.press('F3');
    await page.getByTestId('view-bills').waitFor();
    const names = page.getByTestId('bill-products').locator('button');
    await expect.poll(() => names.count(), slow).toBeGreaterThan(10);
    const shown = (await names.allTextContents()).map((n) => n.trim());
    expect(shown.slice(0, 2)).toEqual(['PLN Pascabayar', 'BPJS Kesehatan']);
    const at = (name: string): number => shown.indexOf(name);
    expect(at('PDAM Surya Sembada Kota Surabaya')).toBeGreaterThan(1);
    expect(at('PDAM Surya Sembada Kota Surabaya')).toBeLessThan(at('IndiHome'));
    expect(at('IndiHome')).toBeLessThan(at('Pascabayar Telkomsel'));
    expect(at('Pascabayar Telkomsel')).toBeLessThan(at('Biznet Home'));
    // Each real product once, in one casing.
    expect(shown.filter((n) => n.toLowerCase() === 'biznet home')).toEqual(['Biznet Home']);
    expect(shown.filter((n) => n === 'PDAM Surya Sembada Kota Surabaya')).toHaveLength(1);
    await page.getByTestId('bill-products').screenshot({ path: '/tmp/loket-e2e-bill-picker.png' });
  });

  it('Top-up shows Indosat Freedom Internet 7GB 30 Hari once at the cheaper provider\'s price and sells it through that provider', async () => {
    const freedom = await product(h.server, FREEDOM_7GB);
    expect(freedom.offers.map((o) => o.provider)).toEqual(['iak', 'mmbc']);
    await chooseTopUp(page, { category: 'data', number: ISAT, productId: FREEDOM_7GB });
    expect(await textOf(page, 'confirm-price')).toBe(rupiahText(freedom.price));
    await confirmSale(page);
    await page.getByTestId('sale-result').waitFor();
    await expect.poll(async () => (await sales(h.server, ISAT)).map((s) => [s.productId, s.price, s.provider]), slow).toEqual([
      [FREEDOM_7GB, freedom.price, 'iak'],
    ]);
    await page.getByTestId('sale-result-next').click();
    await page.getByTestId('topup-phone').fill(ISAT);
    const tiles = page.getByTestId('product-grid').locator('[data-testid^="product-data:"]', { hasText: 'Freedom Internet 7GB' });
    await expect.poll(() => tiles.count(), slow).toBe(1);
  });
});
