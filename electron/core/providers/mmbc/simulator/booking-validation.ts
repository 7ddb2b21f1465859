import { PASSENGER_TITLES, type PassengerType } from '../contract/flights';
import { dmyToIso } from '../time';
import type { NewBooking, PaxRecord } from './bookings';
import type { ScheduledFlight } from './flight-schedule';

/**
 * postbooking-json's checks. Failures are answered like the seed's sample: `message` holds every
 * problem, one per line, separated by "\r\n" ("Psg 1 name '' is an empty string\r\nContact name
 * not valid !"). Passengers are listed adults first, then children, then infants.
 */
export type BookingCheck = { ok: true; value: NewBooking } | { ok: false; messages: string[] };

const TYPE_LABEL: Record<PassengerType, string> = { adult: 'Adult', child: 'Child', infant: 'Infant' };
const TITLE = /^\s*(mr|mrs|ms|mstr|miss)\.?\s+(.*)$/i;

export function checkBooking(form: Record<string, string>, flight: ScheduledFlight): BookingCheck {
  const messages: string[] = [];
  const counts = { adult: toCount(form.adult), child: toCount(form.child), infant: toCount(form.infant) };
  if (counts.adult < 1) messages.push('Adult minimal 1 !');
  if (counts.child < 0 || counts.infant < 0) messages.push('Jumlah child / infant tidak valid !');
  if (counts.adult + counts.child > 7) messages.push('Maksimal 7 penumpang dewasa dan anak !');
  if (counts.infant > counts.adult) messages.push('Jumlah infant tidak boleh melebihi jumlah adult !');
  const types: PassengerType[] = [
    ...Array<PassengerType>(Math.max(0, counts.adult)).fill('adult'),
    ...Array<PassengerType>(Math.max(0, counts.child)).fill('child'),
    ...Array<PassengerType>(Math.max(0, counts.infant)).fill('infant'),
  ];
  const names = (form.passengername ?? '').split(':');
  if (names.length !== types.length) {
    messages.push(`Jumlah nama penumpang (${names.length}) tidak sesuai jumlah penumpang (${types.length}) !`);
  }
  const dobs = splitList(form.dateofbirth);
  const needsDob = flight.airline.needsDateOfBirth;
  if (needsDob && dobs.filter((d) => d.trim() !== '').length !== types.length) {
    messages.push(`Date of birth wajib diisi untuk semua penumpang ${flight.airline.name} !`);
  }
  const baggage = splitList(form.baggagevolume);
  const passports = splitList(form.passportnumber);
  const passportExpiry = splitList(form.passportexpired);
  const international = flight.from.country !== 'ID' || flight.to.country !== 'ID';
  const passengers: PaxRecord[] = [];
  types.forEach((type, i) => {
    const pax = readPassenger(names[i] ?? '', type, i + 1, messages);
    const dob = (dobs[i] ?? '').trim();
    if (dob !== '') checkAge(dob, type, flight.date, i + 1, messages);
    const passportNumber = (passports[i] ?? '').trim();
    const passportExpired = (passportExpiry[i] ?? '').trim();
    if (international) checkPassport(passportNumber, passportExpired, flight.date, i + 1, messages);
    passengers.push({ ...pax, dob, baggage: (baggage[i] ?? '').trim(), passportNumber, passportExpired });
  });
  const lead = passengers.find((p) => p.type === 'adult' && p.fullname !== '');
  if (!lead) messages.push('Contact name not valid !', 'Contact surname is empty !', 'Contact Title is empty !');
  const email = (form.email ?? '').trim();
  const phone = (form.phone ?? '').trim();
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) messages.push('Contact email not valid !');
  if (!/^(\+62|62|0)8\d{7,11}$/.test(phone)) messages.push('Contact phone not valid !');
  if (messages.length > 0 || !lead) return { ok: false, messages };
  const fullname = lead.fullname.includes(' ') ? lead.fullname : `${lead.fullname} ${lead.fullname}`;
  return { ok: true, value: { flight, passengers, counts, contact: { title: lead.title, fullname, email, phone } } };
}

function readPassenger(entry: string, type: PassengerType, n: number, messages: string[]) {
  const m = TITLE.exec(entry);
  const rawTitle = m ? (m[1] ?? '') : entry.trim().split(/\s+/)[0]?.replace(/\.$/, '') ?? '';
  const fullname = (m ? (m[2] ?? '') : '').trim().replace(/\s+/g, ' ');
  const title = PASSENGER_TITLES[type].find((t) => t.toLowerCase() === rawTitle.toLowerCase());
  if (fullname === '') messages.push(`Psg ${n} name '' is an empty string`);
  if (!title) messages.push(`Psg ${n} title '${rawTitle}' not valid for ${TYPE_LABEL[type]} !`);
  return { type, title: title ?? rawTitle, fullname };
}

function checkAge(dob: string, type: PassengerType, flightDate: string, n: number, messages: string[]): void {
  const iso = dmyToIso(dob);
  if (!iso) return void messages.push(`Psg ${n} date of birth '${dob}' not valid !`);
  const months = monthsBetween(iso, flightDate);
  const fits = type === 'adult' ? months >= 144 : type === 'child' ? months >= 24 && months < 144 : months >= 3 && months < 24;
  if (!fits) messages.push(`Psg ${n} date of birth '${dob}' not valid for ${TYPE_LABEL[type]} !`);
}

/**
 * International routes: every passenger (infants too) needs a passport number and an expiry at
 * least 6 months after departure, the entry rule of the countries MMBC sells (SG, MY, TH).
 */
function checkPassport(number: string, expired: string, flightDate: string, n: number, messages: string[]): void {
  if (number === '') messages.push(`Psg ${n} passport number is required for international route !`);
  if (expired === '') return void messages.push(`Psg ${n} passport expired date is required for international route !`);
  const iso = dmyToIso(expired);
  if (!iso) return void messages.push(`Psg ${n} passport expired date '${expired}' not valid !`);
  if (iso < sixMonthsAfter(flightDate)) {
    messages.push(`Psg ${n} passport expired date '${expired}' must be at least 6 months after departure !`);
  }
}

/** ISO date 6 calendar months later, the day clamped to the month's last (31 Aug -> 28/29 Feb), as the app counts it. */
function sixMonthsAfter(iso: string): string {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  const index = y * 12 + (m - 1) + 6;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const day = Math.min(d, new Date(Date.UTC(year, month, 0)).getUTCDate());
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function monthsBetween(isoFrom: string, isoTo: string): number {
  const [y1, m1, d1] = isoFrom.split('-').map(Number);
  const [y2, m2, d2] = isoTo.split('-').map(Number);
  const months = ((y2 ?? 0) - (y1 ?? 0)) * 12 + ((m2 ?? 0) - (m1 ?? 0));
  return (d2 ?? 0) < (d1 ?? 0) ? months - 1 : months;
}

function splitList(value: string | undefined): string[] {
  return value === undefined || value.trim() === '' ? [] : value.split(':');
}

function toCount(value: string | undefined): number {
  return value !== undefined && /^\d{1,2}$/.test(value.trim()) ? Number(value) : -1;
}
