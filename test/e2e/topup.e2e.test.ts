import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { countAppearances, rupiahText, textOf } from './support/browser';
import { startSelling, type SellingHarness } from './support/selling-harness';
import { addCashier, OWNER_NAME, OWNER_PIN } from './support/headless';
import { switchUserOnScreen } from './support/sign-in';
import { api, balanceOf, chooseTopUp, confirmSale, product, sales, slow, type ApiProduct } from './support/selling';

/**
 * Top-up (F2) against the real core and the Sandbox simulators: a pulsa and a data package sold
 * by keyboard, the repeat-sale guard, the operator badge and mismatch warning (an Axis pulsa to a
 * Telkomsel number sold only once confirmed, and not rerouted when refused), owner view, recent
 * and favourite numbers, and History's record of each sale.
 */
let h: SellingHarness;
let page: Page;

const TSEL = '081234560001';
const PULSA = 'pulsa:telkomsel:10000';
const DATA = 'data:telkomsel:telkomsel-data-flash-250mb-7-hari';

beforeAll(async () => {
  h = await startSelling();
  page = h.page;
});

afterAll(async () => {
  await h?.close();
});

async function expectResult(state: string): Promise<void> {
  await expect.poll(() => page.getByTestId('sale-result').getAttribute('data-state'), slow).toBe(state);
}

