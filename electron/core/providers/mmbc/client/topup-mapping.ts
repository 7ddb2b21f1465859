import type { Parsed } from '../../http/parse-answer';
import { unparsedToOutcome } from '../../http/parse-answer';
import { reportedCost, type MoneyOutcome } from '../../outcome';
import { statusAnswerSchema, topupAnswerSchema, topupStatusWord } from '../contract/pulsa';
import { amountOf, sameCode, sameNumber } from './amounts';
import { refusalOf, statusCheckUnparsed, unexpectedOutcome } from './results';
import type { TopupCheckRequest, TopupRequest } from './types';

/**
 * isipulsa / cekstatus answers -> MoneyOutcome. MMBC has no codes, only words and free text:
 *  - status sukses / pending / gagal are the documented words;
 *  - `result: "no"` is `failed` only for refusals that plainly happened before any charge
 *    (documented: "Saldo anda tidak cukup", "invalid login"; plus the simulator's validation
 *    wording, see docs). Anything else, and above all a "double" refusal, is `unknown`.
 */
const NOT_CHARGED: [RegExp, string][] = [
  [/saldo anda tidak cukup/i, 'insufficient_balance'],
  [/invalid login|failed login/i, 'invalid_login'],
  [/kode operator .+ tidak terdaftar/i, 'unknown_product'],
  [/sedang close/i, 'product_closed'],
  [/nomor tujuan .+ (tidak valid|bukan nomor)/i, 'invalid_destination'],
  [/parameter itrx tidak valid/i, 'invalid_itrx'],
  [/wajib diisi/i, 'missing_field'],
];
const IDENTITY = /double|sudah pernah|duplikat|duplicate/i;

export function topupRefusalOutcome(reason: string, raw: string): MoneyOutcome {
  if (!IDENTITY.test(reason)) {
    const hit = NOT_CHARGED.find(([pattern]) => pattern.test(reason));
    if (hit) return { status: 'failed', code: hit[1], message: reason, raw };
  }
  return unexpectedOutcome(raw, reason || 'MMBC menolak tanpa alasan yang dikenal.');
}

export function mapTopupAnswer(parsed: Parsed<unknown>, request: TopupRequest): MoneyOutcome {
  if (!parsed.ok) return unparsedToOutcome(parsed);
  const refusal = refusalOf(parsed.body);
  if (refusal !== undefined) return topupRefusalOutcome(refusal, parsed.raw);
  const answer = topupAnswerSchema.safeParse(parsed.body);
  if (!answer.success) return unexpectedOutcome(parsed.raw);
  const a = answer.data;
  const invoice = a.invoice.trim();
  const number = a.nomorpelanggan ?? a.nomortujuan;
  // Only an answer that names this very sale (product and number, as documented) is trusted.
  if (invoice === '' || !a.kodeoperator || !number || !sameCode(a.kodeoperator, request.productCode) || !sameNumber(number, request.destination)) {
    return unexpectedOutcome(parsed.raw, `Jawaban MMBC tidak cocok dengan transaksi ini (${a.kodeoperator ?? '?'} ke ${number ?? '?'}).`);
  }
  // What MMBC charged: a nonsense debet is ignored (the sale falls back to the catalogue cost).
  const cost = reportedCost(a.debet);
  const balance = amountOf(a.saldo);
  if (a.saldo !== undefined && balance === undefined) {
    return unexpectedOutcome(parsed.raw, `Saldo dalam jawaban MMBC tidak dikenali (saldo ${String(a.saldo)}).`);
  }
  const message = `${a.transaksi ?? 'Transaksi'} ${a.operator ?? ''} ${a.kodeoperator} ke ${number}: ${a.status} (invoice ${invoice})`.replace(/\s+/g, ' ');
  const common = { providerRef: invoice, message, raw: parsed.raw };
  switch (topupStatusWord(a.status)) {
    case 'sukses':
      return { ...common, status: 'success', serial: nonEmpty(a.serial), ...defined({ cost, balance }), details: details(a.tanggal, a.kodeagen) };
    case 'pending':
      return { ...common, status: 'pending', ...defined({ cost, balance }) };
    case 'gagal':
      return { ...common, status: 'failed', code: 'gagal', balance };
    default:
      return unexpectedOutcome(parsed.raw, `Status transaksi MMBC tidak dikenal: "${a.status}" (invoice ${invoice}).`);
  }
}

/** cekstatus: only the invoice and number we asked about count; a refusal says nothing about the sale. */
export function mapTopupStatus(parsed: Parsed<unknown>, request: TopupCheckRequest): MoneyOutcome {
  if (!parsed.ok) return statusCheckUnparsed(parsed);
  const refusal = refusalOf(parsed.body);
  if (refusal !== undefined) return unexpectedOutcome(parsed.raw, refusal || 'MMBC menolak cek status.');
  const answer = statusAnswerSchema.safeParse(parsed.body);
  if (!answer.success) return unexpectedOutcome(parsed.raw);
  const a = answer.data;
  const invoice = a.invoice.trim(); // the documented sample sends " TRX11111"
  const number = a.nomortujuan ?? a.nomorpelanggan;
  if (!sameCode(invoice, request.invoice) || !number || !sameNumber(number, request.destination)) {
    return unexpectedOutcome(parsed.raw, `Jawaban cek status MMBC untuk transaksi lain (${invoice}).`);
  }
  const common = { providerRef: invoice, message: a.description?.trim() || `Status ${invoice}: ${a.status}`, raw: parsed.raw };
  // cekstatus documents no debet; when MMBC sends one anyway it is what it charged.
  const cost = reportedCost(a.debet);
  const charged = cost !== undefined ? { cost } : {};
  switch (topupStatusWord(a.status)) {
    case 'sukses':
      return { ...common, status: 'success', serial: nonEmpty(a.serial), ...charged, details: details(a.tanggal, a.kodeagen) };
    case 'pending':
      return { ...common, status: 'pending', ...charged };
    case 'gagal':
      return { ...common, status: 'failed', code: 'gagal' };
    default:
      return unexpectedOutcome(parsed.raw, `Status transaksi MMBC tidak dikenal: "${a.status}" (invoice ${invoice}).`);
  }
}

function nonEmpty(value: string | undefined): string | undefined {
  const v = value?.trim();
  return v ? v : undefined;
}

function details(tanggal: string | undefined, kodeagen: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (tanggal) out.tanggal = tanggal;
  if (kodeagen) out.kodeagen = kodeagen;
  return out;
}

/** Only the amounts MMBC actually gave (an absent or ignored one leaves no `undefined` behind). */
function defined<T extends Record<string, unknown>>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<T>;
}
