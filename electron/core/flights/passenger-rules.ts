/**
 * The passenger rules of MMBC's flight API v5 (seed 001, providers.md 5.4) as pure functions, so the
 * search check now and the booking step later refuse the same things with the same words.
 *
 * Documented: adult titles Mr/Mrs/Ms, child/infant Mstr/Miss; adult > 12 years, child 2-12, infant
 * 3 months-2 years; date of birth for Citilink, AirAsia and JetStar; passport number and expiry on
 * international routes. Not documented, chosen here (and said in docs/flights.md): ages are counted
 * in whole years on the flight date (a 29 February birthday falls on 1 March in other years, as the
 * simulator counts it), so adult >= 12, child 2-11, infant under 2; at most 7 seated passengers
 * (adults + children, the simulator's "Maksimal 7"); infants never more than adults (each sits on an
 * adult's lap); names 2-50 characters of Latin letters with spaces and . ' - (what airline systems
 * take; ":" would split MMBC's passenger list); passport expiry at least 6 calendar months after
 * departure (the usual entry rule); checked baggage empty or "NN Kg" from 1 to 40 kg (the form offers
 * 15-30 Kg; ":" would split MMBC's list).
 */

export type PassengerType = 'adult' | 'child' | 'infant';

export const PASSENGER_TITLES: Record<PassengerType, readonly string[]> = {
  adult: ['Mr', 'Mrs', 'Ms'],
  child: ['Mstr', 'Miss'],
  infant: ['Mstr', 'Miss'],
};

/** Adults + children per booking; infants ride on laps and are limited by the adults. */
export const MAX_SEATED_PASSENGERS = 7;
export const NAME_MIN_LENGTH = 2;
export const NAME_MAX_LENGTH = 50;
export const PASSPORT_MIN_MONTHS_VALID = 6;
/** Checked baggage bought at booking: the form offers 15-30 Kg; anything "NN Kg" in 1-40 kg is taken. */
export const BAGGAGE_MAX_KG = 40;

const TYPE_LABEL: Record<PassengerType, string> = { adult: 'dewasa', child: 'anak', infant: 'bayi' };

export interface PassengerToCheck {
  type: PassengerType;
  title: string;
  fullName: string;
  /** YYYY-MM-DD */
  dateOfBirth?: string;
  passportNumber?: string;
  passportCountry?: string;
  /** YYYY-MM-DD */
  passportExpiry?: string;
  /** Checked baggage bought at booking ("20 Kg"); empty = the fare's allowance. */
  baggage?: string;
}

export interface PassengerCheck {
  /** YYYY-MM-DD of departure (ages and passport validity are counted against it). */
  flightDate: string;
  international: boolean;
  /** The airline asks every passenger's date of birth (Citilink, AirAsia, JetStar). */
  airlineNeedsDateOfBirth: boolean;
  passengers: PassengerToCheck[];
  contact: { email: string; phone: string };
}

export interface FieldError {
  /** Index in the given list; -1 = the booking as a whole or its contact. */
  passenger: number;
  field: string;
  message: string;
}

/** Citilink (QG), AirAsia (QZ and its Asian codes), JetStar (JQ/3K/GK) need dateofbirth at booking (seed 001). */
export function airlineNeedsDateOfBirth(airline: string | undefined): boolean {
  if (!airline) return false;
  const text = airline.trim();
  return /citilink|air\s*asia|jet\s*star/i.test(text) || /^(QG|QZ|AK|FD|Z2|D7|JQ|3K|GK)(\b|-|$)/i.test(text);
}

/** Refusal of a passenger mix (search, price and booking), or null. */
export function passengerMixProblem(mix: { adult: number; child: number; infant: number }): string | null {
  if (mix.adult < 1) return 'Minimal 1 penumpang dewasa.';
  if (mix.infant > mix.adult) return `Jumlah bayi (${mix.infant}) tidak boleh lebih dari jumlah dewasa (${mix.adult}): setiap bayi dipangku satu orang dewasa.`;
  if (mix.adult + mix.child > MAX_SEATED_PASSENGERS) {
    return `Maksimal ${MAX_SEATED_PASSENGERS} penumpang dewasa dan anak dalam satu pemesanan (diminta ${mix.adult + mix.child}).`;
  }
  return null;
}

