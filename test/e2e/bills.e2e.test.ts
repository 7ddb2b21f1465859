import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { rupiahText, textOf } from './support/browser';
import { startSelling, type SellingHarness } from './support/selling-harness';
import { balanceOf, confirmSale, product, sales, slow } from './support/selling';

/**
 * PLN token with its meter inquiry (Top-up) and postpaid bills (Tagihan, F3) against the real
 * core and the IAK simulator's documented test numbers (providers.md 2.6: last four digits
 * `0<rc>` fail at inquiry, `1<rc>` fail at payment). Every refusal must reach the cashier in
 * Indonesian.
 */
let h: SellingHarness;
let page: Page;

const HP_TRI = 'bill:hp_postpaid:tri'; // IAK HPTHREE
const TOKEN = 'pln_token:pln:20000';

beforeAll(async () => {
  h = await startSelling();
  page = h.page;
});

afterAll(async () => {
  await h?.close();
});

const resultState = () => page.getByTestId('sale-result').getAttribute('data-state');

async function openBills(): Promise<void> {
  await page.keyboard.press('F3');
  await page.getByTestId('view-bills').waitFor();
}

/** Tagihan: search "tri", pick Pascabayar Tri, type the number, Enter = inquire. */
async function inquire(number: string): Promise<void> {
  await openBills();
  await page.getByTestId('bill-search').fill('Pascabayar Tri');
  await page.getByTestId(`bill-product-${HP_TRI}`).click();
  expect(await page.locator(':focus').getAttribute('data-testid')).toBe('bill-customer');
  await page.getByTestId('bill-customer').fill(number);
  await page.keyboard.press('Enter');
}

/** Enter on the focused "Bayar", Enter in the confirmation. */
async function pay(): Promise<void> {
  await page.getByTestId('bill-inquiry').waitFor();
  await expect.poll(() => page.evaluate<string | null>('document.activeElement?.getAttribute("data-testid") ?? null')).toBe('bill-pay');
  await page.keyboard.press('Enter');
  await page.getByTestId('confirm-dialog').waitFor();
  await confirmSale(page);
  await page.getByTestId('sale-result').waitFor();
}

