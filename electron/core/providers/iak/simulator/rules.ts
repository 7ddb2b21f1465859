import { createHash } from 'node:crypto';
import { POSTPAID_MESSAGES, POSTPAID_PENDING } from '../response-codes';

/**
 * The simulator's deterministic outcome rules (documented in docs/providers/iak.md).
 *
 * Prepaid: IAK documents no test numbers for prepaid (its dev callbacks are pressed by hand in the
 * sandbox report), so Loket's rule keys on the customer number's last four digits.
 * Postpaid: IAK's current sandbox scheme (providers.md 2.6), generalised to every product code:
 * last four digits `0000` success, `…999` multiple bills, `0<RC>` inquiry answers RC,
 * `1<RC>` payment answers RC (`1039` pending then success), plus Loket's `2039` pending then failure.
 */
export type PrepaidFinal = 'success' | 'failed' | 'manual';

export interface PrepaidPlan {
  final: PrepaidFinal;
  /** How long the sale stays `0 / 39 PROCESS` (Infinity for manual). */
  afterMs: number;
  failRc?: string;
}

export function prepaidPlan(customerId: string, pendingDelayMs: number): PrepaidPlan {
  if (customerId.endsWith('9999')) return { final: 'failed', afterMs: pendingDelayMs, failRc: '07' };
  if (customerId.endsWith('8888')) return { final: 'success', afterMs: pendingDelayMs * 5 };
  if (customerId.endsWith('7777')) return { final: 'failed', afterMs: pendingDelayMs * 5, failRc: '07' };
  if (customerId.endsWith('6666')) return { final: 'manual', afterMs: Number.POSITIVE_INFINITY };
  return { final: 'success', afterMs: pendingDelayMs };
}

export type PaymentPlan =
  | { kind: 'success' }
  | { kind: 'error'; rc: string }
  | { kind: 'pending'; rc: string; final: 'success' | 'failed'; failRc?: string };

export type PostpaidScenario = { kind: 'inquiry_error'; rc: string } | { kind: 'ok'; bills: number; payment: PaymentPlan };

const MULTI_BILLS: Record<string, number> = { PLNPOSTPAID: 8, TELKOMPSTN: 3, TELKOMSPEEDY: 3, 'PDAMKOTA.MEDAN': 4 };

export function postpaidScenario(code: string, customerNumber: string): PostpaidScenario {
  const ok = (payment: PaymentPlan = { kind: 'success' }, bills = 1): PostpaidScenario => ({ kind: 'ok', bills, payment });
  const last4 = customerNumber.slice(-4);
  if (!/^\d{4}$/.test(last4)) return ok();
  // PLNPOSTPAID 530000000999 and TELKOMPSTN 6391601999 are both multi-bill numbers: the rule is `…999`.
  if (last4.endsWith('999')) return ok({ kind: 'success' }, MULTI_BILLS[code] ?? 2);
  if (last4 === '2039') return ok({ kind: 'pending', rc: '39', final: 'failed', failRc: '37' });
  const rc = rcFromDigits(last4.slice(1));
  const known = POSTPAID_MESSAGES[rc] !== undefined;
  if (last4[0] === '0') return rc === '00' || !known ? ok() : { kind: 'inquiry_error', rc };
  if (last4[0] === '1' && known && rc !== '00') {
    return POSTPAID_PENDING.has(rc) ? ok({ kind: 'pending', rc, final: 'success' }) : ok({ kind: 'error', rc });
  }
  return ok();
}

/** "001" -> "01", "014" -> "14", "103" -> "103". */
function rcFromDigits(digits: string): string {
  const n = Number(digits);
  return n < 10 ? `0${n}` : String(n);
}

/** Deterministic bytes for a key: the same customer always gets the same name, bill and token. */
export function seedBytes(key: string): Buffer {
  return createHash('sha256').update(key).digest();
}

export function seedInt(key: string, min: number, max: number): number {
  const n = seedBytes(key).readUInt32BE(0);
  return min + (n % (max - min + 1));
}

export function seedDigits(key: string, length: number): string {
  const bytes = seedBytes(key);
  let out = '';
  for (let i = 0; out.length < length; i += 1) out += String(bytes[i % bytes.length]! % 10);
  return out;
}

const NAMES = [
  'AHMAD FAUZI', 'SITI RAHAYU', 'BUDI SANTOSO', 'DEWI LESTARI', 'RINA WULANDARI', 'AGUS SETIAWAN', 'NURUL HIDAYAH',
  'HENDRA GUNAWAN', 'YULIANA SARI', 'EKO PRASETYO', 'FITRI HANDAYANI', 'RUDI HARTONO', 'MEGA PUSPITA', 'JOKO WIDODO S',
  'INDAH PERMATA', 'WAYAN SUDARSANA', 'MARIA UTAMI', 'ANDI MAPPANYUKKI', 'LUSIANA TAMBUNAN', 'DIDIK KURNIAWAN',
];

export function customerName(key: string): string {
  return NAMES[seedInt(`name:${key}`, 0, NAMES.length - 1)]!;
}
