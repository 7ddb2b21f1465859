import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, watchForPageErrors } from './support/browser';
import { addCashier, freshDataDir, OWNER_NAME, signInOwner, startHeadless, type Headless } from './support/headless';
import { api, slow } from './support/selling';

/**
 * Log audit on screen, against the real headless core: the owner changes a markup, a cashier
 * (signed in on the same session through the API) tries the same and is refused; the owner's
 * Log audit page shows both, newest first, with who, the result badge, before → after and the
 * JSON behind "Rincian"; the result filter narrows the list.
 */
describe('Log audit (owner page)', () => {
  const data = freshDataDir();
  let server: Headless;
  let browser: Browser;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    server = await startHeadless(data.dir, { openShift: false });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    problems = watchForPageErrors(page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    data.remove();
  });

  it('shows the owner change and the refused cashier try, and filters by result', async () => {
    const rules = await api<{ rules: { category: string; markup: number }[] }>(server, 'catalog:markupRules');
    const before = rules.rules.find((r) => r.category === 'pulsa')!.markup;
    await api(server, 'catalog:setMarkup', { category: 'pulsa', markup: String(before + 777) });
    const cashierId = await addCashier(server, 'Kasir Audit', '482915');
    await api(server, 'auth:signIn', { userId: cashierId, pin: '482915' });
    const refused = (await server.call('catalog:setMarkup', { category: 'pulsa', markup: '1' })) as { ok: boolean };
    expect(refused.ok).toBe(false);
    await signInOwner(server);

    await page.goto(server.url);
    await page.getByTestId('home').waitFor();
    await page.getByTestId('nav-audit').click();
    await page.getByTestId('view-audit').waitFor();
    const markupRows = page.locator('[data-testid="audit-row"][data-action="catalog:setMarkup"]');
    await expect.poll(() => markupRows.count(), slow).toBe(2);

    const newest = markupRows.nth(0);
    expect(await newest.getAttribute('data-outcome')).toBe('refused');
    expect(await newest.textContent()).toMatch(/Kasir Audit.*mengubah harga jual.*Ditolak.*Hanya pemilik/s);
    const done = markupRows.nth(1);
    expect(await done.textContent()).toMatch(new RegExp(`${OWNER_NAME}.*Berhasil.*markup:\\s*${before}\\s*→\\s*${before + 777}`, 's'));
    await done.getByTestId('audit-toggle').click();
    expect(await page.getByTestId('audit-json').textContent()).toContain(`"markup": ${before + 777}`);

    await page.getByTestId('audit-outcome').selectOption('refused');
    await expect.poll(async () => (await page.locator('[data-testid="audit-row"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-outcome')))).every((o) => o === 'refused'), slow).toBe(true);
    expect(await page.locator('[data-testid="audit-row"][data-action="catalog:setMarkup"]').count()).toBe(1);
    expect(problems).toEqual([]);
  });
});
