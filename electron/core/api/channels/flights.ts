import { z } from 'zod';
import { bookingStatuses } from '../../domain/sale-kind';
import { amountInputSchema, businessDaySchema, requestIdSchema, rupiahSchema } from '../schemas';
import { saleStateSchema } from './sales';

/**
 * Flights (Tiket Pesawat) against MMBC's flight API v5: airports, airlines, search, price, the
 * passenger check, booking (seats held, no money), issuing (a sale through the sale engine: the
 * deposit is charged the NTA, the customer pays the booking's selling price), status sync and the
 * e-ticket. Refusals come back as `{ ok: false }` with Indonesian text; a provider that cannot be
 * asked is `provider_unavailable`, never an invented empty list or status.
 */

const airportCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{3}$/, 'Kode bandara harus 3 huruf.')
  .transform((code) => code.toUpperCase());

const passengerCount = (label: string, min: number) =>
  z.number({ error: `Jumlah ${label} harus angka bulat.` }).int(`Jumlah ${label} harus angka bulat.`).min(min, min > 0 ? `Minimal ${min} ${label}.` : `Jumlah ${label} tidak boleh negatif.`).max(99, `Jumlah ${label} terlalu besar.`);

const passengerMix = {
  adult: passengerCount('dewasa', 1),
  child: passengerCount('anak', 0).default(0),
  infant: passengerCount('bayi', 0).default(0),
};

/** Where a list came from: the provider just now, or the copy kept from an earlier answer. */
const listSource = z.object({
  /** 'provider' = fetched now; 'cache' = the provider could not be asked, this is the stored copy. */
  source: z.enum(['provider', 'cache']),
  /** When the list was last fetched from the provider (ms epoch); null if never. */
  fetchedAt: z.number().int().nullable(),
  /** Why the cache was used (the provider's or the network's problem), else null. */
  warning: z.string().nullable(),
});

export const flightAreaView = z.object({
  code: z.string(),
  city: z.string(),
  /** Part of a route searched recently (these come first). */
  recent: z.boolean(),
});

export const airlineView = z.object({
  code: z.string(),
  name: z.string(),
  /** The provider's logo URL; the screen shows it only when it loads (neutral fallback otherwise). */
  logoUrl: z.string().nullable(),
});

export const flightView = z.object({
  /** Opaque key for flights:price (encodes route, date and flight number of this search). */
  key: z.string(),
  airline: z.string(),
  /** Airline code from the flight number ("JT" of "JT-690"). */
  airlineCode: z.string(),
  logoUrl: z.string().nullable(),
  /** "JT-690" as MMBC writes it (what getprice/postbooking take). */
  flightNumber: z.string(),
  from: z.string(),
  to: z.string(),
  route: z.string(),
  /** YYYY-MM-DD of departure. */
  date: businessDaySchema,
  /** 0 = nonstop. */
  transitCount: z.number().int().min(0),
  /** "Nonstop", "1 Transit" as sent. */
  transitLabel: z.string(),
  /** Stop-over airport codes read from the transit info (empty when nonstop or not stated). */
  stops: z.array(z.string()),
  /** MMBC's full transit text, for the row's detail. */
  transitInfo: z.string().nullable(),
  /** Local times "HH:MM" at each airport, as MMBC sends them. */
  departTime: z.string(),
  arriveTime: z.string(),
  /** Arrival is on a later day than departure (times are local). */
  arrivesNextDay: z.boolean(),
  /** Block time in minutes, from the local times and each airport's time zone; null when unknown. */
  durationMinutes: z.number().int().nullable(),
  /** One adult's fare including tax (flight_price). */
  adultPrice: rupiahSchema,
  /** Estimated total for the searched passenger mix (adult fare × adults + child/infant estimate); flights:price gives the real one. */
  totalPrice: rupiahSchema,
  /** Whether totalPrice is exact (adults only) or an estimate (children/infants priced by getprice). */
  totalIsEstimate: z.boolean(),
  publishFare: rupiahSchema.nullable(),
  baggage: z.string().nullable(),
  facilities: z.string().nullable(),
  /** Origin or destination outside Indonesia (or not a known Indonesian airport): passports are required. */
  international: z.boolean(),
});

export const passengerTypeSchema = z.enum(['adult', 'child', 'infant']);

const passengerCheckInput = z.object({
  type: passengerTypeSchema,
  title: z.string().max(10).default(''),
  fullName: z.string().max(200).default(''),
  /** YYYY-MM-DD (not checked for calendar here: passenger-rules reports a bad date per field). */
  dateOfBirth: z.string().max(20).optional(),
  passportNumber: z.string().max(40).optional(),
  passportCountry: z.string().max(60).optional(),
  passportExpiry: z.string().max(20).optional(),
  /** "20 Kg" or empty (checked by passenger-rules like the other fields). */
  baggage: z.string().max(20).optional(),
});

/** A passenger as the booking form sends it (the check's fields plus the baggage choice). */
const passengerBookingInput = passengerCheckInput.extend({
  /** "20 Kg" where the airline sells baggage (AirAsia, JetStar); empty = the fare's allowance. */
  baggage: z.string().max(20).optional(),
});

