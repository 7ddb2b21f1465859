import { createHash } from 'node:crypto';
import type { z } from 'zod';
import type { flightChannels } from '../api/channels/flights';
import type { EventBus } from '../app/event-bus';
import type { BookingStatusWord } from '../domain/sale-kind';
import { AppError } from '../errors/app-error';
import type { Ledger } from '../ledger';
import { formatRupiah, rupiah } from '../money';
import type { MmbcClient } from '../providers/mmbc';
import type { PassengerInput } from '../providers/mmbc/client/types';
import type { ProviderService } from '../providers/registry/provider-service';
import type { FlightIssueInput } from '../sales/flight-issue';
import type { MoneyOutcome } from '../providers/outcome';
import type { SaleRecord } from '../sales/sale-record';
import { bookingAnswerProblem, normalBookingCode } from './booking-answer';
import { providerOrder, refusalToFieldErrors } from './booking-refusal';
import { BookingStore, passengersOf, type BookingRow, type IssueSale, type NewBooking, type StoredPassenger } from './booking-store';
import { finalStatusOfFailedIssue } from './issue-failure';
import { issueBlockedReason, toBookingSummary, toBookingView, type BookingView } from './booking-view';
import { downloadEticket, eticketFileName, readSavedEticket, saveEticket } from './eticket-file';
import { decodeFlightKey } from './flight-rows';
import { isInternationalRoute } from './international';
import { airlineNeedsDateOfBirth, checkPassengers, normalBaggage, PASSENGER_TITLES, type FieldError } from './passenger-rules';
import { markupFor, readFlightMarkup } from './pricing-rule';

type In<C extends keyof typeof flightChannels> = z.output<(typeof flightChannels)[C]['input']>;
type Out<C extends keyof typeof flightChannels> = z.output<(typeof flightChannels)[C]['output']>;

export interface BookingServiceDeps {
  ledger: Ledger;
  providers: ProviderService;
  events: EventBus;
  /** The sale engine's flight issue (SalesService.issueFlight): shift gate and deposit check included. */
  issueFlight: (input: FlightIssueInput) => Promise<SaleRecord>;
  /**
   * MMBC says a booking is issued while its latest issue sale is settled as failed: the sale engine
   * records that success as a late success (owner alert with the evidence), as for any sale.
   */
  reportLateIssue?: (saleId: number, outcome: Extract<MoneyOutcome, { status: 'success' }>) => void;
  dataDir: string;
}

const OPEN_SALE = new Set(['committed', 'sent', 'pending', 'unknown']);
/** A cancelled or expired booking never reopens (migration 013 enforces it too). */
const FINAL = new Set<BookingStatusWord>(['cancel', 'expired']);

/**
 * The booking side of Tiket Pesawat: postbooking (seats held, no money), the local record, status
 * from MMBC, the issue as a sale through the sale engine, and the e-ticket. A provider that did not
 * answer never changes a booking: no answer is not an answer.
 */
export class BookingService {
  readonly store: BookingStore;
  /** Bookings in flights:book right now, by requestId: a double click joins the first call. */
  private readonly booking = new Map<string, { hash: string; call: Promise<Out<'flights:book'>> }>();
  /** Bookings whose issue call is running (before the sale row exists nothing else would show it). */
  private readonly issuing = new Map<number, string>();

  constructor(private readonly deps: BookingServiceDeps) {
    this.store = new BookingStore(deps.ledger.db);
  }

  // ---- book ---------------------------------------------------------------------------------

  book(input: In<'flights:book'>): Promise<Out<'flights:book'>> {
    const hash = requestHash(input);
    const running = this.booking.get(input.requestId);
    if (running) return running.hash === hash ? running.call : Promise.reject(sameIdOtherInput());
    const call = this.bookOnce(input, hash).finally(() => this.booking.delete(input.requestId));
    this.booking.set(input.requestId, { hash, call });
    return call;
  }

