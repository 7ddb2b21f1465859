import type { SimResponse } from '../../sim-kit';
import { CASE_MESSAGE, responseCode, type CaseCode, type ServiceCode } from '../contract/codes';
import { formatKlikooTimestamp } from '../signing';
import type { SimTransaction } from './state';

/** Klikoo's envelope; the HTTP status is the first three digits of the code. */
export function answer(http: number, service: ServiceCode, caseCode: CaseCode, data?: unknown, extra: Record<string, unknown> = {}): SimResponse {
  const body: Record<string, unknown> = { response_code: responseCode(http, service, caseCode), response_message: CASE_MESSAGE[caseCode], ...extra };
  if (data !== undefined) body.data = data;
  return { status: http, json: body };
}

/** An error answer, optionally with Klikoo's message replaced by a more specific one. */
export function refuse(http: number, service: ServiceCode, caseCode: CaseCode, message?: string, data?: unknown): SimResponse {
  const res = answer(http, service, caseCode, data);
  if (message) (res.json as Record<string, unknown>).response_message = message;
  return res;
}

/** Go-style UTC time with microseconds, as in the docs ("2024-10-11T09:02:57.241732Z"). */
export function txTime(epochMs: number): string {
  return new Date(epochMs).toISOString().replace('Z', '000Z');
}

/**
 * Transaction detail `data`: every field a string, as on the transaction-detail page
 * (amount "10086", current_balance "2181772").
 */
export function txJson(tx: SimTransaction): Record<string, string> {
  return {
    transaction_id: tx.transactionId,
    status: tx.status,
    partner_reference_id: tx.partnerReferenceId,
    amount: String(tx.cost),
    transaction_time: txTime(tx.createdAt),
    reason: tx.reason,
    product_id: '',
    product_name: tx.product.name,
    sn: tx.sn,
    value: tx.value,
    customer_name: tx.customerName,
    current_balance: tx.currentBalance === undefined ? '' : String(tx.currentBalance),
    beginning_balance: tx.beginningBalance === undefined ? '' : String(tx.beginningBalance),
    product_code: tx.product.code,
  };
}

/** History row: the detail fields plus `created_at` (WIB timestamp). */
export function historyRow(tx: SimTransaction): Record<string, string> {
  return { created_at: formatKlikooTimestamp(tx.createdAt), ...txJson(tx) };
}

/** Purchase callback body: 7-digit code, amount a string, balances ints (documented sample). */
export function callbackJson(tx: SimTransaction): Record<string, unknown> {
  return {
    response_code: '2000200',
    response_message: 'Success',
    partner_reference_id: tx.partnerReferenceId,
    transaction_id: tx.transactionId,
    amount: String(tx.cost),
    transaction_time: txTime(tx.createdAt),
    transaction_status: tx.status,
    reason: tx.reason,
    product_name: tx.product.name,
    sn: tx.sn,
    value: tx.value,
    customer_name: tx.customerName,
    current_balance: tx.currentBalance ?? 0,
    beginning_balance: tx.beginningBalance ?? 0,
    product_code: tx.product.code,
  };
}
