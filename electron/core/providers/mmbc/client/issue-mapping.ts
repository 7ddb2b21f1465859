import type { Parsed } from '../../http/parse-answer';
import { unparsedToOutcome } from '../../http/parse-answer';
import type { MoneyOutcome } from '../../outcome';
import { bookingStatusAnswerSchema, bookingStatusWord, issueAnswerSchema } from '../contract/flights';
import { sameCode } from './amounts';
import { refusalOf, statusCheckUnparsed, unexpectedOutcome } from './results';

/**
 * getissued-json / getstatusbooking-json -> MoneyOutcome for the ticket sale.
 * Documented failures (nothing charged): "status kode booking X adalah Expired", "Sisa saldo
 * tidak cukup ...", "Kode Booking X tidak ditemukan ...", plus "invalid login" and "adalah Cancel".
 * "adalah Issued" may be our own earlier attempt: unknown. "adalah Pending": pending.
 */
const ISSUE_NOT_CHARGED: [RegExp, string][] = [
  [/adalah\s+expired/i, 'expired'],
  [/adalah\s+cancel/i, 'cancel'],
  [/sisa saldo tidak cukup/i, 'insufficient_balance'],
  [/tidak ditemukan/i, 'not_found'],
  [/invalid login|failed login/i, 'invalid_login'],
];

export function mapIssueAnswer(parsed: Parsed<unknown>, kodebooking: string): MoneyOutcome {
  if (!parsed.ok) return unparsedToOutcome(parsed);
  const refusal = refusalOf(parsed.body);
  if (refusal !== undefined) {
    if (/adalah\s+pending/i.test(refusal)) return { status: 'pending', providerRef: kodebooking, message: refusal, raw: parsed.raw };
    const hit = /adalah\s+issued/i.test(refusal) ? undefined : ISSUE_NOT_CHARGED.find(([p]) => p.test(refusal));
    if (hit) return { status: 'failed', code: hit[1], providerRef: kodebooking, message: refusal, raw: parsed.raw };
    return { ...unexpectedOutcome(parsed.raw, refusal || 'MMBC menolak issued tanpa alasan.'), providerRef: kodebooking };
  }
  const answer = issueAnswerSchema.safeParse(parsed.body);
  if (!answer.success) return unexpectedOutcome(parsed.raw);
  const reason = (answer.data.reason ?? '').trim();
  // The documented answers name the booking (" Kode Booking X sudah berhasil terissued!"): trust only ours.
  const named = /kode booking\s+(\w+)/i.exec(reason)?.[1];
  if (!named || !sameCode(named, kodebooking)) {
    return { ...unexpectedOutcome(parsed.raw, reason || 'Jawaban issued MMBC tanpa kode booking.'), providerRef: kodebooking };
  }
  const common = { providerRef: kodebooking, message: reason, raw: parsed.raw };
  if (/terissued|berhasil\s+di\s*issued/i.test(reason)) {
    const ticket = answer.data.ticket_number?.trim();
    return { ...common, status: 'success', serial: ticket ? ticket : undefined, details: ticket ? { ticket_number: ticket } : undefined };
  }
  if (/proses/i.test(reason)) return { ...common, status: 'pending' };
  return { ...unexpectedOutcome(parsed.raw, reason || 'Jawaban issued MMBC tanpa keterangan.'), providerRef: kodebooking };
}

/**
 * The status of a booking as the outcome of its issue: issued = success, pending = pending,
 * cancel / expired = failed (the ticket was not and will not be issued), waiting = unknown (not
 * issued yet; an issue request may still be on its way).
 */
export function mapIssueStatus(parsed: Parsed<unknown>, kodebooking: string): MoneyOutcome {
  if (!parsed.ok) return statusCheckUnparsed(parsed);
  const refusal = refusalOf(parsed.body);
  if (refusal !== undefined) return { ...unexpectedOutcome(parsed.raw, refusal || 'MMBC menolak cek status booking.'), providerRef: kodebooking };
  const answer = bookingStatusAnswerSchema.safeParse(parsed.body);
  if (!answer.success) return unexpectedOutcome(parsed.raw);
  if (!sameCode(answer.data.kodebooking, kodebooking)) {
    return unexpectedOutcome(parsed.raw, `Jawaban status MMBC untuk kode booking lain (${answer.data.kodebooking}).`);
  }
  const common = { providerRef: kodebooking, message: `Status kode booking ${kodebooking}: ${answer.data.status}`, raw: parsed.raw };
  switch (bookingStatusWord(answer.data.status)) {
    case 'issued':
      return { ...common, status: 'success' };
    case 'pending':
      return { ...common, status: 'pending' };
    case 'cancel':
      return { ...common, status: 'failed', code: 'cancel' };
    case 'expired':
      return { ...common, status: 'failed', code: 'expired' };
    case 'waiting':
      return { ...unexpectedOutcome(parsed.raw, `Kode booking ${kodebooking} masih waiting (belum issued).`), providerRef: kodebooking };
    default:
      return { ...unexpectedOutcome(parsed.raw, `Status booking MMBC tidak dikenal: "${answer.data.status}".`), providerRef: kodebooking };
  }
}
