import { parseProviderAmount, type Rupiah } from '../../../money';
import { reportedCost, type MoneyOutcome } from '../../outcome';
import type { TransactionBody } from '../contract/responses';
import type { KlikooTransaction } from '../types';
import { KLIKOO_TX_TEXT, klikooWords } from '../messages-id';

/**
 * Turns a transaction as Klikoo sends it (detail `data`, buy `data`, history row, callback) into
 * our shape with money parsed once. A money field that is present but not whole rupiah makes the
 * whole transaction unreadable (never a guess).
 */
export function readTransaction(body: TransactionBody): { ok: true; tx: KlikooTransaction } | { ok: false; reason: string } {
  try {
    return {
      ok: true,
      tx: {
        transactionId: body.transaction_id,
        partnerReferenceId: body.partner_reference_id,
        status: (body.status || body.transaction_status).trim(),
        // What Klikoo charged: a nonsense amount is ignored (a SUCCESS without one stays unknown below).
        amount: reportedCost(body.amount),
        productCode: body.product_code,
        productName: body.product_name,
        value: body.value,
        customerName: body.customer_name,
        serial: body.sn,
        reason: body.reason,
        transactionTime: body.transaction_time || body.created_at,
        currentBalance: optionalAmount(body.current_balance),
        beginningBalance: optionalAmount(body.beginning_balance),
      },
    };
  } catch (err) {
    return { ok: false, reason: err instanceof Error ? err.message : String(err) };
  }
}

function optionalAmount(value: string | number | null | undefined): Rupiah | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  return parseProviderAmount(value);
}

/** Only "SUCCESS" is documented; the other spellings are accepted readings, everything else is unknown. */
const SUCCESS = new Set(['SUCCESS', 'SUKSES', 'BERHASIL']);
const FAILED = new Set(['FAILED', 'FAIL', 'FAILURE', 'GAGAL']);
const PENDING = new Set(['PENDING', 'PROCESS', 'PROCESSING', 'ON_PROCESS', 'IN_PROCESS', 'WAITING', 'CREATED']);

export type TxState = 'success' | 'failed' | 'pending' | 'unrecognised';

export function txState(status: string): TxState {
  const s = status.trim().toUpperCase();
  if (SUCCESS.has(s)) return 'success';
  if (FAILED.has(s)) return 'failed';
  if (PENDING.has(s)) return 'pending';
  return 'unrecognised';
}

export function txDetails(tx: KlikooTransaction): Record<string, string> {
  const details: Record<string, string> = {
    transactionId: tx.transactionId,
    partnerReferenceId: tx.partnerReferenceId,
    productCode: tx.productCode,
    productName: tx.productName,
    customerNumber: tx.value,
    customerName: tx.customerName,
    transactionTime: tx.transactionTime,
    status: tx.status,
  };
  return Object.fromEntries(Object.entries(details).filter(([, v]) => v !== ''));
}

/**
 * What a transaction's state means for the sale. `emptyStatus` is the reading of a transaction
 * that carries no status at all (a freshly created buy is pending; a detail without status is not
 * trustworthy).
 */
export function transactionOutcome(
  tx: KlikooTransaction,
  providerMessage: string,
  raw: string,
  emptyStatus: 'pending' | 'unknown',
): MoneyOutcome {
  const common = { providerRef: tx.transactionId || undefined, raw };
  const state = tx.status === '' ? emptyStatus : txState(tx.status);
  switch (state) {
    case 'success':
      if (tx.amount === undefined) {
        return { ...common, status: 'unknown', reason: 'unexpected_answer', message: 'Klikoo menyatakan sukses tanpa nominal transaksi.' };
      }
      return {
        ...common,
        status: 'success',
        ...klikooWords(KLIKOO_TX_TEXT.success, providerMessage),
        serial: tx.serial || undefined,
        cost: tx.amount,
        balance: tx.currentBalance,
        details: txDetails(tx),
      };
    case 'failed':
      return { ...common, status: 'failed', code: tx.status.toUpperCase(), message: tx.reason || providerMessage || KLIKOO_TX_TEXT.failed, balance: tx.currentBalance };
    case 'pending':
      return { ...common, status: 'pending', message: providerMessage || KLIKOO_TX_TEXT.pending, ...(tx.amount !== undefined ? { cost: tx.amount } : {}), balance: tx.currentBalance };
    default:
      return { ...common, status: 'unknown', reason: 'unexpected_answer', message: `Status transaksi Klikoo tidak dikenali: "${tx.status}".` };
  }
}
