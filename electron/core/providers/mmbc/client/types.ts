import type { Rupiah } from '../../../money';
import type { BookingStatus, PassengerType } from '../contract/flights';
import type { MmbcCredentials } from '../auth';

/** What the MMBC client takes and gives, money already in Rupiah. */
export interface MmbcClientConfig {
  baseUrl: string;
  credentials: MmbcCredentials;
  /** Per-call timeout (default 30 s). */
  timeoutMs?: number;
}

export interface MmbcProductInfo {
  code: string;
  type: string; // "PULSA" | "PAKET DATA"
  operator: string;
  description: string;
  nominal: Rupiah;
  /** What MMBC debits the deposit. */
  price: Rupiah;
  /** status "Ready" (false for "Close" or anything else). */
  available: boolean;
  status: string;
}
export interface MmbcPriceList {
  products: MmbcProductInfo[];
  /** Rows that did not parse (kept out of the list, never guessed). */
  rejected: { index: number; code?: string; reason: string }[];
}

export interface TopupRequest {
  productCode: string;
  destination: string;
  /**
   * nth top-up of this product to this number today, starting at 1. MMBC has no client
   * reference: this counter is the only thing that tells a deliberate repeat from a duplicate.
   */
  itrx: number;
}
export interface TopupCheckRequest {
  /** The MMBC invoice returned by isipulsa (providerRef). */
  invoice: string;
  destination: string;
}

export interface MmbcArea {
  code: string;
  city: string;
}
export interface MmbcAirline {
  code: string;
  name: string;
  image?: string;
}

export interface FlightQuery {
  from: string;
  to: string;
  /** ISO date "2026-05-30" (sent to MMBC as dd-mm-yyyy). */
  date: string;
}
export interface MmbcFlight {
  airline: string;
  flightCode: string;
  image?: string;
  from: string;
  to: string;
  route: string;
  date?: string;
  transit: string;
  stops: number;
  infoTransit?: string;
  departureTime: string;
  arrivalTime: string;
  /** flight_price: adult fare including tax. */
  price: Rupiah;
  /** flight_publishfare: before tax; absent when MMBC sends 0 (AirAsia, Citilink). */
  publishFare?: Rupiah;
  baggage?: string;
  facilities?: string;
}
export interface MmbcFlightSearch {
  flights: MmbcFlight[];
  rejected: number;
}

export interface PriceQuery extends FlightQuery {
  flight: string;
  adult: number;
  child: number;
  infant: number;
}
export interface MmbcPriceQuote {
  airline: string;
  flightCode: string;
  seatsLeft?: number;
  from: string;
  to: string;
  date: string;
  transit?: string;
  time?: string;
  flightClass?: string;
  adult: number;
  child: number;
  infant: number;
  publishFare: Rupiah;
  tax: Rupiah;
  totalFare: Rupiah;
}

export interface PassengerInput {
  type: PassengerType;
  /** Adult: Mr, Mrs, Ms. Child/infant: Mstr, Miss. */
  title: string;
  name: string;
  /** ISO date; required by Citilink, AirAsia, JetStar. */
  dateOfBirth?: string;
  /** "20 Kg" (AirAsia, JetStar). */
  baggage?: string;
  passportNumber?: string;
  /** ISO date. */
  passportExpiry?: string;
}
export interface BookingRequest extends FlightQuery {
  flight: string;
  email: string;
  phone: string;
  passengers: PassengerInput[];
}
export interface MmbcBookedPassenger {
  title: string;
  fullname: string;
  type: string;
  dateOfBirth?: string;
}
export interface MmbcBooking {
  bookingCode: string;
  airline: string;
  flightCode: string;
  from: string;
  to: string;
  route?: string;
  departure?: string;
  time?: string;
  transit?: string;
  infoTransit?: string;
  flightClass?: string;
  passengers: MmbcBookedPassenger[];
  contact?: { title: string; fullname: string; email: string; phone: string };
  publishFare: Rupiah;
  tax: Rupiah;
  totalFare: Rupiah;
  /** flight_shownta: what issuing will debit the deposit. */
  ntaPrice: Rupiah;
  agentBonus?: Rupiah;
  /** flight_timelimit as sent ("24 Jan 2017 23:59", WIB) and as an ISO instant when it parses. */
  timeLimitText?: string;
  timeLimitAt?: string;
  status?: BookingStatus;
}
export interface MmbcBookingStatus {
  bookingCode: string;
  status: BookingStatus;
}
export interface MmbcEticket {
  bookingCode: string;
  /** The download link MMBC gives (a PDF). */
  url: string;
  message: string;
}
export interface MmbcResetPassword {
  username: string;
}
