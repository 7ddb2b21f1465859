import { z } from 'zod';

const saleIdInput = z.object({ saleId: z.number({ error: 'Nomor transaksi harus angka.' }).int().positive() }).strict();
export const osPrintModeSchema = z.enum(['raw', 'html'], { error: 'Cara cetak printer sistem harus raw (ESC/POS) atau html.' });
/** The shell checks again before printing (electron/main/printing/printer-name.ts); these are the same refusals. */
const osPrinterName = z
  .string({ error: 'Nama printer sistem harus teks.' })
  .max(220, 'Nama printer sistem paling panjang 220 huruf.')
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  .refine((name) => !/[\u0000-\u001f\u007f]/.test(name), 'Nama printer sistem berisi karakter yang tidak diizinkan.')
  .refine((name) => !name.trim().startsWith('-'), 'Nama printer sistem tidak boleh diawali tanda "-".');
export const paperWidthSchema = z.enum(['58mm', '80mm'], { error: 'Lebar kertas harus 58 mm atau 80 mm.' });

/** One printed row, exactly as the ESC/POS and PDF renderers lay it out (receipt-layout.ts). */
export const receiptRowSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('text'),
    text: z.string(),
    align: z.enum(['left', 'center', 'right']),
    bold: z.boolean(),
    width: z.union([z.literal(1), z.literal(2)]),
    height: z.union([z.literal(1), z.literal(2)]),
  }),
  z.object({ type: z.literal('qr'), payload: z.string() }),
]);

export const receiptSettingsView = z.object({
  printer: z
    .discriminatedUnion('kind', [
      z.object({ kind: z.literal('network'), host: z.string(), port: z.number().int() }),
      z.object({ kind: z.literal('os'), name: z.string(), mode: osPrintModeSchema }),
    ])
    .nullable(),
  paper: paperWidthSchema,
  autoPrint: z.boolean(),
  copies: z.number().int(),
  outlet: z.object({ name: z.string(), address: z.string().nullable(), phone: z.string().nullable(), footer: z.string() }),
});

/** A print attempt's answer: printing never fails a sale, so a printer problem is a value with its reason. */
export const printAnswer = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), copy: z.enum(['original', 'duplicate']) }),
  z.object({ ok: z.literal(false), code: z.string(), reason: z.string() }),
]);

const text = (max: number, label: string) => z.string().max(max, `${label} paling panjang ${max} huruf.`);

export const receiptChannels = {
  /** The rows the next print of this sale would give (original, or DUPLIKAT n), for the on-screen preview. */
  'receipts:preview': {
    input: saleIdInput,
    output: z.object({
      saleId: z.number().int(),
      refId: z.string(),
      slip: z.enum(['receipt', 'pending', 'refund']),
      copy: z.enum(['original', 'duplicate']),
      paper: paperWidthSchema,
      columns: z.number().int(),
      rows: z.array(receiptRowSchema),
    }),
  },
  /** Prints on the configured network printer and records the attempt. */
  'receipts:print': { input: saleIdInput, output: printAnswer },
  /** The receipt-width PDF, base64, with a file name after the transaction number. */
  'receipts:pdf': { input: saleIdInput, output: z.object({ fileName: z.string(), base64: z.string() }) },
  'receipts:settings': { input: z.object({}).strict(), output: receiptSettingsView },
  /** Only the fields sent change; an empty host removes the printer, an empty outlet text restores its default. */
  'receipts:setSettings': {
    input: z
      .object({
        printerKind: z.enum(['network', 'os'], { error: 'Jenis printer harus printer jaringan atau printer sistem.' }),
        printerHost: text(253, 'Alamat printer'),
        printerPort: z.number({ error: 'Port printer harus angka 1 sampai 65535 (biasanya 9100).' }).int('Port printer harus angka 1 sampai 65535 (biasanya 9100).').min(1, 'Port printer harus angka 1 sampai 65535 (biasanya 9100).').max(65535, 'Port printer harus angka 1 sampai 65535 (biasanya 9100).'),
        osPrinterName: osPrinterName,
        osPrinterMode: osPrintModeSchema,
        paper: paperWidthSchema,
        autoPrint: z.boolean(),
        copies: z.number({ error: 'Jumlah salinan harus 1 sampai 3.' }).int('Jumlah salinan harus 1 sampai 3.').min(1, 'Jumlah salinan harus 1 sampai 3.').max(3, 'Jumlah salinan harus 1 sampai 3.'),
        outletName: text(48, 'Nama outlet'),
        outletAddress: text(120, 'Alamat outlet'),
        outletPhone: text(24, 'Telepon outlet'),
        receiptFooter: text(200, 'Catatan kaki struk'),
      })
      .partial()
      .strict(),
    output: receiptSettingsView,
  },
  /** A short test page on the configured printer; the answer says exactly what went wrong. */
  'receipts:testPrint': { input: z.object({}).strict(), output: z.object({ ok: z.boolean(), reason: z.string().nullable(), target: z.string().nullable() }) },
  /** The operating system's printers (desktop app); headless mode answers available: false and no printers. */
  'receipts:osPrinters': {
    input: z.object({}).strict(),
    output: z.object({
      available: z.boolean(),
      printers: z.array(z.object({ name: z.string(), displayName: z.string(), isDefault: z.boolean() })),
      reason: z.string().nullable(),
    }),
  },
} as const;
