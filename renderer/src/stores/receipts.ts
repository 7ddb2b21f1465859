import { defineStore } from 'pinia';
import { reactive, ref } from 'vue';
import { usePos } from '../api/pos';
import type { ChannelInput, ChannelOutput, ErrorBody } from '../api/contract-types';

export type ReceiptSettings = ChannelOutput<'receipts:settings'>;
export type ReceiptSettingsPatch = ChannelInput<'receipts:setSettings'>;
export type ReceiptPreview = ChannelOutput<'receipts:preview'>;
export type PrintAnswer = ChannelOutput<'receipts:print'>;
export type TestPrintAnswer = ChannelOutput<'receipts:testPrint'>;
export type OsPrinterList = ChannelOutput<'receipts:osPrinters'>;

/** What one sale's receipt looks like on screen: the next print's rows, and the last print's outcome. */
export interface ReceiptState {
  preview: ReceiptPreview | null;
  previewError: ErrorBody | null;
  printing: boolean;
  /** The last print: ok, the printer's Indonesian reason, or the call failing (core offline). */
  lastPrint: PrintAnswer | null;
  printError: ErrorBody | null;
}

/**
 * Receipts as the core builds them: the screen never lays out a receipt itself, it shows the rows
 * of `receipts:preview` (the same rows that print). Printing is after the sale, so nothing here
 * touches a sale: a failed print is a reason and a retry.
 */
export const useReceiptsStore = defineStore('receipts', () => {
  const settings = ref<ReceiptSettings | null>(null);
  const settingsError = ref<ErrorBody | null>(null);
  const saving = ref(false);
  const saveError = ref<ErrorBody | null>(null);
  const testing = ref(false);
  const testResult = ref<TestPrintAnswer | null>(null);
  const testError = ref<ErrorBody | null>(null);
  /** The operating system's printers: only the desktop app has them (headless answers available: false). */
  const osPrinters = ref<OsPrinterList | null>(null);
  const osPrintersError = ref<ErrorBody | null>(null);
  const bySale = reactive<Record<number, ReceiptState>>({});
  /** Sales already auto-printed on this screen: a re-render or a second `sales:updated` never prints twice. */
  const autoPrinted = new Set<number>();

  function stateOf(saleId: number): ReceiptState {
    bySale[saleId] ??= { preview: null, previewError: null, printing: false, lastPrint: null, printError: null };
    return bySale[saleId];
  }

  async function loadSettings(): Promise<ReceiptSettings | null> {
    const result = await usePos().call('receipts:settings', {});
    if (result.ok) settings.value = result.value;
    settingsError.value = result.ok ? null : result.error;
    return settings.value;
  }

  /** Sends only the changed fields; a refusal is kept for the form and changes nothing. One save at a time. */
  async function saveSettings(patch: ReceiptSettingsPatch): Promise<boolean> {
    if (saving.value) return false;
    saving.value = true;
    try {
      const result = await usePos().call('receipts:setSettings', patch);
      if (result.ok) settings.value = result.value;
      saveError.value = result.ok ? null : result.error;
      // A test result said something about the old printer.
      if (result.ok) testResult.value = null;
      return result.ok;
    } finally {
      saving.value = false;
    }
  }

  async function loadOsPrinters(): Promise<OsPrinterList | null> {
    const result = await usePos().call('receipts:osPrinters', {});
    if (result.ok) osPrinters.value = result.value;
    osPrintersError.value = result.ok ? null : result.error;
    return osPrinters.value;
  }

  async function testPrint(): Promise<void> {
    if (testing.value) return;
    testing.value = true;
    testResult.value = null;
    try {
      const result = await usePos().call('receipts:testPrint', {});
      testResult.value = result.ok ? result.value : null;
      testError.value = result.ok ? null : result.error;
    } finally {
      testing.value = false;
    }
  }

  async function loadPreview(saleId: number): Promise<void> {
    const state = stateOf(saleId);
    const result = await usePos().call('receipts:preview', { saleId });
    state.preview = result.ok ? result.value : state.preview;
    state.previewError = result.ok ? null : result.error;
  }

  /** One print per sale at a time; afterwards the preview is the next copy (DUPLIKAT once this one printed). */
  async function print(saleId: number): Promise<void> {
    const state = stateOf(saleId);
    if (state.printing) return;
    state.printing = true;
    try {
      const result = await usePos().call('receipts:print', { saleId });
      state.lastPrint = result.ok ? result.value : null;
      state.printError = result.ok ? null : result.error;
    } finally {
      state.printing = false;
    }
    await loadPreview(saleId);
  }

  /** After a success, when Settings say so: once per sale. */
  async function autoPrint(saleId: number): Promise<void> {
    if (autoPrinted.has(saleId)) return;
    autoPrinted.add(saleId);
    // Read now, not from when Settings were last opened: another screen or window may have changed them.
    const current = await loadSettings();
    if (current?.autoPrint && current.printer) await print(saleId);
  }

  async function pdf(saleId: number): Promise<{ fileName: string; base64: string } | ErrorBody> {
    const result = await usePos().call('receipts:pdf', { saleId });
    return result.ok ? result.value : result.error;
  }

  return { settings, settingsError, saving, saveError, testing, testResult, testError, osPrinters, osPrintersError, loadOsPrinters, bySale, stateOf, loadSettings, saveSettings, testPrint, loadPreview, print, autoPrint, pdf };
});
