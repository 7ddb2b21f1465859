import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startSelling, type SellingHarness } from './support/selling-harness';
import { OWNER_NAME, OWNER_PIN } from './support/headless';
import { signInOnScreen } from './support/sign-in';
import { api, chooseTopUp, confirmSale, sales, slow } from './support/selling';
import { overflowingTexts, screenshotWhole } from './support/overflow';

/**
 * Backup now + restore round trip on the real headless core: the owner sells a pulsa, makes a backup
 * in Settings › Cadangan, sells a second one, restores the backup from the list after the warning,
 * signs in again (the core re-opened: nobody is signed in) and History holds exactly the first sale.
 */
let h: SellingHarness;
let page: Page;

const PULSA = 'pulsa:telkomsel:10000';
const FIRST = '081234567101';
const SECOND = '081234567102';

beforeAll(async () => {
  h = await startSelling();
  page = h.page;
});

afterAll(async () => {
  await h?.close();
});

async function sellPulsa(number: string): Promise<void> {
  await chooseTopUp(page, { category: 'pulsa', number, productId: PULSA });
  await confirmSale(page);
  await expect.poll(() => page.getByTestId('sale-result').getAttribute('data-state'), slow).toBe('success');
  await page.getByTestId('sale-result-next').click();
}

describe('Backups', () => {
  it('restores a backup made between two sales: after signing in again History shows only the first', async () => {
    await sellPulsa(FIRST);

    await page.keyboard.press('F7');
    await page.getByTestId('backup-settings').waitFor();
    await page.getByTestId('backup-create').click();
    await page.getByTestId('backup-notice').waitFor();
    const manual = page.getByTestId('backup-row').filter({ has: page.getByTestId('backup-reason').filter({ hasText: 'Dibuat manual' }) });
    await expect.poll(() => manual.count(), slow).toBe(1);
    const backupName = await manual.getAttribute('data-name');
    expect(backupName).toMatch(/^loket-.*-manual\.db$/);
    await page.getByTestId('backup-settings').screenshot({ path: '/tmp/loket-e2e-backups.png' });

    await sellPulsa(SECOND);
    expect((await sales(h.server)).map((s) => s.customerNo).sort()).toEqual([FIRST, SECOND]);

    await page.keyboard.press('F7');
    await page.locator(`[data-testid="backup-row"][data-name="${backupName}"]`).getByTestId('backup-restore').click();
    await page.getByTestId('confirm-dialog').waitFor();
    expect(await page.getByTestId('backup-restore-warning').textContent()).toMatch(/disimpan di folder cadangan.*semua pengguna harus masuk lagi/s);
    await page.getByTestId('confirm-ok').click();

    // The core re-opened on the backup: the page reloads and asks who is there.
    await signInOnScreen(page, OWNER_NAME, OWNER_PIN);
    await page.keyboard.press('F5');
    await page.getByTestId('view-history').waitFor();
    await expect.poll(() => page.getByTestId('history-row').count(), slow).toBe(1);
    expect(await page.getByTestId('history-row').first().textContent()).toContain(FIRST);
    expect((await sales(h.server)).map((s) => s.customerNo)).toEqual([FIRST]);

    // The books from before the restore were kept aside, listed as such.
    const { backups } = await api<{ backups: { reason: string }[] }>(h.server, 'backups:list');
    expect(backups.filter((b) => b.reason === 'before-restore')).toHaveLength(1);
    expect(h.problems).toEqual([]);
  });

  it('names the data folder (as the core has it) and says an uninstall leaves it, with the version', async () => {
    await page.keyboard.press('F7');
    const line = page.getByTestId('backup-data-folder');
    await line.waitFor();
    const { dataDir, version } = await api<{ dataDir: string; version: string }>(h.server, 'app:info');
    expect(await line.textContent()).toContain(dataDir);
    expect(await line.textContent()).toContain(`Folder data Loket ${version}`);
    expect(await line.textContent()).toContain('tidak ikut terhapus saat Loket di-uninstall');
    expect(await page.getByTestId('backup-data-folder-path').textContent()).toBe(dataDir);
    await page.getByTestId('backup-data-folder-copy').click();
    await expect.poll(() => page.getByTestId('backup-data-folder-copy').textContent()).toContain('Disalin');
    // Readable whole at the counter's screen sizes: a long profile path wraps inside the card.
    for (const [width, height] of [[1366, 768], [1280, 720]] as const) {
      await page.setViewportSize({ width, height });
      expect(await overflowingTexts(page), `Pengaturan at ${width}x${height}`).toEqual([]);
      await screenshotWhole(page, `test-results/settings-${width}x${height}.png`);
    }
  });
});