describe('PLN token and bills', () => {
  it('reads the PLN meter owner before offering tokens, then sells a token shown grouped 4-4-4-4-4', async () => {
    const token = await product(h.server, TOKEN);
    await page.keyboard.press('F2');
    await page.keyboard.press('Alt+4');
    expect(await page.getByTestId('product-grid').count()).toBe(0);
    await page.getByTestId('topup-meter').fill('12345678901');
    await page.keyboard.press('Enter');
    await page.getByTestId('pln-inquiry').waitFor();
    expect(await textOf(page, 'pln-name')).toBe('Sintya Oktaviani');
    expect(await textOf(page, 'pln-tariff')).toMatch(/^R1 \/ 1300/);
    await page.getByTestId(`product-${TOKEN}`).click();
    await page.getByTestId('confirm-dialog').waitFor();
    expect(await textOf(page, 'confirm-name')).toBe('Sintya Oktaviani');
    expect(await textOf(page, 'confirm-price')).toBe(rupiahText(token.price));
    await confirmSale(page);
    await expect.poll(resultState, slow).toBe('success');
    const sold = (await sales(h.server, '12345678901')).find((s) => s.productId === TOKEN)!;
    expect(sold.token).toMatch(/^\d{4}-\d{4}-\d{4}-\d{4}-\d{4}$/);
    expect(await textOf(page, 'sale-result-token')).toBe(sold.token);
    expect(await textOf(page, 'sale-result-name')).toBe('Sintya Oktaviani');
  });

  it('pays the HPTHREE sample bill 08991230000: inquiry card, fee, what the customer pays, paid exactly that', async () => {
    const fee = (await product(h.server, HP_TRI)).price;
    const cashBefore = await balanceOf(h.server, 'cash_drawer');
    await inquire('08991230000');
    await page.getByTestId('bill-inquiry').waitFor();
    expect(await textOf(page, 'bill-customer-name')).toBe('INTAN NUR AZIZA');
    expect(await page.getByTestId('bill-period').count()).toBe(1);
    expect(await textOf(page, 'bill-total')).toBe('Rp 55.000');
    expect(await textOf(page, 'bill-fee')).toBe(rupiahText(fee));
    expect(await textOf(page, 'bill-customer-pays')).toBe(rupiahText(55_000 + fee));
    expect(await textOf(page, 'bill-expires')).toMatch(/^Berlaku sampai \d{2}\.\d{2}$/);
    await page.screenshot({ path: '/tmp/loket-e2e-bills.png' });
    await pay();
    await expect.poll(resultState, slow).toBe('success');
    expect(await textOf(page, 'sale-result-price')).toBe(rupiahText(55_000 + fee));
    const paid = (await sales(h.server, '08991230000')).find((s) => s.productId === HP_TRI)!;
    expect(paid).toMatchObject({ state: 'success', price: 55_000 + fee, provider: 'iak' });
    expect(await balanceOf(h.server, 'cash_drawer')).toBe(cashBefore + 55_000 + fee);
  });

  it('shows the bill lines of a paid bill in History', async () => {
    await page.keyboard.press('F5');
    await page.getByTestId('history-search').fill('08991230000');
    await page.keyboard.press('Enter');
    await page.getByTestId('history-row').first().click();
    await page.getByTestId('history-detail-bill').waitFor();
    expect(await textOf(page, 'history-detail-bill')).toContain('Rp 55.000');
  });

  // QA of issue 12: IAK sends 8 months as period "202604,202611"; every month must show, with the count.
  it('an 8-month PLN bill (530000000999) shows every month on the card, in the confirmation and in History', async () => {
    const monthName = /^(Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) \d{4}$/;
    await openBills();
    await page.getByTestId('bill-search').fill('PLN Pascabayar');
    await page.getByTestId('bill-product-bill:pln_postpaid').click();
    await page.getByTestId('bill-customer').fill('530000000999');
    await page.keyboard.press('Enter');
    await page.getByTestId('bill-inquiry').waitFor();
    const rows = (await page.getByTestId('bill-period').locator('td.period').allTextContents()).map((r) => r.trim());
    expect(rows).toHaveLength(8);
    for (const row of rows) expect(row).toMatch(monthName);
    expect(new Set(rows).size).toBe(8);
    expect(await textOf(page, 'bill-period-heading')).toBe('Periode (8 bln)');
    await page.keyboard.press('Enter');
    await page.getByTestId('confirm-dialog').waitFor();
    const confirmMonths = (await page.getByTestId('confirm-periods').innerText()).split('\n').map((m) => m.trim()).filter(Boolean);
    expect(confirmMonths).toEqual(rows);
    await confirmSale(page);
    await page.getByTestId('sale-result').waitFor();
    await expect.poll(resultState, slow).toBe('success');

    await page.keyboard.press('F5');
    await page.getByTestId('history-search').fill('530000000999');
    await page.keyboard.press('Enter');
    await page.getByTestId('history-row').first().click();
    await page.getByTestId('history-detail-bill').waitFor();
    const billText = await page.getByTestId('history-detail-bill').innerText();
    for (const month of rows) expect(billText).toContain(month);
    expect(billText).not.toMatch(/\d{6},\d{6}/);
    // Periode once in the list (every month), the provider's raw fields only in the collapsed section.
    expect((await page.getByTestId('history-detail-periode').innerText()).split('\n').filter(Boolean)).toEqual(rows);
    expect(await page.getByTestId('history-detail-period').count()).toBe(0);
    expect(await page.getByTestId('history-provider-data').getAttribute('open')).toBeNull();
  });

  it.each([
    ['08991230001', 'already paid (01)', /sudah (di|ter)bayar|lunas/i],
    ['08991230014', 'wrong number (14)', /nomor.*(salah|tidak (valid|ditemukan|terdaftar))/i],
    ['08991230103', 'biller timeout (103)', /(waktu habis|tidak menjawab|batas waktu|coba lagi|gangguan)/i],
  ])('refuses the inquiry of %s (%s) with an Indonesian message and no card', async (number, _case, message) => {
    await inquire(number);
    await page.getByTestId('bill-error').waitFor({ timeout: slow.timeout });
    expect(await textOf(page, 'bill-error')).toMatch(message);
    expect(await page.getByTestId('bill-inquiry').count()).toBe(0);
    expect(await sales(h.server, number)).toHaveLength(0);
  });

  it.each([
    ['08991231037', 'payment failed (37)', /gagal/i],
    ['08991231105', 'biller error (105)', /(gangguan|kesalahan|gagal)/i],
  ])('shows GAGAL with an Indonesian message when paying %s (%s) fails, and the cash goes back', async (number, _case, message) => {
    const cashBefore = await balanceOf(h.server, 'cash_drawer');
    await inquire(number);
    await pay();
    await expect.poll(resultState, slow).toBe('failed');
    expect(await textOf(page, 'sale-result-message')).toMatch(message);
    const cashAfterFailure = await balanceOf(h.server, 'cash_drawer');
    await page.getByTestId('sale-result-refund').click();
    // Money leaves the drawer: the amount is confirmed first, and Batal records nothing.
    expect(await textOf(page, 'refund-confirm-amount')).toMatch(/^Rp\s?[\d.]+$/);
    await page.getByTestId('confirm-cancel').click();
    expect(await balanceOf(h.server, 'cash_drawer')).toBe(cashAfterFailure);
    await page.getByTestId('sale-result-refund').click();
    await page.getByTestId('confirm-ok').click();
    await page.getByTestId('sale-result-refunded').waitFor();
    expect(await balanceOf(h.server, 'cash_drawer')).toBe(cashBefore);
  });

  it('shows SEDANG DIPROSES for a pending payment (08991231039) until IAK confirms it', async () => {
    await inquire('08991231039');
    await pay();
    expect(await resultState()).toBe('pending');
    expect(await textOf(page, 'sale-result-headline')).toBe('SEDANG DIPROSES — jangan ulangi transaksi, simpan ref');
    await expect.poll(resultState, slow).toBe('success');
  });

  it('logged no page errors', () => {
    expect(h.problems).toEqual([]);
  });
});
