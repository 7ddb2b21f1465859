import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { countAppearances, launchChromium, rupiahText, textOf, watchForPageErrors } from './support/browser';
import { freshDataDir, OWNER_NAME, startHeadless, type Headless } from './support/headless';
import { api, balanceOf, chooseTopUp, confirmSale, recordOpeningCash, sales, waitForProducts, type ApiSale } from './support/selling';
import { clippedAmounts } from './support/amounts';

/**
 * Buka/tutup kasir and the day close through the screens, against the real core on a counter
 * started closed: selling is blocked (screen and core) until a shift opens; the float is counted
 * per denomination; the close shows the core's expected cash, the difference and the sales carried
 * over, needs a reason for a difference, and ends on the closing report; the day close is refused
 * while a shift is open and then shows the recap.
 */
const data = freshDataDir();
let server: Headless;
let browser: Browser;
let page: Page;
let problems: string[];
let pendingSale: ApiSale;

const poll = { timeout: 20_000, interval: 50 };
const OPENING_CASH = 1_000_000;
const PULSA = 'pulsa:telkomsel:10000';
const TSEL = '081234560001';
const IAK_STAYS_PENDING = '081234566666';

type Current = { current: { shift: { id: number; cashier: string; openingFloat: number }; expectedCash: number } | null };
type ShiftRow = { id: number; cashier: string; closedAt: number | null; countedCash: number | null; difference: number | null; differenceReason: string | null };

const current = () => api<Current>(server, 'shifts:current');

beforeAll(async () => {
  server = await startHeadless(data.dir, { openShift: false });
  await recordOpeningCash(server, OPENING_CASH);
  await waitForProducts(server, 'pulsa');
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
  problems = watchForPageErrors(page);
  await page.goto(server.url);
  await page.getByTestId('home').waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  data.remove();
});

