import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { countAppearances, rupiahText, textOf } from './support/browser';
import { startSelling, type SellingHarness } from './support/selling-harness';
import { api, product, slow } from './support/selling';

/**
 * Settings › Harga jual against the real core (Sandbox, start-up price sync awaited): the Pulsa
 * markup changed by keyboard through a confirmation moves the Top-up price (cost + markup); a
 * product's own price is set, shown in Top-up and removed; a price below cost and a markup "abc"
 * are refused with the core's message and nothing changes.
 */
let h: SellingHarness;
let page: Page;

const TSEL = '081234560001';
const PULSA = 'pulsa:telkomsel:10000';

beforeAll(async () => {
  h = await startSelling();
  page = h.page;
});

afterAll(async () => {
  await h?.close();
});

async function pulsaMarkup(): Promise<number> {
  const { rules } = await api<{ rules: { category: string; markup: number }[] }>(h.server, 'catalog:markupRules');
  return rules.find((r) => r.category === 'pulsa')!.markup;
}

async function openSettings(): Promise<void> {
  await page.keyboard.press('F7');
  await page.getByTestId('markup-pulsa-current').waitFor();
}

/** The price on the Top-up grid's card of Pulsa Telkomsel 10.000 for a Telkomsel number. */
async function expectTopUpPrice(amount: number): Promise<void> {
  await page.keyboard.press('F2');
  await page.getByTestId('view-topup').waitFor();
  await page.getByTestId('category-pulsa').click();
  await page.getByTestId('topup-phone').fill(TSEL);
  const card = page.getByTestId(`product-${PULSA}`).getByTestId('product-price');
  await expect.poll(async () => ((await card.textContent()) ?? '').replace(/\s+/g, ' ').trim(), slow).toBe(rupiahText(amount));
}

function row() {
  return page.getByTestId(`price-row-${PULSA}`);
}

