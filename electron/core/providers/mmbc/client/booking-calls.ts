import { unparsedToReadError } from '../../http/parse-answer';
import type { MoneyOutcome, ReadResult } from '../../outcome';
import { bookingStatusAnswerSchema, bookingStatusWord, etiketAnswerSchema } from '../contract/flights';
import { mapBookingAnswer, bookingFields } from './booking-mapping';
import { mapIssueAnswer, mapIssueStatus } from './issue-mapping';
import { invalidInput, neverThrowMoney, neverThrowRead, readRefused, readUnexpected, refusalOf } from './results';
import type { MmbcTransport } from './transport';
import type { BookingRequest, MmbcBooking, MmbcBookingStatus, MmbcEticket } from './types';

/** Booking, issue (money), status and e-ticket calls of the flight API. */
export interface MmbcBookingCalls {
  /**
   * postbooking-json: holds seats until the time limit; no money moves. A lost answer leaves at
   * most an orphan booking that expires by itself, so retrying is safe money-wise.
   */
  book(request: BookingRequest): Promise<ReadResult<MmbcBooking>>;
  /** getissued-json: debits flight_shownta. Money moves; never retried by this client. */
  issue(kodebooking: string): Promise<MoneyOutcome>;
  /** getstatusbooking-json read as the outcome of the issue (status check of the sale). */
  checkIssue(kodebooking: string): Promise<MoneyOutcome>;
  /** getstatusbooking-json as plain data (e.g. to show waiting / expired). */
  getBookingStatus(kodebooking: string): Promise<ReadResult<MmbcBookingStatus>>;
  /** getetiket-json: the PDF link of an issued booking. */
  getEticket(kodebooking: string): Promise<ReadResult<MmbcEticket>>;
}

export function bookingCalls(transport: MmbcTransport): MmbcBookingCalls {
  const codeProblem = (code: string) => (/^[A-Za-z0-9]{4,12}$/.test(code.trim()) ? undefined : `Kode booking "${code}" tidak valid.`);
  return {
    book: (request) =>
      neverThrowRead(async () => {
        const fields = bookingFields(request);
        if (!fields.ok) return invalidInput(fields.message);
        return mapBookingAnswer(await transport.post('/json/postbooking-json', fields.value), fields.order);
      }),
    issue: (kodebooking) =>
      neverThrowMoney(async () => {
        const problem = codeProblem(kodebooking);
        if (problem) return { status: 'failed', code: 'not_sent', message: problem };
        const code = kodebooking.trim().toUpperCase();
        return mapIssueAnswer(await transport.post('/json/getissued-json', { kodebooking: code }), code);
      }),
    checkIssue: (kodebooking) =>
      neverThrowMoney(async () => {
        const code = kodebooking.trim().toUpperCase();
        return mapIssueStatus(await transport.post('/json/getstatusbooking-json', { kodebooking: code }), code);
      }),
    getBookingStatus: (kodebooking) =>
      neverThrowRead(async () => {
        const problem = codeProblem(kodebooking);
        if (problem) return invalidInput(problem);
        const parsed = await transport.post('/json/getstatusbooking-json', { kodebooking: kodebooking.trim().toUpperCase() });
        if (!parsed.ok) return unparsedToReadError(parsed);
        const refusal = refusalOf(parsed.body);
        if (refusal !== undefined) return readRefused(refusal);
        const answer = bookingStatusAnswerSchema.safeParse(parsed.body);
        const status = answer.success ? bookingStatusWord(answer.data.status) : undefined;
        if (!answer.success || !status) return readUnexpected();
        return { ok: true, value: { bookingCode: answer.data.kodebooking.trim(), status } };
      }),
    getEticket: (kodebooking) =>
      neverThrowRead(async () => {
        const problem = codeProblem(kodebooking);
        if (problem) return invalidInput(problem);
        const code = kodebooking.trim().toUpperCase();
        const parsed = await transport.post('/json/getetiket-json', { kodebooking: code });
        if (!parsed.ok) return unparsedToReadError(parsed);
        const refusal = refusalOf(parsed.body);
        if (refusal !== undefined) return readRefused(refusal);
        const answer = etiketAnswerSchema.safeParse(parsed.body);
        const url = answer.success ? /https?:\/\/\S+?\.pdf\b/i.exec(answer.data.reason)?.[0] : undefined;
        if (!answer.success || !url) return readUnexpected();
        return { ok: true, value: { bookingCode: code, url, message: answer.data.reason.trim() } };
      }),
  };
}
