import { beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { setPosClient } from '../../../renderer/src/api/pos';
import { failure } from '../../../renderer/src/api/pos-client';
import type { ChannelOutput } from '../../../renderer/src/api/contract-types';
import { useReceiptsStore } from '../../../renderer/src/stores/receipts';
import { createFakePos, ok, type FakePos } from './fake-pos';

type Settings = ChannelOutput<'receipts:settings'>;

/**
 * A small core for receipts: one sale whose next print is the original until a print succeeds,
 * a printer that can be "off", and settings refused like the real core (copies 1-3).
 */
function fakeCore(start: Partial<Settings> = {}) {
  const core = {
    printerOn: true,
    printed: 0,
    settings: { printer: { kind: 'network', host: '192.168.1.50', port: 9100 }, paper: '58mm', autoPrint: true, copies: 1, outlet: { name: 'LOKET PPOB', address: null, phone: null, footer: 'Terima kasih' }, ...start } as Settings,
  };
  const preview = (saleId: number): ChannelOutput<'receipts:preview'> => ({
    saleId,
    refId: 'LKT-1',
    slip: 'receipt',
    copy: core.printed > 0 ? 'duplicate' : 'original',
    paper: '58mm',
    columns: 32,
    rows: [...(core.printed > 0 ? [{ type: 'text' as const, text: '*** DUPLIKAT ***', align: 'center' as const, bold: true, width: 1 as const, height: 1 as const }] : []), { type: 'qr', payload: 'LKT-1' }],
  });
  const pos = createFakePos({
    'receipts:settings': () => ok(core.settings),
    'receipts:setSettings': (patch) => {
      if (patch.copies !== undefined && (patch.copies < 1 || patch.copies > 3)) return failure('invalid_input', 'Jumlah salinan harus 1 sampai 3.');
      core.settings = { ...core.settings, ...(patch.copies !== undefined ? { copies: patch.copies } : {}), ...(patch.autoPrint !== undefined ? { autoPrint: patch.autoPrint } : {}) };
      return ok(core.settings);
    },
    'receipts:preview': ({ saleId }) => ok(preview(saleId)),
    'receipts:print': () => {
      if (!core.printerOn) return ok({ ok: false as const, code: 'refused', reason: 'Printer 192.168.1.50:9100 menolak sambungan.' });
      core.printed += 1;
      return ok({ ok: true as const, copy: core.printed > 1 ? ('duplicate' as const) : ('original' as const) });
    },
    'receipts:testPrint': () => (core.printerOn ? ok({ ok: true, reason: null, target: '192.168.1.50:9100' }) : ok({ ok: false, reason: 'Printer 192.168.1.50:9100 menolak sambungan.', target: '192.168.1.50:9100' })),
    'receipts:pdf': () => ok({ fileName: 'struk-LKT-1.pdf', base64: 'JVBERi0=' }),
  });
  return { core, pos };
}

const printCalls = (pos: FakePos) => pos.calls.filter((c) => c.channel === 'receipts:print').length;

describe('receipts store', () => {
  beforeEach(() => setActivePinia(createPinia()));

  it('shows the preview, prints, and then previews the next copy as DUPLIKAT', async () => {
    const { pos } = fakeCore();
    setPosClient(pos.client);
    const store = useReceiptsStore();
    await store.loadPreview(7);
    expect(store.stateOf(7).preview?.copy).toBe('original');
    await store.print(7);
    expect(store.stateOf(7).lastPrint).toEqual({ ok: true, copy: 'original' });
    expect(store.stateOf(7).preview?.copy).toBe('duplicate');
    expect(store.stateOf(7).preview?.rows[0]).toMatchObject({ text: '*** DUPLIKAT ***' });
  });

  it('a second press while printing sends one print', async () => {
    const { pos } = fakeCore();
    setPosClient(pos.client);
    const store = useReceiptsStore();
    await Promise.all([store.print(7), store.print(7)]);
    expect(printCalls(pos)).toBe(1);
  });

  it('a printer that is off gives its reason, and the retry prints once it is back', async () => {
    const { core, pos } = fakeCore();
    setPosClient(pos.client);
    const store = useReceiptsStore();
    core.printerOn = false;
    await store.print(7);
    expect(store.stateOf(7).lastPrint).toEqual({ ok: false, code: 'refused', reason: expect.stringMatching(/menolak sambungan/) });
    expect(store.stateOf(7).preview?.copy).toBe('original');
    core.printerOn = true;
    await store.print(7);
    expect(store.stateOf(7).lastPrint).toEqual({ ok: true, copy: 'original' });
  });

  it('a core that cannot be reached is an error for the print, not a crash', async () => {
    const pos = createFakePos({ 'receipts:print': () => { throw new Error('socket closed'); }, 'receipts:preview': () => failure('not_found', 'Transaksi tidak ditemukan.') });
    setPosClient(pos.client);
    const store = useReceiptsStore();
    await store.print(7);
    expect(store.stateOf(7).printError).toMatchObject({ code: 'offline' });
    expect(store.stateOf(7).previewError).toEqual({ code: 'not_found', message: 'Transaksi tidak ditemukan.' });
  });

  it('auto-prints a sale once when Settings say so, never when they do not', async () => {
    const on = fakeCore();
    setPosClient(on.pos.client);
    const store = useReceiptsStore();
    await store.autoPrint(7);
    await store.autoPrint(7);
    expect(printCalls(on.pos)).toBe(1);

    setActivePinia(createPinia());
    const off = fakeCore({ autoPrint: false });
    setPosClient(off.pos.client);
    await useReceiptsStore().autoPrint(8);
    setActivePinia(createPinia());
    const noPrinter = fakeCore({ printer: null });
    setPosClient(noPrinter.pos.client);
    await useReceiptsStore().autoPrint(9);
    expect(printCalls(off.pos) + printCalls(noPrinter.pos)).toBe(0);
  });

  it('auto-print reads the settings at the sale, not the ones loaded when Settings were opened', async () => {
    const { core, pos } = fakeCore({ autoPrint: false });
    setPosClient(pos.client);
    const store = useReceiptsStore();
    await store.loadSettings();
    // Switched on elsewhere (another window, the API) after this screen loaded them.
    core.settings = { ...core.settings, autoPrint: true };
    await store.autoPrint(7);
    expect(printCalls(pos)).toBe(1);
  });

  it('settings: a refusal is kept and changes nothing; a save replaces the shown settings; the test print says why', async () => {
    const { core, pos } = fakeCore();
    setPosClient(pos.client);
    const store = useReceiptsStore();
    await store.loadSettings();
    expect(await store.saveSettings({ copies: 4 })).toBe(false);
    expect(store.saveError).toEqual({ code: 'invalid_input', message: 'Jumlah salinan harus 1 sampai 3.' });
    expect(store.settings?.copies).toBe(1);
    expect(await store.saveSettings({ copies: 2, autoPrint: false })).toBe(true);
    expect(store.settings).toMatchObject({ copies: 2, autoPrint: false });
    expect(store.saveError).toBeNull();

    core.printerOn = false;
    await store.testPrint();
    expect(store.testResult).toEqual({ ok: false, reason: expect.stringMatching(/menolak sambungan/), target: '192.168.1.50:9100' });
  });

  it('OS printers: the desktop list, the headless "not available", and a saved system printer auto-prints', async () => {
    const desktop = createFakePos({ 'receipts:osPrinters': () => ok({ available: true, printers: [{ name: 'POS-58', displayName: 'POS-58', isDefault: true }], reason: null }) });
    setPosClient(desktop.client);
    expect(await useReceiptsStore().loadOsPrinters()).toEqual({ available: true, printers: [{ name: 'POS-58', displayName: 'POS-58', isDefault: true }], reason: null });

    setActivePinia(createPinia());
    const headless = createFakePos({ 'receipts:osPrinters': () => ok({ available: false, printers: [], reason: 'Printer sistem hanya tersedia di aplikasi desktop.' }) });
    setPosClient(headless.client);
    const store = useReceiptsStore();
    await store.loadOsPrinters();
    expect(store.osPrinters).toMatchObject({ available: false, printers: [] });
    expect(store.osPrintersError).toBeNull();

    setActivePinia(createPinia());
    const os = fakeCore({ printer: { kind: 'os', name: 'POS-58', mode: 'raw' } });
    setPosClient(os.pos.client);
    await useReceiptsStore().autoPrint(10);
    expect(printCalls(os.pos)).toBe(1);
  });
});
