import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { textOf, watchForPageErrors } from './support/browser';
import { startSelling, type SellingHarness } from './support/selling-harness';
import { api, slow, type ApiProduct, type ApiSale } from './support/selling';

/**
 * Riwayat (issue 12 items 2, 3, 4, 11, 13) in a browser whose own locale is American English: the
 * dates still read Indonesian; a refused IAK sale reads Indonesian (IAK's English only in the
 * history line); a rerouted press (IAK refused, the next provider delivered) is one row with its
 * attempts in the detail, found by the refused attempt's ref; a refund paid reads as what
 * happened; the ref is copied whole; the totals row covers the whole filter.
 */
let h: SellingHarness;
let context: BrowserContext;
let page: Page;
let problems: string[];

const ENGLISH = /IAK:|FAILED|PROCESS|INCORRECT|MAXIMUM|SUCCESS/;

/** A Telkomsel pulsa product (the numbers below are 0812) IAK sells cheapest (routed there first) that another provider also sells: a refusal can be rerouted. */
async function iakFirstProduct(): Promise<ApiProduct> {
  const { products } = await api<{ products: ApiProduct[] }>(h.server, 'catalog:products', { category: 'pulsa' });
  const found = products.find((p) => {
    const active = p.offers.filter((o) => o.active).sort((a, b) => a.cost - b.cost);
    return p.operator === 'telkomsel' && p.available && active.length >= 2 && active[0]!.provider === 'iak';
  });
  if (!found) throw new Error('no pulsa product routed to IAK first with a second provider');
  return found;
}

async function sell(productId: string, customerNo: string, confirmDuplicate = false): Promise<ApiSale> {
  return api<ApiSale>(h.server, 'sales:start', { requestId: randomUUID(), productId, customerNo, ...(confirmDuplicate ? { confirmDuplicate } : {}) });
}

async function settled(id: number): Promise<ApiSale> {
  let sale = await api<ApiSale>(h.server, 'sales:get', { id });
  const deadline = Date.now() + slow.timeout;
  while (!['success', 'failed'].includes(sale.state) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 200));
    sale = await api<ApiSale>(h.server, 'sales:get', { id });
  }
  return sale;
}

async function openHistory(query = ''): Promise<void> {
  await page.keyboard.press('F5');
  await page.getByTestId('view-history').waitFor();
  await page.getByTestId('history-search').fill(query);
  await page.getByTestId('history-apply').click();
}

beforeAll(async () => {
  h = await startSelling();
  context = await h.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'en-US', timezoneId: 'America/New_York' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.server.origin });
  page = await context.newPage();
  problems = watchForPageErrors(page);
  await page.goto(h.server.url);
  await page.getByTestId('home').waitFor();
});

afterAll(async () => {
  await context?.close();
  await h?.close();
});

