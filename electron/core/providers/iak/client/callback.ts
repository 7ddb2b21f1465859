import { callbackBody } from '../contract/callback';
import { verifyIakSign, type IakCredentials } from '../signing';
import { mapPrepaidTransaction } from './map-prepaid';
import type { IakCallbackVerification } from './types';

/**
 * Reads a prepaid callback body (the raw JSON text or the parsed object). The sign only proves the
 * sender knows our api_key and the ref_id; it does not cover the status, so the outcome is a HINT:
 * the engine must confirm it with checkStatus before moving money. Never throws.
 */
export function verifyIakCallback(credentials: IakCredentials, body: unknown): IakCallbackVerification {
  let value = body;
  let raw: string;
  if (typeof body === 'string') {
    raw = body;
    try {
      value = JSON.parse(body);
    } catch {
      return { ok: false, reason: 'malformed', message: 'Callback IAK bukan JSON.' };
    }
  } else {
    raw = safeStringify(body);
  }
  // Accept the documented `{"data": {...}}` and, tolerantly, the bare object.
  const wrapped = isObject(value) && !('data' in value) && 'ref_id' in value ? { data: value } : value;
  const parsed = callbackBody.safeParse(wrapped);
  if (!parsed.success) return { ok: false, reason: 'malformed', message: 'Callback IAK tidak sesuai format.' };
  const data = parsed.data.data;
  if (!verifyIakSign(credentials, data.ref_id, data.sign)) {
    return { ok: false, reason: 'bad_signature', message: 'Tanda tangan callback IAK tidak cocok.' };
  }
  const outcome = mapPrepaidTransaction(data, { reading: 'callback', refId: data.ref_id, raw });
  return { ok: true, refId: data.ref_id, ...(data.tr_id !== undefined ? { trId: data.tr_id } : {}), outcome };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function safeStringify(value: unknown): string {
  try {
    return JSON.stringify(value) ?? '';
  } catch {
    return '';
  }
}
