import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { launchChromium, rupiahText, textOf, watchForPageErrors } from './support/browser';
import { freshDataDir, startHeadless, type Headless } from './support/headless';
import { startSelling, type SellingHarness } from './support/selling-harness';
import { api, chooseTopUp, confirmSale, sales, slow, type ApiSale } from './support/selling';
import { openLedger } from '../../electron/core/ledger';
import { insertSettledSales } from '../integration/exports/export-fixture';

/**
 * Laporan (F6) against the real core after sales made through the screens: the totals are the
 * ledger's and the sales table's, the breakdowns and movements agree with them, every amount is
 * whole at 1366x768 and 1280x720, the charts draw SVG bars under the strict CSP, the bundle holds
 * only the chart types used, and an export of the day finishes with its path and downloads.
 */
let h: SellingHarness;
let page: Page;

const TSEL_10K = 'pulsa:telkomsel:10000';
const TSEL_30K = 'pulsa:telkomsel:30000';
const DATA = 'data:telkomsel:telkomsel-data-flash-250mb-7-hari';
const SOLD = [
  { productId: TSEL_10K, category: 'pulsa', number: '081234560101' },
  { productId: TSEL_30K, category: 'pulsa', number: '081234560102' },
  { productId: DATA, category: 'data', number: '081234560103' },
];
const FAILS = { productId: TSEL_10K, category: 'pulsa', number: '081234569999' }; // fails at every provider
const VIEWPORTS = [
  { width: 1366, height: 768 },
  { width: 1280, height: 720 },
];

type Account = { code: string; provider: string | null; balance: number };
const balances = async () => (await api<{ accounts: Account[] }>(h.server, 'ledger:balances')).accounts;
const balance = (accounts: Account[], code: string) => accounts.find((a) => a.code === code)?.balance ?? 0;
const sum = (list: ApiSale[]) => list.reduce((total, s) => total + s.price, 0);

async function openReports(): Promise<void> {
  await page.keyboard.press('F6');
  await page.getByTestId('view-reports').waitFor();
  await page.getByTestId('report-totals').waitFor();
}

/** Amounts (and the tables holding them) that need more room than they have: clipped or scrolled away. */
function clippedAmounts(): Promise<string[]> {
  return page.evaluate<string[]>(`(() => {
    const bad = [];
    for (const el of document.querySelectorAll('[data-testid=view-reports] :is(.money, .figure, .scroll), main.content')) {
      if (el.scrollWidth > el.clientWidth) bad.push((el.className || el.tagName) + ': ' + el.textContent.trim().slice(0, 40));
    }
    return bad;
  })()`);
}

