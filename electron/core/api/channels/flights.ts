import { z } from 'zod';
import { businessDaySchema, rupiahSchema } from '../schemas';

/**
 * Flights (Tiket Pesawat), first part: airports, airlines, search, price and the passenger check
 * against MMBC's flight API v5. Nothing here books seats or moves money (booking and issuing come
 * later through the sale engine). Refusals come back as `{ ok: false }` with Indonesian text; a
 * provider that cannot be asked is `provider_unavailable`, never an invented empty list.
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
});

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
} as const;