describe('Top-up', () => {
  it('sells a Telkomsel pulsa by keyboard: operator badge, confirmation, BERHASIL with the SN, cash in the drawer', async () => {
    const pulsa = await product(h.server, PULSA);
    const cashBefore = await balanceOf(h.server, 'cash_drawer');
    await page.keyboard.press('F2');
    await page.getByTestId('view-topup').waitFor();
    expect(await page.locator(':focus').getAttribute('data-testid')).toBe('topup-phone');
    await page.keyboard.type(TSEL);
    await expect.poll(() => textOf(page, 'topup-phone-operator'), slow).toBe('Telkomsel');
    // Enter in the number goes to the grid; the detected operator's products come first.
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate<string | null>('document.activeElement?.getAttribute("data-product-id") ?? null'), slow).toMatch(/^pulsa:telkomsel:/);
    await page.getByTestId(`product-${PULSA}`).focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('confirm-dialog').waitFor();
    expect(await textOf(page, 'confirm-product')).toBe('Pulsa Telkomsel 10.000');
    expect(await textOf(page, 'confirm-number')).toBe(TSEL);
    expect(await textOf(page, 'confirm-price')).toBe(rupiahText(pulsa.price));
    await confirmSale(page);
    await page.getByTestId('sale-result').waitFor();
    await expectResult('success');
    expect(await textOf(page, 'sale-result-headline')).toBe('BERHASIL');
    expect(await textOf(page, 'sale-result-serial')).toMatch(/^\d{10,}$/);
    expect(await balanceOf(h.server, 'cash_drawer')).toBe(cashBefore + pulsa.price);
    const sold = (await sales(h.server, TSEL)).filter((s) => s.productId === PULSA);
    expect(sold.map((s) => [s.state, s.price])).toEqual([['success', pulsa.price]]);
    expect(await textOf(page, 'sale-result-ref')).toBe(sold[0]!.refId);
    await expect.poll(() => textOf(page, 'pending-count'), slow).toBe('0');
  });

  it('sells a data package from the Paket data tab', async () => {
    const pkg = await product(h.server, DATA);
    await page.getByTestId('sale-result-next').click();
    await page.keyboard.press('Alt+2');
    await page.getByTestId('topup-phone').fill('081234560002');
    await page.getByTestId(`product-${DATA}`).click();
    await page.getByTestId('confirm-dialog').waitFor();
    expect(await textOf(page, 'confirm-price')).toBe(rupiahText(pkg.price));
    await confirmSale(page);
    await expectResult('success');
    expect(await textOf(page, 'sale-result-product')).toBe(pkg.name);
    const sold = await sales(h.server, '081234560002');
    expect(sold.map((s) => [s.productId, s.state])).toEqual([[DATA, 'success']]);
  });

  it('asks before selling the same pulsa to the same number again, and sells once more only when confirmed', async () => {
    const before = (await sales(h.server, TSEL)).filter((s) => s.productId === PULSA && s.state === 'success').length;
    await chooseTopUp(page, { category: 'pulsa', number: TSEL, productId: PULSA });
    await page.keyboard.press('Enter');
    await page.getByTestId('sale-guard-needs_confirmation').waitFor();
    expect(await textOf(page, 'sale-guard-message')).toMatch(/^Pulsa Telkomsel 10\.000 ke 081234560001 (?:baru saja dijual|sudah dijual \d+ menit lalu) \(BERHASIL, Rp 12\.300\)\. Yakin pelanggan ingin membeli lagi\?$/);
    expect(await textOf(page, 'confirm-ok')).toContain('Ya, jual lagi');
    // Nothing was sold by the question itself.
    expect((await sales(h.server, TSEL)).filter((s) => s.productId === PULSA && s.state === 'success')).toHaveLength(before);
    await confirmSale(page);
    await expectResult('success');
    expect((await sales(h.server, TSEL)).filter((s) => s.productId === PULSA && s.state === 'success')).toHaveLength(before + 1);
    await page.screenshot({ path: '/tmp/loket-e2e-topup.png' });
  });

  it('cancels with Esc and sells nothing; warns when the chosen operator is not the number\'s', async () => {
    const count = (await sales(h.server)).length;
    await page.getByTestId('sale-result-next').click();
    await page.keyboard.press('Alt+1');
    await page.getByTestId('topup-phone').fill('081234560003');
    await expect.poll(() => textOf(page, 'topup-phone-operator'), slow).toBe('Telkomsel');
    await page.getByTestId('topup-operator').selectOption('indosat');
    await page.locator('[data-product-id^="pulsa:indosat:"]').first().click();
    await page.getByTestId('confirm-dialog').waitFor();
    expect(await textOf(page, 'sale-warning')).toBe('Nomor ini terdeteksi Telkomsel, tetapi produk untuk Indosat. Periksa lagi sebelum menjual.');
    await page.keyboard.press('Escape');
    await page.getByTestId('confirm-dialog').waitFor({ state: 'detached' });
    expect((await sales(h.server)).length).toBe(count);
    await page.getByTestId('topup-operator').selectOption('');
  });

  it('sells an Axis pulsa to a Telkomsel number only after the cashier confirms the warning; the refusal is not tried elsewhere', async () => {
    const number = '081234560021';
    const { products } = await api<{ products: ApiProduct[] }>(h.server, 'catalog:products', { category: 'pulsa', operator: 'axis' });
    // One that more than one provider sells, first at a provider that checks the operator (IAK, MMBC).
    const axis = products.find((p) => p.offers.filter((o) => o.active).length > 1 && ['iak', 'mmbc'].includes(p.offers[0]!.provider))!;
    expect(axis).toBeDefined();
    // The core refuses it without the cashier's confirmation, whatever the screen does.
    const refused = (await h.server.call('sales:start', { requestId: 'e2e-mismatch-unconfirmed', productId: axis.id, customerNo: number })) as {
      ok: boolean;
      error?: { code: string; message: string };
    };
    expect(refused).toMatchObject({ ok: false, error: { code: 'operator_mismatch' } });
    expect(refused.error?.message).toMatch(/adalah nomor Telkomsel.*Axis/);
    expect(await sales(h.server, number)).toEqual([]);

    await page.getByTestId('topup-phone').fill(number);
    await expect.poll(() => textOf(page, 'topup-phone-operator'), slow).toBe('Telkomsel');
    await page.getByTestId('topup-operator').selectOption('axis');
    await page.getByTestId(`product-${axis.id}`).click();
    await page.getByTestId('confirm-dialog').waitFor();
    expect(await textOf(page, 'sale-warning')).toBe('Nomor ini terdeteksi Telkomsel, tetapi produk untuk Axis. Periksa lagi sebelum menjual.');
    expect(await textOf(page, 'confirm-ok')).toContain('Ya, tetap jual ke nomor ini');
    await confirmSale(page);
    await expectResult('failed');
    const sold = await sales(h.server, number);
    expect(sold.map((s) => [s.productId, s.provider, s.state, s.refund])).toEqual([[axis.id, axis.offers[0]!.provider, 'failed', 'due']]);
    const detail = await api<{ details: Record<string, unknown> }>(h.server, 'sales:get', { id: sold[0]!.id });
    expect(detail.details.catatan).toBe('Operator berbeda dikonfirmasi kasir: nomor Telkomsel, produk Axis');
    await page.getByTestId('sale-result-refund').click();
    // Money leaves the drawer: the refund is confirmed first (RefundButton).
    await page.getByTestId('confirm-ok').click();
    await page.getByTestId('sale-result-refunded').waitFor();
    await page.getByTestId('topup-operator').selectOption('');
  });

  it('shows cost and margin to the owner only, never to a cashier', async () => {
    const pulsa = await product(h.server, PULSA);
    const card = page.getByTestId(`product-${PULSA}`);
    expect((await card.getByTestId('product-owner').textContent())?.replace(/\s+/g, ' ').trim()).toBe(
      `Modal ${rupiahText(pulsa.cost)} · Untung ${rupiahText(pulsa.margin)}`,
    );
    await addCashier(h.server, 'Kasir Topup', '1357');
    await switchUserOnScreen(page, 'Kasir Topup', '1357');
    await card.waitFor();
    expect(await card.getByTestId('product-owner').count()).toBe(0);
    await switchUserOnScreen(page, OWNER_NAME, OWNER_PIN);
    await card.getByTestId('product-owner').waitFor();
  });

  it('lists recent numbers, picks one, and keeps a favourite through the core', async () => {
    await page.getByTestId(`number-pick-${TSEL}`).click();
    expect(await page.getByTestId('topup-phone').inputValue()).toBe(TSEL);
    await page.getByTestId(`number-star-${TSEL}`).click();
    await page.getByTestId('favourite-number').filter({ hasText: TSEL }).waitFor();
    const { numbers } = await api<{ numbers: { customerNo: string; favourite: boolean }[] }>(h.server, 'sales:recentNumbers');
    expect(numbers.find((n) => n.customerNo === TSEL)?.favourite).toBe(true);
  });

  it('finds the sales in History (F5) by number and status, with every state change', async () => {
    await page.keyboard.press('F5');
    await page.getByTestId('view-history').waitFor();
    await page.getByTestId('history-search').fill(TSEL);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('history-row').count(), slow).toBe(
      (await sales(h.server, TSEL)).length,
    );
    await page.getByTestId('history-state').selectOption('success');
    await expect.poll(async () => new Set(await page.getByTestId('history-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-state')))), slow).toEqual(new Set(['success']));
    await page.getByTestId('history-row').first().click();
    await page.getByTestId('history-detail').waitFor();
    const events = await page.getByTestId('history-event').allTextContents();
    expect(events.length).toBeGreaterThanOrEqual(3);
    expect(events.join('\n')).toMatch(/Dicatat/);
    expect(events.at(-1)).toMatch(/→ Berhasil/);
    await page.screenshot({ path: '/tmp/loket-e2e-history.png' });
  });

  it('sells a GoPay top-up with the account holder\'s name in the confirmation', async () => {
    const number = '081234560011';
    const wallet = 'ewallet:gopay:50000';
    const { customerName } = await api<{ customerName: string | null }>(h.server, 'ewallet:inquire', { productId: wallet, customerNo: number });
    await page.keyboard.press('F2');
    await page.keyboard.press('Alt+3');
    await page.getByTestId('topup-phone').fill(number);
    await page.getByTestId('wallet-gopay').click();
    expect(new Set(await page.locator('[data-product-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-product-id')?.split(':')[1])))).toEqual(new Set(['gopay']));
    await page.getByTestId(`product-${wallet}`).click();
    await page.getByTestId('confirm-dialog').waitFor();
    await expect.poll(() => textOf(page, 'confirm-name'), slow).toBe(customerName ?? '—');
    await confirmSale(page);
    await expect.poll(() => page.getByTestId('sale-result').getAttribute('data-state'), slow).toBe('success');
    expect((await sales(h.server, number)).map((s) => [s.productId, s.state])).toEqual([[wallet, 'success']]);
  });

  it('syncs the price lists from Top-up with progress in the header', async () => {
    type Status = { providers: { provider: string; running: boolean; lastSyncAt: number | null }[] };
    const before = await api<Status>(h.server, 'catalog:syncStatus');
    const appeared = await countAppearances(page, 'sync-indicator');
    await page.keyboard.press('F2');
    await page.getByTestId('sync-prices').click();
    await expect.poll(async () => {
      const now = await api<Status>(h.server, 'catalog:syncStatus');
      return now.providers.every((p) => !p.running && (p.lastSyncAt ?? 0) > Math.max(...before.providers.map((b) => b.lastSyncAt ?? 0)));
    }, slow).toBe(true);
    expect(await appeared()).toBeGreaterThan(0);
    await page.getByTestId('sync-indicator').waitFor({ state: 'detached', timeout: slow.timeout });
    expect(await textOf(page, 'sync-last')).toBe('Harga terakhir disinkron sekarang');
    expect(await page.getByTestId('sync-prices').isEnabled()).toBe(true);
  });

  it('shows the PLN token whole, wrapping only between its groups, and the tariff as the inquiry card wrote it', async () => {
    const token = 'pln_token:pln:20000';
    await page.keyboard.press('F2');
    await page.keyboard.press('Alt+4');
    await page.getByTestId('topup-meter').fill('12345678901');
    await page.keyboard.press('Enter');
    await page.getByTestId('pln-inquiry').waitFor();
    const inquiryTariff = await textOf(page, 'pln-tariff');
    expect(inquiryTariff).toBe('R1 / 1300 VA');
    await page.getByTestId(`product-${token}`).click();
    await page.getByTestId('confirm-dialog').waitFor();
    await confirmSale(page);
    await expectResult('success');
    const sold = (await sales(h.server, '12345678901')).find((s) => s.productId === token && s.state === 'success')!;
    expect(await page.getByTestId('sale-result-token').textContent()).toBe(sold.token);
    expect(await textOf(page, 'sale-result-tariff')).toBe(inquiryTariff);
    // Each "4553-" group is one unbroken box inside the token's box, at both counter widths.
    const groupBoxes = `(() => {
      const box = document.querySelector('[data-testid="sale-result-token"]').getBoundingClientRect();
      return [...document.querySelectorAll('[data-testid="sale-result-token-group"]')].map((g) => {
        const rects = g.getClientRects();
        const r = g.getBoundingClientRect();
        return { text: g.textContent, lines: rects.length, inside: r.left >= box.left && r.right <= box.right };
      });
    })()`;
    const groups = sold.token!.split('-').map((digits, i, all) => (i < all.length - 1 ? `${digits}-` : digits));
    for (const width of [1366, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      expect(await page.evaluate(groupBoxes)).toEqual(groups.map((text) => ({ text, lines: 1, inside: true })));
      await page.getByTestId('sale-result').screenshot({ path: `test-results/pln-result-${width}.png` });
    }
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.getByTestId('sale-result-next').click();
  });

  it('logged no page errors', () => {
    expect(h.problems).toEqual([]);
  });
});