describe('Riwayat', () => {
  let rerouted: ApiSale;
  let refusedRef: string;

  it('shows a rerouted press as one row, its attempts in the detail, found by the refused attempt\'s ref', async () => {
    const product = await iakFirstProduct();
    const number = '081234560123';
    expect((await settled((await sell(product.id, number)).id)).state).toBe('success');
    // Same number and product again today: IAK refuses (rc 202), the engine tries the next provider.
    rerouted = await settled((await sell(product.id, number, true)).id);
    expect(rerouted.provider).not.toBe('iak');
    expect(rerouted.state).toBe('success');
    const detail = await api<{ attempts: { refId: string; provider: string; state: string }[] }>(h.server, 'sales:get', { id: rerouted.id });
    expect(detail.attempts.map((a) => a.provider)[0]).toBe('iak');
    refusedRef = detail.attempts[0]!.refId;

    await openHistory(number);
    await expect.poll(() => page.getByTestId('history-row').count(), slow).toBe(2);
    // No "Gagal" row for the refused attempt: both rows are the two presses, both delivered.
    expect(await page.getByTestId('history-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-state')))).toEqual(['success', 'success']);

    await page.getByTestId('history-search').fill(refusedRef);
    await page.getByTestId('history-apply').click();
    await expect.poll(() => page.getByTestId('history-row').count(), slow).toBe(1);
    expect(await page.getByTestId('history-row').getAttribute('data-ref')).toBe(rerouted.refId);
    await page.getByTestId('history-row').click();
    await page.getByTestId('history-detail-attempts').waitFor();
    const attempts = page.getByTestId('history-attempt');
    expect(await attempts.count()).toBe(2);
    expect(await attempts.nth(0).getAttribute('data-state')).toBe('failed');
    const refusedLine = (await attempts.nth(0).textContent()) ?? '';
    expect(refusedLine).toContain('IAK');
    expect(refusedLine).toContain(refusedRef);
    expect(refusedLine).not.toMatch(ENGLISH);
    expect(await attempts.nth(1).getAttribute('data-state')).toBe('success');
  });

  it('reads a refused IAK sale in Indonesian, names every field and step, and says what a refund paid was', async () => {
    const product = await iakFirstProduct();
    const failed = await settled((await sell(product.id, '081234569999')).id); // IAK: PROCESS, then FAILED
    expect(failed.state).toBe('failed');
    expect(failed.message).not.toMatch(ENGLISH);
    await api(h.server, 'sales:refund', { id: failed.id });

    await openHistory(failed.refId);
    await expect.poll(() => page.getByTestId('history-row').count(), slow).toBe(1);
    await page.getByTestId('history-row').click();
    await page.locator(`[data-testid="history-detail"][data-ref="${failed.refId}"]`).waitFor();
    expect(await textOf(page, 'history-detail-message')).not.toMatch(ENGLISH);
    const steps = await page.getByTestId('history-event-step').allTextContents();
    expect(steps.at(-1)).toBe('Uang dikembalikan ke pelanggan');
    expect(steps.join(' | ')).not.toMatch(/Gagal → Gagal/);
    const sources = await page.locator('[data-testid="history-event"] .source').allTextContents();
    expect(sources.join(' ')).not.toMatch(/\bcallback\b/);
    // IAK's own words are kept, but only in the history lines.
    const lines = await page.locator('[data-testid="history-event"] .what').allTextContents();
    expect(lines.join(' ')).toMatch(/penyedia: "/);
    await page.screenshot({ path: '/tmp/loket-e2e-history-detail.png' });
  });

  it('writes dates the Indonesian way in an English-locale browser, copies the whole ref and totals the whole filter', async () => {
    await openHistory('');
    await expect.poll(() => page.getByTestId('history-row').count(), slow).toBeGreaterThanOrEqual(3);
    const when = await page.locator('[data-testid="history-row"] td.when').first().textContent();
    // "30 Nov 2026, 23.59 WIB": Indonesian order and the outlet's zone, not "11/30/2026, 11:59 PM".
    expect((when ?? '').replace(/\s+/g, ' ').trim()).toMatch(/^\d{1,2} \w{3} \d{4}, \d{2}\.\d{2} WIB$/);

    const day = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    await page.getByTestId('history-from').fill(day);
    await expect.poll(() => textOf(page, 'history-from-text')).toMatch(/^(Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu), \d{1,2} \w+ \d{4}$/);

    const all = await api<{ sales: ApiSale[]; totals: { count: number; successCount: number; successPrice: number } }>(h.server, 'sales:list', { from: day });
    const successes = all.sales.filter((s) => s.state === 'success');
    await expect.poll(() => textOf(page, 'history-totals'), slow).toContain(`${all.totals.count} transaksi · ${successes.length} berhasil`);
    expect(all.totals.successPrice).toBe(successes.reduce((sum, s) => sum + s.price, 0));

    const firstRef = (await page.getByTestId('history-row').first().getAttribute('data-ref'))!;
    const refCell = page.getByTestId('history-ref').first();
    expect(await refCell.textContent()).toBe(firstRef);
    // Not cut: every ref is inside the list's visible box (a long one wraps, it is not clipped).
    const clipped = await page.getByTestId('history-ref').evaluateAll((els) =>
      els.filter((el) => {
        const box = el.closest('.list')!.getBoundingClientRect();
        const ref = el.getBoundingClientRect();
        return el.scrollWidth > el.clientWidth + 1 || ref.right > box.right + 1;
      }).length,
    );
    expect(clipped).toBe(0);
    await page.getByTestId('history-copy-ref').first().click();
    await expect.poll(async () => (await page.getByTestId('history-copy-ref').first().textContent())?.trim()).toBe('Disalin');
    // A string script: this project's Node typecheck has no DOM types.
    expect(await page.evaluate('navigator.clipboard.readText()')).toBe(firstRef);

    // Product names take at most two lines.
    const tooTall = await page.getByTestId('history-product').evaluateAll((els) =>
      els.filter((el) => {
        const style = el.ownerDocument.defaultView!.getComputedStyle(el);
        const line = Number.parseFloat(style.lineHeight) || 1.4 * Number.parseFloat(style.fontSize);
        return el.getBoundingClientRect().height > 2 * line + 1;
      }).length,
    );
    expect(tooTall).toBe(0);
    await page.screenshot({ path: '/tmp/loket-e2e-history-list.png' });
    expect(problems).toEqual([]);
  });
});