async function rowText(testId: string): Promise<string> {
  return ((await row().getByTestId(testId).textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

async function findPulsaRow(): Promise<void> {
  await page.getByTestId('prices-category').selectOption('pulsa');
  await page.getByTestId('prices-search').fill('');
  await page.getByTestId('prices-search').focus();
  await page.keyboard.type('Telkomsel 10.000');
  await row().waitFor();
}

describe('Harga jual', () => {
  it('changes the Pulsa markup by keyboard with a confirmation; Top-up sells at cost + markup', async () => {
    const before = await product(h.server, PULSA);
    expect(before.price).toBe(before.cost + (await pulsaMarkup()));
    await openSettings();
    expect(await textOf(page, 'markup-pulsa-current')).toBe(rupiahText(await pulsaMarkup()));
    await page.getByTestId('markup-pulsa-input').focus();
    await page.keyboard.type('3.750');
    await page.keyboard.press('Enter');
    await page.getByTestId('confirm-dialog').waitFor();
    expect(await textOf(page, 'confirm-amount')).toBe(rupiahText(3750));
    await page.keyboard.press('Enter');
    await page.getByTestId('confirm-dialog').waitFor({ state: 'detached' });
    await expect.poll(() => textOf(page, 'markup-pulsa-current'), slow).toBe(rupiahText(3750));
    expect(await pulsaMarkup()).toBe(3750);
    expect(await page.evaluate<string | null>('document.activeElement?.getAttribute("data-testid") ?? null')).toBe('markup-pulsa-input');
    const after = await product(h.server, PULSA);
    expect(after.price).toBe(after.cost + 3750);
    await expectTopUpPrice(after.cost + 3750);
  });

  it('sets a product\'s own price, shows it in Top-up, and removes it', async () => {
    const { cost } = await product(h.server, PULSA);
    const own = cost + 4_200;
    await openSettings();
    await findPulsaRow();
    expect(await rowText('price-cost')).toBe(rupiahText(cost));
    expect(await rowText('price-current')).toBe(rupiahText(cost + 3750));
    await row().getByTestId('price-override-input').focus();
    await page.keyboard.type(String(own));
    await page.keyboard.press('Enter');
    await expect.poll(() => rowText('price-current'), slow).toBe(rupiahText(own));
    expect(await rowText('price-margin')).toBe(rupiahText(own - cost));
    expect((await product(h.server, PULSA)).price).toBe(own);
    await expectTopUpPrice(own);

    await openSettings();
    await findPulsaRow();
    await row().getByTestId('price-override-remove').click();
    await expect.poll(() => rowText('price-current'), slow).toBe(rupiahText(cost + 3750));
    expect((await product(h.server, PULSA)).price).toBe(cost + 3750);
    await expectTopUpPrice(cost + 3750);
  });

  it('refuses a price below cost with the core\'s message and changes nothing', async () => {
    const before = await product(h.server, PULSA);
    await openSettings();
    await findPulsaRow();
    await row().getByTestId('price-override-input').focus();
    await page.keyboard.type(String(before.cost - 1));
    await page.keyboard.press('Enter');
    await expect.poll(() => rowText('price-error'), slow).toBe(
      `Harga jual ${rupiahText(before.cost - 1)} di bawah harga modal ${rupiahText(before.cost)} untuk Pulsa Telkomsel 10.000.`,
    );
    expect(await row().getByTestId('price-override-input').getAttribute('aria-invalid')).toBe('true');
    expect(await rowText('price-current')).toBe(rupiahText(before.price));
    expect(await product(h.server, PULSA)).toEqual(before);
    await expectTopUpPrice(before.price);
  });

  it('refuses a markup "abc" under the field before any confirmation; the markup stays', async () => {
    await openSettings();
    const dialogs = await countAppearances(page, 'confirm-dialog');
    await page.getByTestId('markup-pulsa-input').focus();
    await page.keyboard.type('abc');
    await page.keyboard.press('Enter');
    await expect.poll(() => textOf(page, 'markup-pulsa-error'), slow).toMatch(/^Nominal "abc" tidak valid/);
    expect(await page.getByTestId('markup-pulsa-input').getAttribute('aria-invalid')).toBe('true');
    expect(await dialogs()).toBe(0);
    expect(await pulsaMarkup()).toBe(3750);
    expect(await textOf(page, 'markup-pulsa-current')).toBe(rupiahText(3750));
    await page.getByTestId('price-settings').screenshot({ path: '/tmp/loket-e2e-prices.png' });
    expect(h.problems).toEqual([]);
  });

  it('rounds the Pulsa prices up to Rp 1.000 from the select: the price list and the Top-up card show it, an example says what it does', async () => {
    const { cost } = await product(h.server, PULSA);
    const rounded = Math.ceil((cost + 3750) / 1000) * 1000;
    expect(rounded).toBeGreaterThan(cost + 3750);
    await openSettings();
    // No example under "Tanpa pembulatan": nothing changes there.
    expect(await page.getByTestId('rounding-pulsa-example').count()).toBe(0);
    await page.getByTestId('rounding-pulsa-select').selectOption('1000');
    await expect.poll(() => textOf(page, 'rounding-saved'), slow).toBe('Harga Pulsa sekarang: Ke atas ke Rp 1.000.');
    expect(await textOf(page, 'rounding-pulsa-example')).toBe(`Contoh: ${rupiahText(7375)} jadi ${rupiahText(8000)}`);
    const { rules } = await api<{ rules: { category: string; rounding: number }[] }>(h.server, 'catalog:markupRules');
    expect(rules.find((r) => r.category === 'pulsa')?.rounding).toBe(1000);
    await findPulsaRow();
    await expect.poll(() => rowText('price-current'), slow).toBe(rupiahText(rounded));
    expect((await product(h.server, PULSA)).price).toBe(rounded);
    await page.getByTestId('rounding-rules').screenshot({ path: '/tmp/loket-e2e-rounding.png' });
    await expectTopUpPrice(rounded);
    expect(h.problems).toEqual([]);
  });
});