  private async bookOnce(input: In<'flights:book'>, hash: string): Promise<Out<'flights:book'>> {
    const saved = this.store.byRequestId(input.requestId);
    if (saved) {
      if (saved.requestHash !== hash) throw sameIdOtherInput();
      return { booking: this.view(saved), errors: [] };
    }
    const key = decodeFlightKey(input.key);
    if (!key) throw new AppError('invalid_input', 'Data penerbangan tidak dikenal. Cari ulang penerbangannya.');
    if (key.from === key.to) throw new AppError('invalid_input', 'Kota asal dan kota tujuan tidak boleh sama.');
    const today = this.deps.ledger.businessDay();
    if (key.date < today) throw new AppError('invalid_input', `Tanggal berangkat ${dmy(key.date)} sudah lewat (hari ini ${dmy(today)}). Cari ulang penerbangannya.`);
    const international = isInternationalRoute(key.from, key.to);
    const errors = checkPassengers({
      flightDate: key.date,
      international,
      airlineNeedsDateOfBirth: airlineNeedsDateOfBirth(key.airline) || airlineNeedsDateOfBirth(key.flight),
      passengers: input.passengers,
      contact: input.contact,
    });
    if (errors.length > 0) return { booking: null, errors };

    const asGiven: StoredPassenger[] = input.passengers.map((p) => ({
      type: p.type,
      title: canonicalTitle(p.type, p.title),
      fullName: p.fullName.trim().replace(/\s+/g, ' '),
      dateOfBirth: blankToNull(p.dateOfBirth),
      // Checked above: "20kg" is stored and sent as MMBC writes it, "20 Kg".
      baggage: blankToNull(normalBaggage(p.baggage ?? '') ?? undefined),
      passportNumber: international ? blankToNull(p.passportNumber)?.toUpperCase() ?? null : null,
      passportCountry: international ? blankToNull(p.passportCountry) : null,
      passportExpiry: international ? blankToNull(p.passportExpiry) : null,
      ticketNumber: null,
    }));
    // Kept in MMBC's order (adults, children, infants, each as given): its ticket_number "a|b|c"
    // follows that order, so the screen and the receipt pair each name with its own ticket.
    const passengers = providerOrder(asGiven.map((p) => p.type)).map((i) => asGiven[i] as StoredPassenger);
    const sent: PassengerInput[] = passengers.map((p) => ({
      type: p.type,
      title: p.title,
      name: p.fullName,
      dateOfBirth: p.dateOfBirth ?? undefined,
      baggage: p.baggage ?? undefined,
      passportNumber: p.passportNumber ?? undefined,
      passportExpiry: p.passportExpiry ?? undefined,
    }));
    const result = await this.client().book({
      from: key.from,
      to: key.to,
      date: key.date,
      flight: key.flight,
      email: input.contact.email.trim(),
      phone: input.contact.phone.replace(/[\s-]/g, ''),
      passengers: sent,
    });
    // MMBC's "Psg N" is mapped back to the index in the cashier's own list (the form's order).
    if (!result.ok) return { booking: null, errors: this.refusal(result, asGiven) };

    // A double click that raced this one may have saved it meanwhile (same requestId): answer that.
    const raced = this.store.byRequestId(input.requestId);
    if (raced) return { booking: this.view(raced), errors: [] };
    const b = result.value;
    const answerProblem = bookingAnswerProblem(b);
    if (answerProblem) throw unusableAnswer(answerProblem);
    const bookingCode = normalBookingCode(b.bookingCode);
    const count = passengers.length;
    const markup = markupFor(readFlightMarkup(this.deps.ledger.db), count);
    const [departTime, arriveTime] = (b.time ?? '').split('-').map((t) => t.trim());
    const lead = passengers.find((p) => p.type === 'adult');
    const now = this.deps.ledger.now();
    const timeLimitAt = b.timeLimitAt ? Date.parse(b.timeLimitAt) : Number.NaN;
    const id = this.insertOrConflict(
      {
        bookingCode,
        requestId: input.requestId,
        requestHash: hash,
        status: b.status ?? 'waiting',
        airline: b.airline || key.airline,
        flightNumber: b.flightCode || key.flight,
        fromCode: key.from,
        toCode: key.to,
        route: b.route?.trim() || `${key.from}-${key.to}`,
        travelDate: key.date,
        departTime: departTime || null,
        arriveTime: arriveTime || null,
        transitLabel: b.transit ?? null,
        flightClass: b.flightClass ?? null,
        international: international ? 1 : 0,
        adult: passengers.filter((p) => p.type === 'adult').length,
        child: passengers.filter((p) => p.type === 'child').length,
        infant: passengers.filter((p) => p.type === 'infant').length,
        passengers,
        contactName: b.contact?.fullname ? `${b.contact.title ? `${b.contact.title}. ` : ''}${b.contact.fullname}` : lead ? `${lead.title}. ${lead.fullName}` : '',
        contactEmail: input.contact.email.trim(),
        contactPhone: input.contact.phone.replace(/[\s-]/g, ''),
        publishFare: b.publishFare,
        tax: b.tax,
        totalFare: b.totalFare,
        ntaPrice: b.ntaPrice,
        agentBonus: b.agentBonus ?? 0,
        markup,
        sellingPrice: b.totalFare + markup,
        timeLimitAt: Number.isFinite(timeLimitAt) ? timeLimitAt : null,
        timeLimitText: b.timeLimitText ?? null,
        createdAt: now,
      },
      `Dipesan di MMBC: ${bookingCode}, batas waktu ${b.timeLimitText ?? '(tidak disebut)'}, harga jual total ${b.totalFare} + markup ${markup}`,
    );
    const row = this.mustGet(id);
    this.emit(row);
    return { booking: this.view(row), errors: [] };
  }