describe('Laporan', () => {
  beforeAll(async () => {
    h = await startSelling();
    page = h.page;
  });

  afterAll(async () => {
    await h?.close();
  });

  it('sells three top-ups and one that fails at every provider, through the Top-up screen', async () => {
    for (const sale of [...SOLD, FAILS]) {
      await chooseTopUp(page, sale);
      await confirmSale(page);
      await expect.poll(() => page.getByTestId('sale-result').getAttribute('data-state'), slow).toBe(sale === FAILS ? 'failed' : 'success');
    }
  });

  it('shows today\'s totals equal to what was sold: the sales table and the ledger agree with the screen', async () => {
    await openReports();
    const today = await sales(h.server);
    const success = today.filter((s) => s.state === 'success');
    const failed = today.filter((s) => s.state === 'failed');
    expect(success).toHaveLength(SOLD.length);
    expect(failed).toHaveLength(1);
    const accounts = await balances();
    const gross = balance(accounts, 'sales_revenue');
    const cost = balance(accounts, 'cost_of_sales');
    const commission = balance(accounts, 'commission_income');
    expect(gross).toBe(sum(success));

    await expect.poll(() => textOf(page, 'report-total-gross'), slow).toBe(rupiahText(gross));
    expect(await textOf(page, 'report-total-count')).toBe(String(success.length));
    expect(await textOf(page, 'report-total-cost')).toBe(rupiahText(cost));
    expect(await textOf(page, 'report-total-commission')).toBe(rupiahText(commission));
    expect(await textOf(page, 'report-total-margin')).toBe(rupiahText(gross - cost + commission));
    expect(await textOf(page, 'report-total-failed')).toBe('1');
    expect(await textOf(page, 'report-total-pending')).toBe('0');
    // The failed sale's money is owed back to the customer (not paid yet).
    expect(await textOf(page, 'report-total-refunds')).toBe(rupiahText(failed[0]!.price));

    // Per provider: each row is that provider's successful sales.
    for (const provider of new Set(success.map((s) => s.provider))) {
      const cell = page.getByTestId('breakdown-provider').locator(`[data-key="${provider}"] [data-col="gross"]`);
      expect((await cell.textContent())?.replace(/\s+/g, ' ').trim()).toBe(rupiahText(sum(success.filter((s) => s.provider === provider))));
    }
  });

  it('Mutasi deposit ends on each provider\'s ledger balance with the provider\'s own reading beside it; Kas on the drawer\'s', async () => {
    // Asking the providers their balance (the deposit check) records each reading for the report.
    const read = await api<{ balances: { provider: string; reportedBalance: number | null; ledgerBalance: number }[] }>(h.server, 'providers:balances');
    const accounts = await balances();
    await page.getByTestId('report-reload').click();
    await page.getByTestId('report-tab-deposits').click();
    for (const account of accounts.filter((a) => a.provider !== null)) {
      const card = page.getByTestId(`deposit-movements-${account.provider}`);
      expect((await card.getByTestId('deposit-closing').textContent())?.replace(/\s+/g, ' ').trim()).toBe(rupiahText(account.balance));
      const reading = read.balances.find((b) => b.provider === account.provider)!;
      const row = card.getByTestId('deposit-reported').last();
      await row.waitFor();
      expect((await row.locator('td').allTextContents()).slice(1).map((t) => t.replace(/\s+/g, ' ').trim())).toEqual([
        rupiahText(reading.reportedBalance!),
        rupiahText(reading.ledgerBalance),
        expect.stringContaining(rupiahText(Math.abs(reading.reportedBalance! - reading.ledgerBalance))),
      ]);
    }
    // Every sale moved a provider's deposit: at least as many movements as sales that reached a provider.
    expect(await page.getByTestId('deposit-movement').count()).toBeGreaterThanOrEqual(SOLD.length);
    await page.getByTestId('report-tab-cash').click();
    expect(await textOf(page, 'cash-closing')).toBe(rupiahText(balance(accounts, 'cash_drawer')));
    expect(await page.getByTestId('cash-movement').count()).toBeGreaterThanOrEqual(SOLD.length + 1);
  });

  it('keeps every amount whole (never clipped) at 1366x768 and 1280x720, on every tab and for a range', async () => {
    for (const viewport of VIEWPORTS) {
      await page.setViewportSize(viewport);
      await page.getByTestId('report-preset-today').click();
      for (const tab of ['breakdown', 'deposits', 'cash']) {
        await page.getByTestId(`report-tab-${tab}`).click();
        expect(await clippedAmounts(), `${viewport.width}px ${tab}`).toEqual([]);
      }
      await page.getByTestId('report-preset-last7').click();
      await page.getByTestId('report-tab-breakdown').click();
      await page.getByTestId('breakdown-day').waitFor();
      for (const tab of ['breakdown', 'deposits', 'cash']) {
        await page.getByTestId(`report-tab-${tab}`).click();
        expect(await clippedAmounts(), `${viewport.width}px 7 hari ${tab}`).toEqual([]);
      }
      await page.screenshot({ path: `/tmp/loket-e2e-reports-${viewport.width}.png` });
    }
    await page.getByTestId('report-preset-today').click();
  });

  it('draws the charts as SVG under the strict CSP: one bar per hour that sold', async () => {
    const { salesByHour } = await api<{ salesByHour: { hour: number; gross: number }[] }>(h.server, 'reports:charts', { day: await businessDay() });
    await page.getByTestId('report-tab-charts').click();
    // A bar is a filled SVG path with a height (an hour without sales is drawn flat).
    const hourBars = () =>
      page.evaluate<number>(`[...document.querySelectorAll('[data-testid=chart-by-hour] svg path[fill="#0d7a5f"]')].filter((p) => p.getBBox().height > 0.5).length`);
    await expect.poll(hourBars, slow).toBe(salesByHour.filter((hour) => hour.gross > 0).length);
    expect(await page.locator('[data-testid=chart-by-category] svg path[fill="#b45309"]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid=chart-trend] svg path[stroke="#0d7a5f"]').count()).toBeGreaterThan(0);
    // A tooltip is drawn inside the chart (rich text): hovering logs no CSP refusal.
    const box = await page.locator('[data-testid=chart-by-hour] svg').boundingBox();
    await page.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2);
    await page.screenshot({ path: '/tmp/loket-e2e-reports-charts.png' });
    expect(h.problems).toEqual([]);
  });

  it('the built renderer carries ECharts\' bar and line charts only, in the Laporan chunk', () => {
    const assets = resolve(__dirname, '../../out/renderer/assets');
    const scripts = readdirSync(assets).filter((f) => f.endsWith('.js')).map((f) => ({ name: f, text: readFileSync(join(assets, f), 'utf8'), bytes: statSync(join(assets, f)).size }));
    const withCharts = scripts.filter((s) => s.text.includes('series.bar'));
    expect(withCharts.map((s) => s.name)).toEqual([expect.stringMatching(/^ReportsView-/)]);
    const chunk = withCharts[0]!;
    const seriesTypes = [...new Set(chunk.text.match(/series\.[a-zA-Z]+(?=[`'"])/g))].sort();
    expect(seriesTypes).toEqual(['series.bar', 'series.line']);
    // Components never imported: maps/geo, zoom, visual maps, toolbox, timeline, polar.
    for (const unused of ['geo', 'dataZoom', 'visualMap', 'toolbox', 'timeline', 'polar', 'calendar']) {
      expect(chunk.text, unused).not.toMatch(new RegExp(`type=[\`'"]${unused}[\`'"]`));
    }
    // The whole of ECharts minified is over 1 MB; this chunk (ECharts core + the Laporan screens) is far below.
    expect(chunk.bytes).toBeLessThan(750_000);
  });

  it('exports the day to Excel: the job finishes with the file\'s path and downloads in the browser', async () => {
    await page.getByTestId('export-xlsx').click();
    const job = page.getByTestId('export-job');
    await expect.poll(() => job.getAttribute('data-state'), slow).toBe('done');
    const path = await textOf(page, 'export-path');
    const { files } = await api<{ files: { fileName: string; path: string }[] }>(h.server, 'exports:list');
    expect(files.map((f) => f.path)).toContain(path);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-download').click()]);
    const fileName = files.find((f) => f.path === path)!.fileName;
    expect(download.suggestedFilename()).toBe(fileName);
    // The downloaded bytes are the file on disk (xlsx = zip: "PK").
    expect(readFileSync((await download.path())!)).toEqual(readFileSync(path));
    expect(h.problems).toEqual([]);
  });
});


/**
 * A long export: 50.000 settled sales written straight into yesterday's rows of a fresh data dir
 * (the export helpers' volume fixture) before the core starts, so a range export runs for many
 * chunks. Only the export is looked at here: these rows have no ledger postings.
 */
describe('a long range export', () => {
  const VOLUME = 50_000;
  const data = freshDataDir();
  let server: Headless;
  let browser: Browser;
  let problems: string[];
  let longPage: Page;

  beforeAll(async () => {
    // Yesterday as the server counts business days (its clock and zone), not the test's own Date.now():
    // asked from a first start on the empty data dir, which then stops so the rows go in before the core opens.
    const first = await startHeadless(data.dir, { openShift: false });
    const today = (await api<{ businessDay: string }>(first, 'app:info')).businessDay;
    await first.stop();
    const yesterday = new Date(Date.parse(`${today}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    const db = await openLedger({ file: join(data.dir, 'loket.db'), backupDir: join(data.dir, 'backups') });
    insertSettledSales(db, VOLUME, yesterday, 'LKVOL');
    db.close();
    server = await startHeadless(data.dir, { openShift: false });
    browser = await launchChromium();
    longPage = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    problems = watchForPageErrors(longPage);
    await longPage.goto(server.url);
    // The counter (and its F-keys) appears once the core has said who is signed in.
    await longPage.getByTestId('home').waitFor();
    await longPage.keyboard.press('F6');
    await longPage.getByTestId('view-reports').waitFor();
    await longPage.getByTestId('report-preset-last7').click();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    data.remove();
  });

  const jobState = () => longPage.getByTestId('export-job').getAttribute('data-state');
  const progressDone = async () => Number(await longPage.getByTestId('export-progress').getAttribute('value', { timeout: 2_000 }).catch(() => -1));

  it('shows the rows written of the rows to write while an Excel export of 7 days runs, and the screen stays usable', async () => {
    await longPage.getByTestId('export-xlsx').click();
    await expect.poll(jobState, slow).toBe('running');
    expect(await textOf(longPage, 'export-progress-text')).toMatch(/ dari 50\.000 baris$/);
    await expect.poll(progressDone, slow).toBeGreaterThan(0);
    // While it runs, the rest of Laporan answers: switching tabs and the range works.
    await longPage.getByTestId('report-tab-cash').click();
    await longPage.getByTestId('cash-movements').waitFor();
    expect(await longPage.getByTestId('export-xlsx').isDisabled()).toBe(true);
    await expect.poll(jobState, { ...slow, timeout: 120_000 }).toBe('done');
    const path = await textOf(longPage, 'export-path');
    const { files } = await api<{ files: { path: string; bytes: number }[] }>(server, 'exports:list');
    expect(files.map((f) => f.path)).toEqual([path]);
    await longPage.getByTestId('export-dismiss').click();
  });

  it('Batal stops a running range export: cancelled in the core\'s words, no file left', async () => {
    await longPage.getByTestId('export-xlsx').click();
    await expect.poll(progressDone, slow).toBeGreaterThan(0);
    await longPage.getByTestId('export-cancel').click();
    await expect.poll(jobState, slow).toBe('cancelled');
    expect(await textOf(longPage, 'export-job')).toMatch(/dibatalkan/i);
    const { files } = await api<{ files: { fileName: string }[] }>(server, 'exports:list');
    expect(files).toHaveLength(1);
    // Nothing half-written either: the export folder holds the one finished file only.
    const folder = (await api<{ folder: string }>(server, 'exports:settings')).folder;
    expect(readdirSync(folder)).toEqual([files[0]!.fileName]);
    // The screen can export again.
    expect(await longPage.getByTestId('export-xlsx').isDisabled()).toBe(false);
    expect(problems).toEqual([]);
  });
});

async function businessDay(): Promise<string> {
  return (await api<{ businessDay: string }>(h.server, 'app:info')).businessDay;
}