/** Every problem of the passengers and the contact; an empty list means the rules are met. */
export function checkPassengers(input: PassengerCheck): FieldError[] {
  const errors: FieldError[] = [];
  const flightDate = parseIsoDate(input.flightDate);
  if (!flightDate) return [{ passenger: -1, field: 'flightDate', message: 'Tanggal penerbangan tidak valid (YYYY-MM-DD).' }];
  const count = (t: PassengerType) => input.passengers.filter((p) => p.type === t).length;
  const mixProblem = passengerMixProblem({ adult: count('adult'), child: count('child'), infant: count('infant') });
  if (mixProblem) errors.push({ passenger: -1, field: 'passengers', message: mixProblem });
  input.passengers.forEach((p, i) => errors.push(...checkPassenger(p, i, flightDate, input)));
  errors.push(...checkContact(input.contact));
  return errors;
}

function checkPassenger(p: PassengerToCheck, i: number, flightDate: IsoDate, input: PassengerCheck): FieldError[] {
  const errors: FieldError[] = [];
  const n = i + 1;
  const add = (field: string, message: string) => errors.push({ passenger: i, field, message: `Penumpang ${n}: ${message}` });
  const titles = PASSENGER_TITLES[p.type];
  const title = p.title.trim().replace(/\.$/, '');
  if (title === '') add('title', `pilih sebutan (${titles.join('/')}).`);
  else if (!titles.some((t) => t.toLowerCase() === title.toLowerCase())) add('title', `sebutan "${p.title.trim()}" tidak berlaku untuk ${TYPE_LABEL[p.type]} (pilih ${titles.join('/')}).`);
  const nameProblem = fullNameProblem(p.fullName);
  if (nameProblem) add('fullName', nameProblem);

  const dobText = p.dateOfBirth?.trim() ?? '';
  const dobNeeded = p.type !== 'adult' || input.airlineNeedsDateOfBirth;
  if (dobText === '') {
    if (dobNeeded) add('dateOfBirth', p.type === 'adult' ? 'tanggal lahir wajib diisi untuk maskapai ini.' : `tanggal lahir wajib diisi untuk ${TYPE_LABEL[p.type]}.`);
  } else {
    const dob = parseIsoDate(dobText);
    if (!dob) add('dateOfBirth', 'tanggal lahir tidak valid (YYYY-MM-DD).');
    else {
      const ageProblem = ageProblemOn(p.type, dob, flightDate);
      if (ageProblem) add('dateOfBirth', ageProblem);
    }
  }

  const baggageText = p.baggage?.trim() ?? '';
  if (baggageText !== '' && normalBaggage(baggageText) === null) {
    add('baggage', `bagasi "${baggageText}" tidak valid: kosongkan (bagasi bawaan tarif) atau tulis 1-${BAGGAGE_MAX_KG} Kg, misalnya 20 Kg.`);
  }

  if (input.international) {
    const number = p.passportNumber?.trim() ?? '';
    if (number === '') add('passportNumber', 'nomor paspor wajib diisi untuk rute internasional.');
    else if (!/^[A-Za-z0-9]{6,12}$/.test(number)) add('passportNumber', 'nomor paspor hanya huruf dan angka, 6-12 karakter.');
    const country = p.passportCountry?.trim() ?? '';
    if (country === '') add('passportCountry', 'negara penerbit paspor wajib diisi.');
    else if (!/^[A-Za-z][A-Za-z .'-]{1,59}$/.test(country)) add('passportCountry', 'negara penerbit paspor tidak valid.');
    const expiryText = p.passportExpiry?.trim() ?? '';
    if (expiryText === '') add('passportExpiry', 'masa berlaku paspor wajib diisi.');
    else {
      const expiry = parseIsoDate(expiryText);
      const needed = addMonths(flightDate, PASSPORT_MIN_MONTHS_VALID);
      if (!expiry) add('passportExpiry', 'masa berlaku paspor tidak valid (YYYY-MM-DD).');
      else if (compare(expiry, needed) < 0) {
        add('passportExpiry', `paspor harus berlaku minimal ${PASSPORT_MIN_MONTHS_VALID} bulan setelah keberangkatan (sampai ${formatIso(needed)} atau sesudahnya).`);
      }
    }
  }
  return errors;
}

/** "20kg" / "20 KG" -> "20 Kg" (what MMBC's bagasi takes); empty -> ""; anything else (":" included) -> null. */
export function normalBaggage(raw: string): string | null {
  const text = raw.trim();
  if (text === '') return '';
  const m = /^(\d{1,2})\s?kg$/i.exec(text);
  const kg = m ? Number(m[1]) : 0;
  return kg >= 1 && kg <= BAGGAGE_MAX_KG ? `${kg} Kg` : null;
}

export function fullNameProblem(raw: string): string | null {
  const name = raw.trim().replace(/\s+/g, ' ');
  if (name === '') return 'nama lengkap wajib diisi (sesuai KTP/paspor).';
  if (!/^[A-Za-z][A-Za-z .'-]*$/.test(name)) return 'nama hanya boleh huruf latin, spasi, titik, apostrof dan tanda hubung (tanpa angka), sesuai KTP/paspor.';
  if (name.replace(/[^A-Za-z]/g, '').length < NAME_MIN_LENGTH) return `nama minimal ${NAME_MIN_LENGTH} huruf.`;
  if (name.length > NAME_MAX_LENGTH) return `nama maksimal ${NAME_MAX_LENGTH} karakter (tulis seperti di KTP/paspor, singkat nama tengah bila perlu).`;
  return null;
}

function ageProblemOn(type: PassengerType, dob: IsoDate, flightDate: IsoDate): string | null {
  if (compare(dob, flightDate) > 0) return 'tanggal lahir setelah tanggal penerbangan.';
  const years = wholeYearsOn(dob, flightDate);
  if (type === 'adult' && years < 12) return `umur ${years} tahun pada tanggal penerbangan: dewasa minimal 12 tahun.`;
  if (type === 'child' && (years < 2 || years >= 12)) return `umur ${years} tahun pada tanggal penerbangan: anak 2-11 tahun.`;
  if (type === 'infant') {
    if (years >= 2) return `umur ${years} tahun pada tanggal penerbangan: bayi di bawah 2 tahun.`;
    if (wholeMonthsOn(dob, flightDate) < 3) return 'bayi minimal berumur 3 bulan pada tanggal penerbangan (aturan MMBC).';
  }
  return null;
}

/** Full years on `on`; a 29 February birthday counts from 1 March in years without one. */
export function wholeYearsOn(dob: IsoDate, on: IsoDate): number {
  return Math.floor(wholeMonthsOn(dob, on) / 12);
}

/** Full months on `on` (a month is complete on the same day-of-month, or on the 1st after a short month). */
export function wholeMonthsOn(dob: IsoDate, on: IsoDate): number {
  const months = (on.year - dob.year) * 12 + (on.month - dob.month);
  return on.day < dob.day ? months - 1 : months;
}

function checkContact(contact: { email: string; phone: string }): FieldError[] {
  const errors: FieldError[] = [];
  const email = contact.email.trim();
  if (email === '') errors.push({ passenger: -1, field: 'email', message: 'Email pemesan wajib diisi (e-tiket dikirim ke sini).' });
  else if (!/^[^@\s:]+@[^@\s:]+\.[A-Za-z]{2,}$/.test(email)) errors.push({ passenger: -1, field: 'email', message: `Email "${email}" tidak valid.` });
  const phone = contact.phone.replace(/[\s-]/g, '');
  if (phone === '') errors.push({ passenger: -1, field: 'phone', message: 'Nomor HP pemesan wajib diisi.' });
  else if (!/^(\+62|62|0)8\d{7,11}$/.test(phone)) errors.push({ passenger: -1, field: 'phone', message: `Nomor HP "${contact.phone.trim()}" tidak valid (contoh 081234567890).` });
  return errors;
}

export interface IsoDate {
  year: number;
  month: number;
  day: number;
}

export function parseIsoDate(text: string): IsoDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? { year, month, day } : null;
}

/** Same day-of-month `months` later, clamped to the month's last day (31 Aug + 6 = 28/29 Feb). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { year, month, day: Math.min(date.day, last) };
}

function compare(a: IsoDate, b: IsoDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

function formatIso(d: IsoDate): string {
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}