export const bookingStatusSchema = z.enum(bookingStatuses);

export const bookingPassengerView = z.object({
  type: z.enum(['adult', 'child', 'infant']),
  title: z.string(),
  fullName: z.string(),
  dateOfBirth: z.string().nullable(),
  baggage: z.string().nullable(),
  passportNumber: z.string().nullable(),
  passportCountry: z.string().nullable(),
  passportExpiry: z.string().nullable(),
  /** From the issue answer ("123|456" split per passenger; "Confirm" for some airlines); null before issue. */
  ticketNumber: z.string().nullable(),
});

/** One booking as kept locally (saved from postbooking-json's answer, kept in step with the provider). */
export const bookingView = z.object({
  id: z.number().int(),
  bookingCode: z.string(),
  status: bookingStatusSchema,
  airline: z.string(),
  flightNumber: z.string(),
  from: z.string(),
  to: z.string(),
  route: z.string(),
  /** YYYY-MM-DD of departure. */
  travelDate: businessDaySchema,
  departTime: z.string().nullable(),
  arriveTime: z.string().nullable(),
  transitLabel: z.string().nullable(),
  flightClass: z.string().nullable(),
  international: z.boolean(),
  adult: z.number().int(),
  child: z.number().int(),
  infant: z.number().int(),
  passengers: z.array(bookingPassengerView),
  contact: z.object({ name: z.string(), email: z.string(), phone: z.string() }),
  publishFare: rupiahSchema,
  tax: rupiahSchema,
  /** The airline's total fare for the party. */
  totalFare: rupiahSchema,
  /** What issuing debits the MMBC deposit (flight_shownta). */
  ntaPrice: rupiahSchema,
  /** flight_bonus_agen: commission income when issued. */
  agentBonus: rupiahSchema,
  /** The outlet's markup (Settings > Harga jual, flight rule) fixed when the booking was made. */
  markup: rupiahSchema,
  /** What the customer pays: totalFare + markup. Exactly what flights:issue takes. */
  sellingPrice: rupiahSchema,
  /** Pay-by time as an instant (ms), for the live countdown; null when the provider sent none we could read. */
  timeLimitAt: z.number().int().nullable(),
  /** The provider's text ("24 Jan 2017 23:59", WIB). */
  timeLimitText: z.string().nullable(),
  createdAt: z.number().int(),
  /** Last time the provider's status was read (null: never since booking). */
  statusCheckedAt: z.number().int().nullable(),
  /** The issue sale (null before issuing) and its state. */
  saleId: z.number().int().nullable(),
  saleState: saleStateSchema.nullable(),
  /** The e-ticket PDF is kept in the data directory. */
  eticketSaved: z.boolean(),
  /** Why flights:issue would refuse now (expired, cancelled, already issued, issue in progress); null = it may be issued. */
  issueBlockedReason: z.string().nullable(),
});

export const bookingSummaryView = bookingView.pick({
  id: true,
  bookingCode: true,
  status: true,
  airline: true,
  flightNumber: true,
  from: true,
  to: true,
  travelDate: true,
  departTime: true,
  sellingPrice: true,
  timeLimitAt: true,
  createdAt: true,
  saleId: true,
  saleState: true,
}).extend({
  /** "Mr. Budi Santoso" of the first passenger, then "+2" when more. */
  leadPassenger: z.string(),
  passengerCount: z.number().int(),
});

const bookingId = z.object({ bookingId: z.number().int().positive() }).strict();

export const fieldErrorSchema = z.object({
  /** -1 = the booking as a whole (e.g. more infants than adults) or the contact. */
  passenger: z.number().int(),
  /** 'title' | 'fullName' | 'dateOfBirth' | 'passportNumber' | 'passportCountry' | 'passportExpiry' | 'type' | 'email' | 'phone' | 'passengers' */
  field: z.string(),
  message: z.string(),
});

