import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { decodeEscPos, textRows } from '../support/escpos-decoder';
import { startFakeNetworkPrinter, type FakeNetworkPrinter } from '../support/fake-network-printer';
import { textOf } from './support/browser';
import { startSelling, type SellingHarness } from './support/selling-harness';
import { api, chooseTopUp, confirmSale, sales, slow } from './support/selling';

/**
 * Receipts against the real headless core and a fake network printer (TCP on 127.0.0.1) set up in
 * Settings › Struk & printer: the test page, a pulsa's preview and print (the printer's bytes read
 * back carry the transaction number), a reprint from History marked DUPLIKAT, a printer switched
 * off (the reason on screen, the sale still a success) and the retry once it is back, auto-print.
 */
let h: SellingHarness;
let page: Page;
let printer: FakeNetworkPrinter;

const PULSA = 'pulsa:telkomsel:10000';

beforeAll(async () => {
  printer = await startFakeNetworkPrinter();
  h = await startSelling();
  page = h.page;
});

afterAll(async () => {
  await h?.close();
  await printer?.close();
});

async function sellPulsa(number: string): Promise<string> {
  await chooseTopUp(page, { category: 'pulsa', number, productId: PULSA });
  await confirmSale(page);
  await expect.poll(() => page.getByTestId('sale-result').getAttribute('data-state'), slow).toBe('success');
  return textOf(page, 'sale-result-ref');
}

const previewText = async () => (await page.getByTestId('receipt-row').allTextContents()).map((r) => r.trim());

describe('Receipts', () => {
  it('sets the printer in Settings, saves it and prints the test page', async () => {
    await page.keyboard.press('F7');
    await page.getByTestId('receipt-settings').waitFor();
    // Headless mode has no OS printers: the option says it is only in the desktop app and cannot be chosen.
    await page.getByTestId('receipt-os-unavailable').waitFor();
    expect(await textOf(page, 'receipt-os-unavailable')).toBe('Printer sistem hanya tersedia di aplikasi desktop.');
    expect(await page.getByTestId('receipt-kind-os').isDisabled()).toBe(true);
    expect((await page.getByTestId('receipt-kind-os').textContent())?.trim()).toBe('Printer sistem (hanya di aplikasi desktop)');
    await page.getByTestId('receipt-port').fill('0');
    await page.getByTestId('receipt-save').click();
    await expect.poll(() => textOf(page, 'receipt-settings-error'), slow).toMatch(/Port printer harus angka 1 sampai 65535/);

    await page.getByTestId('receipt-host').fill('127.0.0.1');
    await page.getByTestId('receipt-port').fill(String(printer.port));
    // The outlet's name is edited in one place, Profil outlet, and the receipt prints it.
    await expect.poll(() => page.getByTestId('outlet-profile-name').inputValue(), slow).not.toBe('');
    await page.getByTestId('outlet-profile-name').fill('Konter Maju Jaya');
    await page.getByTestId('outlet-profile-save').click();
    await page.getByTestId('outlet-profile-saved').waitFor();
    // Auto-print is on by default once a printer is set: switched off here to print by hand first.
    await page.getByTestId('receipt-auto-print').uncheck();
    await page.getByTestId('receipt-save').click();
    await page.getByTestId('receipt-settings-saved').waitFor();
    expect(await api(h.server, 'receipts:settings')).toMatchObject({ printer: { kind: 'network', host: '127.0.0.1', port: printer.port }, autoPrint: false, outlet: { name: 'Konter Maju Jaya' } });

    await page.getByTestId('receipt-test').click();
    await expect.poll(() => textOf(page, 'receipt-test-result'), slow).toBe(`Halaman tes terkirim ke 127.0.0.1:${printer.port}.`);
    expect(textRows(decodeEscPos(await printer.nextJob()))).toContain('TES PRINTER');
  });

  it('sells a pulsa, shows the receipt preview, and prints it: the printer gets the transaction number', async () => {
    const ref = await sellPulsa('081234570001');
    await page.getByTestId('receipt-preview').waitFor();
    const rows = await previewText();
    expect(rows).toEqual(expect.arrayContaining(['Konter Maju Jaya', 'PEMBELIAN PULSA']));
    expect(rows.join('\n')).toContain(ref);
    expect(rows.join('\n')).not.toContain('DUPLIKAT');
    expect(rows.every((row) => row.length <= 32)).toBe(true);

    await page.getByTestId('receipt-print').click();
    await page.getByTestId('receipt-printed').waitFor();
    const job = decodeEscPos(await printer.nextJob());
    expect(textRows(job).join('\n')).toContain(ref);
    expect(job.qrPayloads).toEqual([ref]);
    expect(job.cuts).toBe(1);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('receipt-pdf').click()]);
    expect(download.suggestedFilename()).toBe(`struk-${ref}.pdf`);
    const pdf = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of pdf) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('reprints from History: the preview and the paper say DUPLIKAT', async () => {
    await page.keyboard.press('F5');
    await page.getByTestId('view-history').waitFor();
    await page.getByTestId('history-search').fill('081234570001');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('history-row').count(), slow).toBe(1);
    await page.getByTestId('history-row').first().click();
    await page.getByTestId('history-detail').getByTestId('receipt-preview').waitFor();
    await expect.poll(async () => (await previewText()).includes('*** DUPLIKAT ***'), slow).toBe(true);
    await page.getByTestId('receipt-print').click();
    await page.getByTestId('receipt-printed').waitFor();
    expect(textRows(decodeEscPos(await printer.nextJob()))).toEqual(expect.arrayContaining(['*** DUPLIKAT ***', 'Cetak ulang ke-1']));
    await page.screenshot({ path: '/tmp/loket-e2e-receipts.png' });
  });

  it('a printer that is off: the reason on screen, the sale still a success; Cetak ulang prints once it is back', async () => {
    const port = printer.port;
    await printer.close();
    const ref = await sellPulsa('081234570002');
    await page.getByTestId('receipt-print').click();
    await expect.poll(() => textOf(page, 'receipt-print-failed'), slow).toMatch(new RegExp(`Printer 127\\.0\\.0\\.1:${port} menolak sambungan`));
    expect(await page.getByTestId('sale-result').getAttribute('data-state')).toBe('success');
    expect((await sales(h.server, '081234570002')).map((s) => [s.refId, s.state])).toEqual([[ref, 'success']]);
    expect(await textOf(page, 'receipt-print')).toBe('Cetak ulang');

    printer = await startFakeNetworkPrinter(port);
    await page.getByTestId('receipt-print').click();
    await page.getByTestId('receipt-printed').waitFor();
    const rows = textRows(decodeEscPos(await printer.nextJob()));
    expect(rows.join('\n')).toContain(ref);
    expect(rows).not.toContain('*** DUPLIKAT ***');
  });

  it('auto-prints after a success once switched on', async () => {
    await api(h.server, 'receipts:setSettings', { autoPrint: true });
    await page.getByTestId('sale-result-next').click();
    const ref = await sellPulsa('081234570003');
    await page.getByTestId('receipt-printed').waitFor();
    expect(textRows(decodeEscPos(await printer.nextJob())).join('\n')).toContain(ref);
    expect(h.problems).toEqual([]);
  });
});
