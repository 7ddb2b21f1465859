import { z } from 'zod';
import { authFields, moneyText, optionalText, resultField, text } from './common';

/** Pulsa API (seed 000, providers.md 5.2). Requests are form fields; answers JSON. */

export const priceListRequest = z.object({ ...authFields });

/** One row of `POST /json/pulsa/daftarharga` (the answer is a bare JSON array of these). */
export const priceItemSchema = z.object({
  tipe: text, // "PULSA" | "PAKET DATA"
  operator: text,
  kodeoperator: text,
  keterangan: optionalText,
  nominal: moneyText,
  harga: moneyText,
  status: text, // "Ready" | "Close"
});
export type PriceItemWire = z.input<typeof priceItemSchema>;

export const topupRequest = z.object({
  ...authFields,
  /** nth top-up of this product to this number ("isi pulsa untuk yang keberapa kali", default 1). */
  itrx: z.string().regex(/^[1-9]\d{0,2}$/),
  kodeoperator: z.string().min(1),
  nomortujuan: z.string().min(1),
});

/** `POST /json/pulsa/isipulsa` answer with result "ok". Uses `nomorpelanggan`; tolerate `nomortujuan`. */
export const topupAnswerSchema = z.object({
  result: resultField.pipe(z.literal('ok')),
  tanggal: optionalText,
  invoice: text,
  transaksi: optionalText,
  operator: optionalText,
  kodeoperator: optionalText,
  nominal: moneyText.optional(),
  nomorpelanggan: optionalText,
  nomortujuan: optionalText,
  serial: optionalText,
  debet: moneyText.optional(),
  saldo: moneyText.optional(),
  kodeagen: optionalText,
  status: text,
});

export const statusRequest = z.object({ ...authFields, invoice: z.string().min(1), nomortujuan: z.string().min(1) });

/** `POST /json/pulsa/cekstatus` answer; the documented sample's invoice has a leading space. */
export const statusAnswerSchema = z.object({
  result: resultField.pipe(z.literal('ok')),
  tanggal: optionalText,
  invoice: text,
  transaksi: optionalText,
  operator: optionalText,
  kodeoperator: optionalText,
  nominal: moneyText.optional(),
  nomortujuan: optionalText,
  nomorpelanggan: optionalText,
  serial: optionalText,
  description: optionalText,
  /** Not in the pulsa doc's cekstatus sample (PPOB cekstatus has ppob_debet): read when present. */
  debet: z.unknown().optional(),
  kodeagen: optionalText,
  status: text,
});

export const balanceRequest = z.object({ ...authFields });
/** `POST /json/ceksaldo`: {"result":"ok","saldo":"99,999"}. */
export const balanceAnswerSchema = z.object({ result: resultField.pipe(z.literal('ok')), saldo: moneyText });

/** Transaction status words of isipulsa / cekstatus. */
export type TopupStatusWord = 'sukses' | 'pending' | 'gagal';
export function topupStatusWord(value: string): TopupStatusWord | undefined {
  const v = value.trim().toLowerCase();
  return v === 'sukses' || v === 'pending' || v === 'gagal' ? v : undefined;
}