export const flightChannels = {
  /** Airports/cities for autocomplete: exact code, code/city prefix, then typo-tolerant matches; recent routes' airports first. */
  'flights:areas': {
    input: z.object({ query: z.string().max(60).default('') }).strict(),
    output: listSource.extend({ areas: z.array(flightAreaView) }),
  },
  'flights:airlines': {
    input: z.object({}).strict(),
    output: listSource.extend({ airlines: z.array(airlineView) }),
  },
  /** getflights-json. An empty `flights` means the provider has no flight that day (say so plainly). */
  'flights:search': {
    input: z.object({ from: airportCode, to: airportCode, date: businessDaySchema, ...passengerMix }).strict(),
    output: z.object({
      searchedAt: z.number().int(),
      from: z.string(),
      to: z.string(),
      date: businessDaySchema,
      adult: z.number().int(),
      child: z.number().int(),
      infant: z.number().int(),
      flights: z.array(flightView),
      /** Rows of the provider's answer that could not be read (left out, never guessed). */
      rejected: z.number().int(),
    }),
  },
  /** getprice-json for the chosen flight and passenger mix. */
  'flights:price': {
    input: z
      .object({
        /** flightView.key from flights:search. */
        key: z.string().min(1).max(200),
        /** The total flights:search showed, to report a change. */
        searchedTotal: rupiahSchema.optional(),
        ...passengerMix,
      })
      .strict(),
    output: z.object({
      key: z.string(),
      airline: z.string(),
      flightNumber: z.string(),
      from: z.string(),
      to: z.string(),
      date: z.string(),
      departTime: z.string().nullable(),
      arriveTime: z.string().nullable(),
      transitLabel: z.string().nullable(),
      flightClass: z.string().nullable(),
      /** null when the provider did not say. */
      seatsLeft: z.number().int().nullable(),
      adult: z.number().int(),
      child: z.number().int(),
      infant: z.number().int(),
      publishFare: rupiahSchema,
      tax: rupiahSchema,
      total: rupiahSchema,
      /** The search's total when the price differs from it now; null when unchanged (or not given). */
      changedFrom: rupiahSchema.nullable(),
      pricedAt: z.number().int(),
      international: z.boolean(),
      /** What the customer would pay: total + the outlet's flight markup for this party. */
      sellingPrice: rupiahSchema,
      markup: rupiahSchema,
    }),
  },
  /** Last routes searched, newest first (max 8). */
  'flights:recentRoutes': {
    input: z.object({}).strict(),
    output: z.object({
      routes: z.array(z.object({ from: z.string(), fromCity: z.string().nullable(), to: z.string(), toCity: z.string().nullable(), searchedAt: z.number().int() })),
    }),
  },
  /** The documented passenger rules (no write): every problem per passenger and field. */
  'flights:checkPassengers': {
    input: z
      .object({
        flightDate: businessDaySchema,
        international: z.boolean().default(false),
        /** The airline's name or code: Citilink, AirAsia and JetStar need every date of birth. */
        airline: z.string().max(60).optional(),
        passengers: z.array(passengerCheckInput).max(20),
        contact: z.object({ email: z.string().max(200).default(''), phone: z.string().max(40).default('') }).strict(),
      })
      .strict(),
    output: z.object({ ok: z.boolean(), errors: z.array(fieldErrorSchema) }),
  },
  /**
   * postbooking-json for a priced flight. The passenger rules are checked first (nothing is sent
   * while any fails); the provider's refusal (its multi-line `message` included) comes back as field
   * errors where a line names a passenger or contact field, else as one booking-level error. Seats
   * are held until the time limit; no money moves. Idempotent by requestId.
   */
  'flights:book': {
    input: z
      .object({
        requestId: requestIdSchema,
        /** flightView.key of the chosen flight. */
        key: z.string().min(1).max(200),
        passengers: z.array(passengerBookingInput).min(1).max(20),
        contact: z.object({ email: z.string().max(200), phone: z.string().max(40) }).strict(),
      })
      .strict(),
    output: z.object({ booking: bookingView.nullable(), errors: z.array(fieldErrorSchema) }),
  },
  /** Local bookings: open ones (waiting/pending) with the nearest time limit first, then newest. */
  'flights:bookings': {
    input: z
      .object({
        status: z.union([bookingStatusSchema, z.literal('open')]).optional(),
        travelDate: businessDaySchema.optional(),
        /** Booking code or a passenger's name (part of it). */
        query: z.string().max(60).optional(),
        limit: z.number().int().min(1).max(500).default(100),
      })
      .strict(),
    output: z.object({ bookings: z.array(bookingSummaryView) }),
  },
  'flights:booking': { input: bookingId, output: bookingView },
  /**
   * getstatusbooking-json for one booking now (the screen's "cek status"). An unanswered check
   * changes nothing and says so (`warning`). Open bookings are also checked in the background.
   */
  'flights:refreshStatus': { input: bookingId, output: z.object({ booking: bookingView, warning: z.string().nullable() }) },
  /**
   * getissued-json as a sale: needs an open shift; refused before anything is written when the
   * booking is not waiting, its time limit has passed, an issue is already open or done, the
   * deposit cannot cover the NTA, or `expectedPrice` is not the booking's selling price. A lost
   * answer is `unknown` and is settled by status checks, never by issuing again.
   */
  'flights:issue': {
    input: z.object({ requestId: requestIdSchema, bookingId: z.number().int().positive(), expectedPrice: rupiahSchema }).strict(),
    output: z.object({ booking: bookingView, saleId: z.number().int() }),
  },
  /** The e-ticket PDF of an issued booking: downloaded once (getetiket-json), kept in the data directory. */
  'flights:eticket': { input: bookingId, output: z.object({ fileName: z.string(), base64: z.string() }) },
  /** Settings > Harga jual: the outlet's markup on a ticket, per passenger (infants included). */
  'flights:pricingRule': { input: z.object({}).strict(), output: z.object({ markupPerPassenger: rupiahSchema }) },
  'flights:setPricingRule': {
    input: z.object({ markupPerPassenger: amountInputSchema }).strict(),
    output: z.object({ markupPerPassenger: rupiahSchema }),
  },
} as const;

/** A booking's status or its issue sale moved (background sync, issue, reconciler). */
export const flightEvents = { 'flights:bookingUpdated': z.object({ bookingId: z.number().int(), status: bookingStatusSchema }) } as const;
