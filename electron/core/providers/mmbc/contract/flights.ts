import { z } from 'zod';
import { authFields, countField, moneyText, optionalText, resultField, text } from './common';

/** Flight API v5.0 (seed 001, providers.md 5.4). */

export const resetPasswordRequest = z.object({
  username: z.string().min(1),
  email: z.string().min(1),
  phone: z.string().min(1),
  agencode: z.string().min(1),
  newpassword: z.string(),
});
export const resetPasswordAnswer = z.object({ result: resultField.pipe(z.literal('ok')), username: text, newpassword: optionalText });

/** GET /json/getcodearea-json */
export const areaSchema = z.object({ code: text, city: text });
/** GET /json/getcodeflights-json */
export const airlineSchema = z.object({ flight_code: text, flight_name: text, flight_image: optionalText });

/** dd-mm-yyyy */
const dmy = z.string().regex(/^\d{2}-\d{2}-\d{4}$/);
export const searchRequest = z.object({ ...authFields, from: z.string().min(3), to: z.string().min(3), date: dmy });

/** One row of getflights-json (full shape) or of a per-airline search (the short shape). */
export const flightSchema = z.object({
  flight: text,
  flight_code: text,
  flight_image: optionalText,
  flight_from: optionalText,
  flight_to: optionalText,
  flight_route: optionalText,
  flight_date: optionalText,
  flight_transit: optionalText,
  flight_infotransit: optionalText,
  flight_datetime: text,
  flight_price: moneyText,
  flight_publishfare: moneyText.optional(),
  flight_baggage: optionalText,
  flight_facilities: optionalText,
});

export const priceRequest = searchRequest.extend({
  flight: z.string().min(1),
  adult: countField,
  child: countField,
  infant: countField,
});
export const priceAnswerSchema = z.object({
  login: optionalText,
  result: resultField.pipe(z.literal('ok')),
  flight: text,
  flight_code: text,
  flight_image: optionalText,
  flight_seat: optionalText,
  flight_from: text,
  flight_to: text,
  flight_date: text,
  flight_transit: optionalText,
  flight_infotransit: optionalText,
  flight_time: optionalText,
  flight_class: optionalText,
  adult: optionalText,
  child: optionalText,
  infant: optionalText,
  publish: moneyText,
  tax: moneyText,
  totalfare: moneyText,
});

export const bookingRequest = priceRequest.extend({
  email: z.string(),
  phone: z.string(),
  /** "Mr. Dodi Alfayed:Mrs. Lady Diana" */
  passengername: z.string(),
  /** "02-09-1987:02-01-1985" (Citilink, AirAsia, JetStar) */
  dateofbirth: z.string().optional(),
  /** "20 Kg:15 Kg" (AirAsia, JetStar) */
  baggagevolume: z.string().optional(),
  passportnumber: z.string().optional(),
  passportexpired: z.string().optional(),
});

export const bookingAnswerSchema = z.object({
  login: optionalText,
  result: resultField.pipe(z.literal('ok')),
  flight: text,
  flight_code: text,
  kodebooking: z.string().min(1),
  flight_from: text,
  flight_to: text,
  flight_route: optionalText,
  flight_departure: optionalText,
  flight_time: optionalText,
  flight_transit: optionalText,
  flight_infotransit: optionalText,
  flight_class: optionalText,
  flight_totalpassenger: optionalText,
  /** A JSON document inside a string. */
  flight_datapassengers: optionalText,
  /** A JSON document inside a string. */
  flight_contactdetails: optionalText,
  flight_publishfare: moneyText,
  flight_tax: moneyText,
  flight_totalfare: moneyText,
  flight_shownta: moneyText,
  flight_bonus_agen: moneyText.optional(),
  flight_timelimit: optionalText,
  flight_statusbooking: optionalText,
});

/** What flight_datapassengers holds once decoded. */
export const passengerWireSchema = z.object({
  passenger_title: optionalText,
  passenger_fullname: optionalText,
  passenger_type: optionalText,
  passenger_baggageintl: optionalText,
  passenger_ffnumber: optionalText,
  passenger_dob: optionalText,
  passenger_passportnumber: optionalText,
  passenger_passportexpired: optionalText,
});
export const contactWireSchema = z.object({
  contact_title: optionalText,
  contact_fullname: optionalText,
  contact_email: optionalText,
  contact_phone: optionalText,
});

export const bookingCodeRequest = z.object({ ...authFields, kodebooking: z.string().min(1) });

/** getissued-json: {"result":"ok","reason":" Kode Booking X sudah berhasil terissued!","ticket_number":"1|2"} */
export const issueAnswerSchema = z.object({
  result: resultField.pipe(z.literal('ok')),
  reason: optionalText,
  ticket_number: optionalText,
});

/** getstatusbooking-json */
export const bookingStatusAnswerSchema = z.object({
  result: resultField.pipe(z.literal('ok')),
  kodebooking: text,
  status: text,
});

/** getetiket-json: the link is inside `reason`. */
export const etiketAnswerSchema = z.object({ result: resultField.pipe(z.literal('ok')), reason: text });

/**
 * Booking status: postbooking documents waiting/cancel/expired/issued and getstatusbooking
 * documents waiting/cancel/pending/issued, so all five are accepted (plus obvious spellings).
 */
export const BOOKING_STATUSES = ['waiting', 'pending', 'issued', 'cancel', 'expired'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];
const STATUS_ALIASES: Record<string, BookingStatus> = {
  waiting: 'waiting',
  booked: 'waiting',
  pending: 'pending',
  issued: 'issued',
  cancel: 'cancel',
  canceled: 'cancel',
  cancelled: 'cancel',
  expired: 'expired',
  expire: 'expired',
};
export function bookingStatusWord(value: string): BookingStatus | undefined {
  return STATUS_ALIASES[value.trim().toLowerCase()];
}

/** Per-airline search paths (documented as UNDER MAINTENANCE). */
export const AIRLINE_SEARCH_NAMES = [
  'Airasia',
  'Aviastar',
  'Citilink',
  'Jetstar',
  'Kalstar',
  'Lion',
  'Sriwijaya',
  'Tiger',
  'Transnusa',
  'Trigana',
  'Xpress',
] as const;
export type AirlineSearchName = (typeof AIRLINE_SEARCH_NAMES)[number];

/** "Adult (Mr, Mrs, Ms), Child/Infant (Mstr, Miss)". */
export type PassengerType = 'adult' | 'child' | 'infant';
export const PASSENGER_TITLES: Record<PassengerType, readonly string[]> = {
  adult: ['Mr', 'Mrs', 'Ms'],
  child: ['Mstr', 'Miss'],
  infant: ['Mstr', 'Miss'],
};
