import { addRupiah } from '../../../money';
import { unparsedToCheckOutcome, unparsedToOutcome, type Parsed } from '../../http/parse-answer';
import { IDENTITY_CODES, PAYMENT_REJECTION_CODES } from '../contract/response-codes';
import { ayoconnectCashierWords } from '../messages-id';
import { transactionDataSchema, type Envelope, type TransactionData } from '../contract/responses';
import type { AyoconnectOutcome, AyoconnectReceipt } from '../types';
import { billSummary, serialOf } from './bill-summary';

/**
 * Maps a Payment, Status or Callback answer to an outcome. The rules (shared/providers.md §3.4,
 * reliability.md §1):
 *   0-99 success (only with a readable body whose refNumber, if given, is ours) ·
 *   200-299 pending · 100-199 failed, except the identity codes 102/108/183/188 → unknown ·
 *   312/313 (inquiry expired / not matched) failed · everything else, including 3xx, 401 and any
 *   code outside 0-399 ("treat as processing", payment page) → unknown.
 * A `success` flag that contradicts a final code makes the answer unknown.
 */
export type TransactionReading = 'payment' | 'status';

export function mapTransactionAnswer(parsed: Parsed<Envelope>, expectedRef: string, reading: TransactionReading): AyoconnectOutcome {
  // Only the payment itself can be "not sent"; a status question that got no answer is no answer.
  if (!parsed.ok) return reading === 'payment' ? unparsedToOutcome(parsed) : unparsedToCheckOutcome(parsed);
  const { body, raw } = parsed;
  const code = body.responseCode;
  const words = ayoconnectCashierWords(code, body.message);
  const message = words.message;
  const data = transactionDataSchema.safeParse(body.data);
  const txData = data.success ? data.data : undefined;
  const providerRef = txData && txData.transactionId ? String(txData.transactionId) : undefined;
  const common = { ...words, raw, responseCode: code, ...(providerRef ? { providerRef } : {}) };

  // A status answer settles nothing unless it names OUR refNumber: a 1xx "failed" without our
  // transaction data is not proof that our payment failed. 188 (not found) carries no data by
  // design and is judged by the engine's grace-window rule; an answer about ANOTHER refNumber is
  // not even that, so it loses its code.
  if (reading === 'status') {
    const named = txData?.refNumber.trim() ?? '';
    if (named !== '' && named !== expectedRef) return unexpected({ ...common, responseCode: undefined }, 'refNumber dalam jawaban provider bukan milik transaksi ini.');
    if (named === '' && !IDENTITY_CODES.has(code)) return unexpected(common, `Jawaban status provider tidak menyebut refNumber transaksi ini (${message}).`);
  }

  if (code >= 0 && code <= 99) {
    if (body.success === false || !txData) return unexpected(common, 'Jawaban sukses provider tidak lengkap.');
    if (!refMatches(txData, expectedRef)) return unexpected(common, 'refNumber dalam jawaban provider bukan milik transaksi ini.');
    const receipt = safeReceipt(txData, expectedRef);
    if (!receipt) return unexpected(common, 'Nominal dalam jawaban provider tidak dapat dibaca.');
    return {
      ...common,
      status: 'success',
      ...(receipt.token !== undefined ? { serial: receipt.token } : {}),
      cost: addRupiah(receipt.amount, receipt.processingFee),
      details: detailsOf(receipt),
      receipt,
    };
  }
  if (code >= 200 && code <= 299) {
    const receipt = txData ? safeReceipt(txData, expectedRef) : undefined;
    // What Ayoconnect says it is charging (as on success); an unreadable amount leaves no cost.
    return { ...common, status: 'pending', ...(receipt ? { receipt, cost: addRupiah(receipt.amount, receipt.processingFee) } : {}) };
  }
  const definitiveFailure = (code >= 100 && code <= 199 && !IDENTITY_CODES.has(code)) || PAYMENT_REJECTION_CODES.has(code);
  if (definitiveFailure) {
    if (body.success === true) return unexpected(common, message);
    if (txData && !refMatches(txData, expectedRef)) return unexpected(common, 'refNumber dalam jawaban provider bukan milik transaksi ini.');
    return { ...common, status: 'failed', code: String(code) };
  }
  return unexpected(common, message);
}

function unexpected(common: { message: string; providerText?: string; raw: string; responseCode: number | undefined; providerRef?: string }, message: string): AyoconnectOutcome {
  const { responseCode, ...rest } = common;
  return { ...rest, ...(responseCode !== undefined ? { responseCode } : {}), status: 'unknown', reason: 'unexpected_answer', message };
}

function refMatches(data: TransactionData, expectedRef: string): boolean {
  const ref = data.refNumber.trim();
  return ref === '' || ref === expectedRef;
}

function safeReceipt(data: TransactionData, expectedRef: string): AyoconnectReceipt | undefined {
  try {
    const token = serialOf(data);
    return {
      ...billSummary(data),
      refNumber: data.refNumber || expectedRef,
      ...(data.transactionId ? { transactionId: String(data.transactionId) } : {}),
      ...(token !== undefined ? { token } : {}),
    };
  } catch {
    return undefined;
  }
}

function detailsOf(receipt: AyoconnectReceipt): Record<string, string | number> {
  const details: Record<string, string | number> = {
    productName: receipt.productName,
    admin: receipt.admin,
    billTotal: receipt.billTotal,
    monthCount: receipt.monthCount,
  };
  if (receipt.customerName) details.customerName = receipt.customerName;
  if (receipt.periods.length > 0) details.periods = receipt.periods.join(', ');
  receipt.bills.forEach((bill, i) => {
    details[`bill${i + 1}`] = `${bill.period ?? bill.label}: ${bill.amount}`;
  });
  return details;
}