describe('shifts and the day close', () => {
  it('starts closed: the header says so, Top-up and Tagihan show "Kasir belum dibuka", and the core refuses a sale', async () => {
    expect((await current()).current).toBeNull();
    await expect.poll(() => textOf(page, 'header-shift'), poll).toBe('Kasir belum dibuka');
    await page.keyboard.press('F2');
    await page.getByTestId('shift-closed').waitFor();
    expect(await textOf(page, 'shift-closed')).toContain('Kasir belum dibuka');
    expect(await page.getByTestId('topup-phone').count()).toBe(0);
    expect(await page.locator('[data-product-id]').count()).toBe(0);
    await page.keyboard.press('F3');
    await page.getByTestId('shift-closed').waitFor();
    expect(await page.getByTestId('bill-customer').count()).toBe(0);

    const refused = (await server.call('sales:start', { requestId: randomUUID(), productId: PULSA, customerNo: TSEL })) as { ok: boolean; error?: { message: string } };
    expect(refused.ok).toBe(false);
    expect(refused.error?.message).toMatch(/kasir/i);
    expect(await sales(server)).toEqual([]);
  });

  it('opens the counter from Top-up: cashier, float counted per denomination with a live sum, confirmation', async () => {
    await page.keyboard.press('F2');
    await page.getByTestId('shift-open-action').click();
    // The shift opens in the signed-in user's name: shown, not typed.
    expect(await page.getByTestId('open-cashier').inputValue()).toBe(OWNER_NAME);
    expect(await page.getByTestId('open-cashier').getAttribute('readonly')).not.toBeNull();
    await page.getByTestId('open-float-mode-pieces').check();
    await page.getByTestId('open-float-pieces-100000').fill('9');
    await page.getByTestId('open-float-pieces-50000').fill('1');
    expect(await textOf(page, 'open-float-total')).toBe('Rp 950.000');
    await page.getByTestId('open-float-pieces-10000').fill('5');
    expect(await textOf(page, 'open-float-total')).toBe('Rp 1.000.000');

    // Esc in the confirmation opens nothing.
    await page.getByTestId('open-float-pieces-10000').press('Enter');
    await page.getByTestId('confirm-dialog').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('confirm-dialog').waitFor({ state: 'detached' });
    expect((await current()).current).toBeNull();

    await page.getByTestId('open-shift-submit').click();
    await page.getByTestId('confirm-dialog').waitFor();
    expect(await textOf(page, 'confirm-cashier')).toBe(OWNER_NAME);
    expect(await textOf(page, 'confirm-float')).toBe('Rp 1.000.000');
    await page.keyboard.press('Enter');
    await page.getByTestId('topup-phone').waitFor();
    expect(await textOf(page, 'header-shift-cashier')).toBe(OWNER_NAME);
    const opened = (await current()).current;
    expect(opened?.shift).toMatchObject({ cashier: OWNER_NAME, openingFloat: OPENING_CASH });
  });

  it('sells once the counter is open', async () => {
    await chooseTopUp(page, { category: 'pulsa', number: TSEL, productId: PULSA });
    await confirmSale(page);
    await expect.poll(async () => (await sales(server, TSEL)).map((s) => s.state), poll).toEqual(['success']);
    // IAK keeps this one in process: it is carried over at the close.
    pendingSale = await api<ApiSale>(server, 'sales:start', { requestId: randomUUID(), productId: PULSA, customerNo: IAK_STAYS_PENDING });
    expect(pendingSale.state).not.toBe('success');
  });

  it('refuses a time zone change in Settings while the counter is open, in the core\'s words', async () => {
    await page.keyboard.press('F7');
    await page.getByTestId('outlet-settings').waitFor();
    await page.getByTestId('outlet-time-zone').selectOption('Asia/Makassar');
    await page.getByTestId('outlet-time-zone-save').click();
    await page.getByTestId('outlet-time-zone-message').waitFor();
    expect(await textOf(page, 'outlet-time-zone-message')).toBe('Tutup kasir dulu sebelum mengganti zona waktu.');
    expect(await api<{ timeZone: string }>(server, 'app:info')).toMatchObject({ timeZone: 'Asia/Jakarta' });
    await page.getByTestId('outlet-time-zone').selectOption('Asia/Jakarta');
  });

  it('closes with a counted difference: the core\'s preview, a required reason, confirmation, the report on screen', async () => {
    const before = (await current()).current!;
    let counted = before.expectedCash - 5_000;
    await page.getByTestId('header-shift').click();
    await page.getByTestId('view-shift').waitFor();
    await page.getByTestId('close-count-amount').fill(String(counted));
    await page.getByTestId('close-check').click();
    await page.getByTestId('close-preview').waitFor();
    expect(await textOf(page, 'close-expected')).toBe(rupiahText(before.expectedCash));
    expect(await textOf(page, 'close-counted')).toBe(rupiahText(counted));
    expect(await page.getByTestId('close-difference').getAttribute('data-tone')).toBe('short');
    expect(await textOf(page, 'close-difference')).toContain(rupiahText(-5_000));
    expect(await textOf(page, 'carried-over')).toContain(pendingSale.refId);

    const dialogs = await countAppearances(page, 'confirm-dialog');
    await page.getByTestId('close-submit').click();
    await page.getByTestId('close-reason-error').waitFor();
    expect(await dialogs()).toBe(0);
    expect((await current()).current).not.toBeNull();

    await page.getByTestId('close-reason').fill('kembalian salah ke pelanggan');
    await page.getByTestId('close-submit').click();
    await page.getByTestId('confirm-dialog').waitFor();
    expect(await textOf(page, 'confirm-difference')).toBe(rupiahText(-5_000));
    // The owner puts Rp 2.000 in the drawer while the dialog is up: the close carries the previewed
    // figure, the core refuses it, and the screen shows the drawer as it is now.
    await recordOpeningCash(server, 2_000);
    await page.keyboard.press('Enter');
    await page.getByTestId('close-error').waitFor();
    expect(await textOf(page, 'close-error')).toBe(
      `Catatan kas berubah sejak diperiksa (${rupiahText(before.expectedCash)} -> ${rupiahText(before.expectedCash + 2_000)}). Periksa lagi.`,
    );
    await expect.poll(() => textOf(page, 'close-expected'), poll).toBe(rupiahText(before.expectedCash + 2_000));
    expect(await textOf(page, 'close-difference')).toContain(rupiahText(-7_000));
    expect((await current()).current).not.toBeNull();
    // Counted again with the owner's coins: the same Rp 5.000 short.
    counted += 2_000;
    await page.getByTestId('close-count-amount').fill(String(counted));
    await page.getByTestId('close-check').click();
    await page.getByTestId('close-preview').waitFor();
    await page.getByTestId('close-submit').click();
    await page.getByTestId('confirm-dialog').waitFor();
    expect(await textOf(page, 'confirm-difference')).toBe(rupiahText(-5_000));
    await page.keyboard.press('Enter');
    await page.getByTestId('shift-report').waitFor();
    expect(await textOf(page, 'shift-report-cashier')).toBe(OWNER_NAME);
    expect(await textOf(page, 'shift-report-counted')).toBe(rupiahText(counted));
    expect(await textOf(page, 'shift-report-difference')).toBe(rupiahText(-5_000));
    expect(await textOf(page, 'shift-report-reason')).toContain('kembalian salah ke pelanggan');
    expect(await textOf(page, 'shift-report-success')).toBe('1');
    expect(await textOf(page, 'carried-over')).toContain(pendingSale.refId);
    expect(await page.getByTestId('shift-report-cash-row').count()).toBeGreaterThan(0);
    await expect.poll(() => textOf(page, 'header-shift'), poll).toBe('Kasir belum dibuka');

    // The core recorded it: the shift with its count and reason, the drawer now holds what was counted.
    const { shifts } = await api<{ shifts: ShiftRow[] }>(server, 'shifts:list');
    expect(shifts.find((s) => s.id === before.shift.id)).toMatchObject({ countedCash: counted, difference: -5_000, differenceReason: 'kembalian salah ke pelanggan' });
    expect(await balanceOf(server, 'cash_drawer')).toBe(counted);
    expect(await clippedAmounts(page, 'dd[data-testid^="shift-report-"], [data-testid="shift-report-cash-row"] td')).toEqual([]);
    await page.screenshot({ path: '/tmp/loket-e2e-shift.png', fullPage: true });
  });

  it('prints the closing report (the printer\'s reason when there is none) and downloads it as a PDF', async () => {
    await page.getByTestId('shift-report-print').click();
    await page.getByTestId('shift-report-message').waitFor();
    expect((await textOf(page, 'shift-report-message')).length).toBeGreaterThan(0);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('shift-report-pdf').click()]);
    const path = await download.path();
    expect(readFileSync(path).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await page.getByTestId('shift-report-done').click();
    await page.getByTestId('open-shift-form').waitFor();
  });

  it('opens with a float that differs from the records: the difference shown, its cause and reason asked, repeated in the confirmation', async () => {
    const drawer = await balanceOf(server, 'cash_drawer');
    const float = drawer + 10_000;
    await page.getByTestId('open-float-amount').fill(String(float));
    await page.getByTestId('open-shift-submit').click();
    await page.getByTestId('open-difference').waitFor();
    expect(await textOf(page, 'open-difference')).toBe(`Catatan ${rupiahText(drawer)}, dihitung ${rupiahText(float)}, selisih +${rupiahText(10_000)}.`);
    // No cause chosen: asked for, nothing opened.
    await page.getByTestId('open-shift-submit').click();
    expect(await textOf(page, 'open-difference-error')).toBe('Pilih penyebab selisih.');
    expect(await page.getByTestId('confirm-dialog').count()).toBe(0);
    await page.getByTestId('open-cause-owner_float').check();
    await page.getByTestId('open-reason').fill('Pemilik menambah uang kembalian');
    await page.getByTestId('open-shift-submit').click();
    await page.getByTestId('confirm-dialog').waitFor();
    expect(await textOf(page, 'confirm-float')).toBe(rupiahText(float));
    expect(await textOf(page, 'confirm-expected')).toBe(rupiahText(drawer));
    expect(await textOf(page, 'confirm-difference')).toBe(`+${rupiahText(10_000)}`);
    expect(await textOf(page, 'confirm-cause')).toContain('Uang modal pemilik');
    expect(await textOf(page, 'confirm-reason')).toBe('Pemilik menambah uang kembalian');
    await page.keyboard.press('Enter');
    await expect.poll(() => textOf(page, 'header-shift-cashier'), poll).toBe(OWNER_NAME);
    expect((await current()).current?.shift).toMatchObject({ cashier: OWNER_NAME, openingFloat: float, openingCause: 'owner_float', openingReason: 'Pemilik menambah uang kembalian' });
    expect(await balanceOf(server, 'cash_drawer')).toBe(float);
  });

  it('refuses the day close while a shift is open (the core\'s message), then closes the day with its recap', async () => {
    await page.getByTestId('day-close').waitFor();
    await expect.poll(() => page.getByTestId('day-close-open-shifts').count(), poll).toBe(1);
    await page.getByTestId('day-close-action').click();
    await page.getByTestId('confirm-dialog').waitFor();
    await page.keyboard.press('Enter');
    await page.getByTestId('day-close-error').waitFor();
    expect((await textOf(page, 'day-close-error')).length).toBeGreaterThan(0);
    const status = await api<{ closed: boolean; openShifts: number }>(server, 'day:status');
    expect(status).toMatchObject({ closed: false, openShifts: 1 });

    const open = (await current()).current!;
    await api(server, 'shifts:close', { requestId: randomUUID(), counted: { amount: String(open.expectedCash) }, expectedCash: open.expectedCash });
    // shifts:changed reaches the page: the warning goes without a reload.
    await expect.poll(() => page.getByTestId('day-close-open-shifts').count(), poll).toBe(0);
    await page.getByTestId('day-close-action').click();
    await page.getByTestId('confirm-dialog').waitFor();
    await page.keyboard.press('Enter');
    await page.getByTestId('day-close-done').waitFor();
    expect(await page.getByTestId('day-close-error').count()).toBe(0);
    expect(await textOf(page, 'day-close-status')).toMatch(/^Ditutup /);
    expect(await textOf(page, 'day-close-success')).toBe('1');
    expect(await textOf(page, 'day-close-difference')).toBe(rupiahText(-5_000));
    expect((await api<{ closed: boolean }>(server, 'day:status')).closed).toBe(true);
    expect(await clippedAmounts(page, 'dd[data-testid^="day-close-"]')).toEqual([]);
    await page.screenshot({ path: '/tmp/loket-e2e-day-close.png', fullPage: true });

    // No automatic export (off): the panel offers the day's export through the export channels.
    expect(await page.getByTestId('day-close-export').count()).toBe(0);
    await page.getByTestId('day-close-export-action').click();
    await expect.poll(() => page.getByTestId('day-close-export-file').count(), poll).toBe(1);
    const saved = await textOf(page, 'day-close-export-file');
    expect(saved).toMatch(/^Ekspor tersimpan: .+\.xlsx$/);
    const { files } = await api<{ files: { path: string }[] }>(server, 'exports:list');
    expect(files.map((f) => f.path)).toContain(saved.replace('Ekspor tersimpan: ', ''));
    expect(problems).toEqual([]);
  });
});
