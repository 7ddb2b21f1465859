import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createOsPrinters } from '../../../../electron/main/printing/os-printers';
import { PRINTER_NAME_MAX, printerNameProblem } from '../../../../electron/main/printing/printer-name';
import type { RunFile } from '../../../../electron/main/printing/run-file';
import * as fake from '../../../fakes/electron';

vi.mock('electron', () => import('../../../fakes/electron'));

describe('OS printers port', () => {
  beforeEach(() => {
    fake.resetFakeElectron();
    fake.app.ready = true;
  });

  it('lists the OS printers by their OS name (what printing needs), with the display name, and closes the hidden window', async () => {
    fake.app.on('web-contents-created', (_event: unknown, contents: fake.FakeWebContents) => {
      contents.printers = [
        { name: 'POS_58', displayName: 'POS-58 Kasir', description: '', options: {}, isDefault: true },
        { name: 'EPSON_L3110', displayName: '', description: '', options: {} },
        { name: 'bad\nname', displayName: 'Rusak', description: '', options: {} },
      ];
    });
    const printers = await createOsPrinters().list();
    expect(printers).toEqual([
      { name: 'POS_58', displayName: 'POS-58 Kasir', isDefault: true },
      { name: 'EPSON_L3110', displayName: 'EPSON_L3110', isDefault: false },
    ]);
    expect(fake.FakeBrowserWindow.instances).toHaveLength(1);
    expect(fake.FakeBrowserWindow.instances[0]!.isDestroyed()).toBe(true);
    expect(fake.FakeBrowserWindow.instances[0]!.options).toMatchObject({ show: false, webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false } });
  });

  it.each([
    ['', /^Nama printer kosong/],
    ['   ', /^Nama printer kosong/],
    ['POS\n58', /karakter yang tidak sah/],
    ['POS\u000058', /karakter yang tidak sah/],
    ['POS\u009b58', /karakter yang tidak sah/],
    ['-oraw', /diawali tanda "-"/],
    ['P'.repeat(PRINTER_NAME_MAX + 1), /terlalu panjang/],
  ])('refuses the printer name %j before any window or program runs', async (name, reason) => {
    const run = vi.fn<RunFile>();
    const printers = createOsPrinters({ platform: 'linux', run });
    const raw = await printers.printRaw(name, new Uint8Array([1]));
    const html = await printers.printHtml(name, '<p>x</p>', { widthMm: 58 });
    for (const result of [raw, html]) {
      expect(result.ok).toBe(false);
      expect(!result.ok && result.reason).toMatch(reason);
    }
    expect(run).not.toHaveBeenCalled();
    expect(fake.FakeBrowserWindow.instances).toEqual([]);
  });

  it('accepts the names Windows and CUPS really give', () => {
    for (const name of ['POS-58', 'POS_80 (USB001)', '\\\\KASIR-PC\\POS-58', 'Printer Struk Dapur', 'P'.repeat(PRINTER_NAME_MAX)]) {
      expect(printerNameProblem(name)).toBeNull();
    }
  });

  it('passes a valid name to lp unchanged', async () => {
    const run = vi.fn<RunFile>().mockResolvedValue({ stdout: 'request id is POS_58-12 (1 file(s))', stderr: '' });
    const result = await createOsPrinters({ platform: 'linux', run }).printRaw('POS_58', new Uint8Array([0x1b, 0x40]));
    expect(result).toEqual({ ok: true });
    expect(run).toHaveBeenCalledWith('lp', ['-d', 'POS_58', '-o', 'raw', expect.stringMatching(/struk\.bin$/)], expect.objectContaining({ shell: false }));
  });
});
