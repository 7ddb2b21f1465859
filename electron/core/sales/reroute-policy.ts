import type { ProviderId } from '../domain/provider-id';
import type { MoneyOutcome } from '../providers/outcome';

/**
 * Refusals about the destination itself: a wrong number, or a number that is not of the product's
 * operator. Another provider would refuse it too, or worse deliver it (an Axis product once reached a
 * Telkomsel number at the third provider), so such a refusal ends the sale. Codes from each
 * provider's contract: IAK response-codes.ts, MMBC topup-mapping.ts, Ayoconnect response-codes.ts,
 * Klikoo contract/codes.ts.
 */
const WRONG_DESTINATION: Record<ProviderId, (code: string) => boolean> = {
  // 14 INCORRECT DESTINATION NUMBER, 16 NUMBER NOT MATCH WITH OPERATOR, 203 NUMBER IS TOO LONG
  iak: (code) => code === '14' || code === '16' || code === '203',
  // "Nomor tujuan … tidak valid" / "… bukan nomor <OPERATOR>"
  mmbc: (code) => code === 'invalid_destination',
  // 103 "Nomor yang Anda Masukkan Salah/Expired"
  ayoconnect: (code) => code === '103',
  // HHH SS CCCC: 7011 "No pelanggan salah", 7002 "No Customer tidak ditemukan"
  klikoo: (code) => /^\d{9}$/.test(code) && (code.endsWith('7011') || code.endsWith('7002')),
};

/** Whether a definite refusal may be tried at the next provider of the route. */
export function mayReroute(provider: ProviderId, outcome: Extract<MoneyOutcome, { status: 'failed' }>): boolean {
  return !WRONG_DESTINATION[provider](outcome.code);
}