  /** Two bookings with one code would mix their issues and tickets: a repeated code is a conflict, not a crash. */
  private insertOrConflict(booking: NewBooking, detail: string): number {
    try {
      return this.store.insert(booking, detail);
    } catch (error) {
      const sqlite = error as { code?: string; message?: string };
      if (sqlite.code === 'SQLITE_CONSTRAINT_UNIQUE' && /booking_code/.test(sqlite.message ?? '')) {
        const other = this.store.byCode(booking.bookingCode);
        throw new AppError(
          'conflict',
          `MMBC memberi kode booking ${booking.bookingCode} yang sudah dipakai booking lain${other ? ` (#${other.id}, ${other.route} ${dmy(other.travelDate)})` : ''}. Booking baru tidak disimpan; tidak ada uang yang berpindah. Hubungi MMBC sebelum meng-issue kode ini.`,
        );
      }
      throw error;
    }
  }

  /** The provider's refusal as field errors; a provider that did not answer is an error, never "refused". */
  private refusal(result: { code: string; message: string }, passengers: StoredPassenger[]): FieldError[] {
    if (result.code === 'booking_refused' || result.code === 'invalid_input') return refusalToFieldErrors(result.message, passengers.map((p) => p.type));
    if (result.code === 'invalid_login') throw new AppError('provider_unavailable', `MMBC menolak login: ${result.message}. Periksa akun MMBC di Pengaturan. Booking tidak dibuat.`);
    throw new AppError(
      'provider_unavailable',
      `Pemesanan belum mendapat jawaban MMBC (${result.message}). Booking mungkin sudah ada atau belum di MMBC; tidak ada uang yang berpindah: kursi yang tertahan tanpa issue lepas sendiri setelah batas waktunya. Coba pesan lagi.`,
    );
  }

  // ---- read -----------------------------------------------------------------------------------

  list(input: In<'flights:bookings'>): Out<'flights:bookings'> {
    return { bookings: this.store.list(input).map(toBookingSummary) };
  }

  get(bookingId: number): BookingView {
    return this.view(this.mustGet(bookingId));
  }

  // ---- status -------------------------------------------------------------------------------

  /** getstatusbooking-json now. No answer changes nothing and says so. */
  async refreshStatus(bookingId: number): Promise<Out<'flights:refreshStatus'>> {
    const row = this.mustGet(bookingId);
    const answer = await this.client().getBookingStatus(row.bookingCode);
    if (!answer.ok) {
      return { booking: this.view(this.mustGet(bookingId)), warning: `Status booking belum bisa dicek ke MMBC (${answer.message}). Status tersimpan tidak diubah; coba lagi nanti.` };
    }
    this.applyProviderStatus(bookingId, answer.value.status);
    return { booking: this.view(this.mustGet(bookingId)), warning: null };
  }

  private applyProviderStatus(bookingId: number, status: BookingStatusWord): void {
    const now = this.deps.ledger.now();
    this.store.markChecked(bookingId, now);
    const row = this.mustGet(bookingId);
    if (status === 'issued') this.reportIssuedAfterFailure(row);
    // An issued booking stays issued (its sale is the truth for the money); anything else follows MMBC.
    if (row.status === 'issued' || row.status === status) return;
    if (FINAL.has(row.status)) {
      this.store.note(bookingId, row.status, 'provider', this.ignoredAnswerNote(row, status), now);
      this.emit(this.mustGet(bookingId));
      return;
    }
    if (this.store.setStatus(bookingId, status, 'provider', `Cek status MMBC: ${status}`, now)) this.emit(this.mustGet(bookingId));
  }

  /**
   * Why a cancel/expired booking did not follow MMBC's answer. "issued" is a late success: the
   * money moved at MMBC, so it is written for the owner to check, never dropped. With a sale, the
   * sale's own status check and late-success alert speak for the money; without one, nobody here
   * issued it.
   */
  private ignoredAnswerNote(row: BookingRow, status: BookingStatusWord): string {
    const base = `Cek status MMBC: ${status}, diabaikan: booking sudah ${row.status} (final).`;
    if (status !== 'issued') return base;
    const sale = this.store.latestSale(row.bookingCode);
    return sale
      ? `${base} PERHATIAN: MMBC menyebut booking ini issued padahal transaksi #${sale.id} ${sale.state}: kemungkinan sukses terlambat. Cek mutasi deposit MMBC dan tiket penumpang; transaksinya diselesaikan lewat peringatan sukses terlambat.`
      : `${base} PERHATIAN: MMBC menyebut booking ini issued padahal tidak pernah di-issue dari Loket: cek di MMBC (mutasi deposit, e-tiket) sebelum menjual kursi ini lagi.`;
  }

  /** MMBC's "issued" for a booking whose issue sale failed: money moved at MMBC after all (late success). */
  private reportIssuedAfterFailure(row: BookingRow): void {
    const sale = this.store.latestSale(row.bookingCode);
    if (!sale || sale.state !== 'failed' || !this.deps.reportLateIssue) return;
    try {
      this.deps.reportLateIssue(sale.id, {
        status: 'success',
        providerRef: row.bookingCode,
        message: `Cek status booking MMBC: kode booking ${row.bookingCode} issued`,
      });
    } catch (err) {
      // Not recorded now (e.g. the database is closing): the next status check of this booking reports it again.
      console.error(`[loket] late issue of booking ${row.bookingCode} (sale ${sale.id}) not recorded:`, err);
    }
  }

  /** One pass of the background sync: open bookings without an issue in progress, the longest unchecked first. */
  async syncSome(max: number): Promise<number> {
    const due = this.store.dueForCheck(max * 4).filter((row) => !this.issuing.has(row.id) && !OPEN_SALE.has(this.store.latestSale(row.bookingCode)?.state ?? ''));
    let checked = 0;
    for (const row of due.slice(0, max)) {
      const answer = await this.client().getBookingStatus(row.bookingCode);
      if (!answer.ok) continue;
      this.applyProviderStatus(row.id, answer.value.status);
      checked += 1;
    }
    return checked;
  }

  // ---- issue --------------------------------------------------------------------------------

  async issue(input: In<'flights:issue'>): Promise<Out<'flights:issue'>> {
    const row = this.mustGet(input.bookingId);
    const earlier = this.store.saleByRequestId(input.requestId);
    if (earlier) {
      if (earlier.kind !== 'flight' || earlier.customerNo !== row.bookingCode) throw new AppError('conflict', 'requestId ini sudah dipakai untuk transaksi lain.');
      this.syncFromSale(row.id, earlier);
      return { booking: this.get(row.id), saleId: earlier.id };
    }
    const inFlight = this.issuing.get(row.id);
    if (inFlight !== undefined) throw new AppError('conflict', `Issue booking ${row.bookingCode} sedang dikirim: tunggu hasilnya, jangan issue ulang.`);
    const blocked = issueBlockedReason(row, this.store.latestSale(row.bookingCode), this.deps.ledger.now());
    if (blocked) throw new AppError('conflict', blocked);
    if (input.expectedPrice !== row.sellingPrice) {
      throw new AppError('conflict', `Harga jual booking ${row.bookingCode} adalah ${formatRupiah(rupiah(row.sellingPrice))}, bukan ${formatRupiah(rupiah(input.expectedPrice))}. Muat ulang booking dan konfirmasi harga ke pelanggan.`);
    }
    const passengers = passengersOf(row);
    const issueInput: FlightIssueInput = {
      requestId: input.requestId,
      bookingCode: row.bookingCode,
      productName: `Tiket Pesawat ${row.flightNumber} ${row.fromCode}-${row.toCode}`,
      customerName: row.contactName || null,
      price: row.sellingPrice,
      cost: row.ntaPrice,
      commission: row.agentBonus,
      details: {
        kodeBooking: row.bookingCode,
        maskapai: row.airline,
        penerbangan: row.flightNumber,
        rute: row.route,
        berangkat: `${dmy(row.travelDate)}${row.departTime ? ` ${row.departTime}` : ''}`,
        penumpang: passengers.map((p) => `${p.title}. ${p.fullName}`).join('; '),
      },
    };
    // No await between the checks above and the sale engine's commit: a second press finds this one.
    this.issuing.set(row.id, input.requestId);
    let sale: SaleRecord;
    try {
      sale = await this.deps.issueFlight(issueInput);
    } finally {
      this.issuing.delete(row.id);
    }
    const stored = this.store.saleById(sale.id);
    if (stored) this.syncFromSale(row.id, stored);
    return { booking: this.get(row.id), saleId: sale.id };
  }

  /** 'sales:updated' from the sale engine, the reconciler or recovery: the booking follows its sale. */
  onSaleUpdated(saleId: number): void {
    const sale = this.store.saleById(saleId);
    if (!sale || sale.kind !== 'flight') return;
    const row = this.store.byCode(sale.customerNo);
    if (row) this.syncFromSale(row.id, sale);
  }

  /** Links every booking to its latest issue sale (a crash between the sale's commit and the link). */
  linkAll(): void {
    for (const row of this.store.dueForCheck(500)) {
      const sale = this.store.latestSale(row.bookingCode);
      if (sale) this.syncFromSale(row.id, sale);
    }
  }

  /**
   * Success -> issued with the ticket numbers ("123|456" one per passenger; "Confirm" kept as is).
   * Failed with MMBC's expired/cancel -> that status. Any other failure (deposit at MMBC too low)
   * leaves the booking waiting: it can be issued again while its time limit lasts.
   */
  private syncFromSale(bookingId: number, sale: IssueSale): void {
    const now = this.deps.ledger.now();
    const before = this.mustGet(bookingId);
    // Only the booking's latest sale speaks for it (an older failed attempt does not undo a newer one).
    const latest = this.store.latestSale(before.bookingCode);
    if (latest && latest.id !== sale.id) return;
    let changed = before.saleId !== sale.id;
    this.store.linkSale(bookingId, sale.id, now);
    if (sale.state === 'success') {
      const passengers = passengersOf(before);
      if (passengers.some((p) => p.ticketNumber === null)) {
        const tickets = ticketNumbers(sale.detailsJson, passengers.length);
        if (tickets) {
          this.store.setPassengers(bookingId, passengers.map((p, i) => ({ ...p, ticketNumber: tickets[i] ?? null })), now);
          changed = true;
        }
      }
      if (before.status !== 'issued') changed = this.store.setStatus(bookingId, 'issued', 'sale', `Issued: transaksi #${sale.id} sukses`, now) || changed;
    } else if (sale.state === 'failed' && !FINAL.has(before.status) && before.status !== 'issued') {
      const said = finalStatusOfFailedIssue(this.store.failedSettleDetail(sale.id), sale.message);
      if (said) changed = this.store.setStatus(bookingId, said, 'sale', `Issue ditolak MMBC (transaksi #${sale.id}): ${sale.message ?? said}`, now) || changed;
    }
    if (changed) this.emit(this.mustGet(bookingId));
  }

  // ---- e-ticket -----------------------------------------------------------------------------

  async eticket(bookingId: number): Promise<Out<'flights:eticket'>> {
    const row = this.mustGet(bookingId);
    if (row.status !== 'issued') throw new AppError('conflict', `E-tiket hanya ada untuk booking yang sudah issued (booking ${row.bookingCode}: ${row.status}).`);
    const fileName = eticketFileName(row.bookingCode);
    const saved = row.eticketFile ? readSavedEticket(this.deps.dataDir, row.eticketFile) : null;
    if (saved) return { fileName: row.eticketFile ?? fileName, base64: saved.toString('base64') };
    const link = await this.client().getEticket(row.bookingCode);
    if (!link.ok) {
      const answered = link.code === 'refused';
      throw new AppError('provider_unavailable', answered ? `MMBC belum memberi e-tiket ${row.bookingCode}: ${link.message}` : `E-tiket belum bisa diminta ke MMBC (${link.message}). Coba lagi.`);
    }
    const bytes = await downloadEticket(link.value.url);
    saveEticket(this.deps.dataDir, fileName, bytes);
    this.store.setEticketFile(row.id, fileName, this.deps.ledger.now());
    this.emit(this.mustGet(row.id));
    return { fileName, base64: bytes.toString('base64') };
  }

  // ---- helpers ------------------------------------------------------------------------------

  private view(row: BookingRow): BookingView {
    return toBookingView(row, this.store.latestSale(row.bookingCode), this.deps.ledger.now());
  }

  private mustGet(id: number): BookingRow {
    const row = this.store.byId(id);
    if (!row) throw new AppError('not_found', `Booking #${id} tidak ditemukan.`);
    return row;
  }

  private emit(row: BookingRow): void {
    this.deps.events.emit('flights:bookingUpdated', { bookingId: row.id, status: row.status });
  }

  private client(): MmbcClient {
    return this.deps.providers.client('mmbc') as MmbcClient;
  }
}

/** "123|456" -> one per passenger; a single "Confirm" (or one number) stands for everyone. */
export function ticketNumbers(detailsJson: string, count: number): (string | null)[] | null {
  let details: Record<string, unknown>;
  try {
    details = JSON.parse(detailsJson) as Record<string, unknown>;
  } catch {
    return null;
  }
  const raw = typeof details.ticket_number === 'string' ? details.ticket_number.trim() : '';
  if (raw === '') return null;
  const parts = raw.split('|').map((t) => t.trim());
  return Array.from({ length: count }, (_, i) => (parts.length === 1 ? parts[0] : parts[i]) || null);
}

function requestHash(input: In<'flights:book'>): string {
  return createHash('sha256').update(JSON.stringify([input.key, input.passengers, input.contact])).digest('hex');
}

/** An answer that cannot be trusted is not saved; the booking it may have made at MMBC expires unpaid. */
function unusableAnswer(problem: string): AppError {
  return new AppError(
    'provider_unavailable',
    `Jawaban pemesanan MMBC tidak masuk akal (${problem}), jadi tidak disimpan. Booking mungkin sudah ada di MMBC; tidak ada uang yang berpindah: kursi yang tertahan tanpa issue lepas sendiri setelah batas waktunya. Coba pesan lagi atau hubungi MMBC.`,
  );
}

function sameIdOtherInput(): AppError {
  return new AppError('conflict', 'requestId ini sudah dipakai untuk pemesanan dengan data lain. Muat ulang formulir lalu pesan lagi.');
}

function canonicalTitle(type: StoredPassenger['type'], title: string): string {
  const bare = title.trim().replace(/\.$/, '').toLowerCase();
  return PASSENGER_TITLES[type].find((t) => t.toLowerCase() === bare) ?? title.trim();
}

function blankToNull(value: string | undefined): string | null {
  const text = value?.trim() ?? '';
  return text === '' ? null : text;
}

function dmy(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}-${m}-${y}`;
}
