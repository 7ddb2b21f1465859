import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MIN_PAGE_MICRONS, printHtmlSilently, RECEIPT_DPI } from '../../../../electron/main/printing/html-print';
import * as fake from '../../../fakes/electron';

vi.mock('electron', () => import('../../../fakes/electron'));

const HTML = '<!DOCTYPE html><html><body><main class="receipt">Struk #1 &amp; 100%</main></body></html>';

/** Sets up every webContents the code creates (the hidden print window's) before it is used. */
function onNewContents(setup: (contents: fake.FakeWebContents) => void): void {
  fake.app.on('web-contents-created', (_event: unknown, contents: fake.FakeWebContents) => setup(contents));
}

const printWindow = () => {
  expect(fake.FakeBrowserWindow.instances).toHaveLength(1);
  return fake.FakeBrowserWindow.instances[0]!;
};

describe('silent HTML printing in a hidden window', () => {
  beforeEach(() => {
    fake.resetFakeElectron();
    fake.app.ready = true;
  });

  it('prints silently on the named printer, page as wide as the paper and as tall as the measured content, then destroys the window', async () => {
    onNewContents((c) => (c.scriptResult = 400));
    const result = await printHtmlSilently('POS-58', HTML, { widthMm: 58 }, 5_000);
    expect(result).toEqual({ ok: true });
    const window = printWindow();
    expect(window.webContents.loadedUrls).toEqual([`data:text/html;charset=utf-8,${encodeURIComponent(HTML)}`]);
    expect(window.webContents.scripts).toHaveLength(1);
    expect(window.webContents.scripts[0]).toMatch(/^document\.fonts\.ready\.then\(.*scrollHeight/);
    expect(window.webContents.printCalls).toEqual([
      {
        silent: true,
        deviceName: 'POS-58',
        printBackground: false,
        color: false,
        copies: 1,
        margins: { marginType: 'none' },
        // 400 CSS px = 400 / 96 inch = 105 833.3 microns, rounded up.
        pageSize: { width: 58_000, height: 105_834 },
        dpi: { horizontal: RECEIPT_DPI, vertical: RECEIPT_DPI },
      },
    ]);
    expect(window.isDestroyed()).toBe(true);
  });

  it('runs the page hidden, sandboxed and isolated, without Node or a preload', async () => {
    onNewContents((c) => (c.scriptResult = 10));
    await printHtmlSilently('POS-80', HTML, { widthMm: 80 }, 5_000);
    const { options } = printWindow();
    expect(options).toMatchObject({ show: false, webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, nodeIntegrationInWorker: false, nodeIntegrationInSubFrames: false, webSecurity: true, devTools: false } });
    expect(options.webPreferences).not.toHaveProperty('preload');
  });

  it('uses 80 mm paper in microns and never a page side Chromium refuses', async () => {
    onNewContents((c) => (c.scriptResult = 1));
    await printHtmlSilently('POS-80', HTML, { widthMm: 80 }, 5_000);
    expect(printWindow().webContents.printCalls[0]?.pageSize).toEqual({ width: 80_000, height: MIN_PAGE_MICRONS });
  });

  it.each([
    ['Print job failed', /^Printer "POS-58" gagal mencetak struk: Print job failed\. Periksa printer/],
    ['Print job canceled', /^Pencetakan ke printer "POS-58" dibatalkan\.$/],
    ['Invalid deviceName provided', /^Printer "POS-58" tidak ditemukan di komputer ini\./],
    ['Invalid printer settings', /^Printer "POS-58" menolak ukuran kertas atau pengaturan cetak/],
  ])('answers the Indonesian reason when the job reports "%s", and still destroys the window', async (failure, reason) => {
    onNewContents((c) => {
      c.scriptResult = 300;
      c.printAnswer = [false, failure];
    });
    const result = await printHtmlSilently('POS-58', HTML, { widthMm: 58 }, 5_000);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(reason);
    expect(printWindow().isDestroyed()).toBe(true);
  });

  it('does not print when the page fails to load', async () => {
    onNewContents((c) => (c.loadError = new Error("ERR_INVALID_URL (-300) loading 'data:...'")));
    const result = await printHtmlSilently('POS-58', HTML, { widthMm: 58 }, 5_000);
    expect(result).toEqual({ ok: false, reason: "Struk tidak dapat disiapkan untuk dicetak: ERR_INVALID_URL (-300) loading 'data:...'." });
    expect(printWindow().webContents.printCalls).toEqual([]);
    expect(printWindow().isDestroyed()).toBe(true);
  });

  it.each([undefined, 0, Number.NaN, '400'])('does not print (no blank strip, no A4) when the height measures %s', async (height) => {
    onNewContents((c) => (c.scriptResult = height));
    const result = await printHtmlSilently('POS-58', HTML, { widthMm: 58 }, 5_000);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/^Tinggi struk tidak dapat diukur/);
    expect(printWindow().webContents.printCalls).toEqual([]);
    expect(printWindow().isDestroyed()).toBe(true);
  });

  it('gives up on a job that never answers, with a reason, and destroys the window', async () => {
    onNewContents((c) => {
      c.scriptResult = 300;
      c.printAnswer = null;
    });
    const result = await printHtmlSilently('POS-58', HTML, { widthMm: 58 }, 20);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/^Printer "POS-58" tidak menjawab dalam 1 detik/);
    expect(printWindow().webContents.printCalls).toHaveLength(1);
    expect(printWindow().isDestroyed()).toBe(true);
  });
});
