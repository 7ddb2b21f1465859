import { checkPassengers, airlineNeedsDateOfBirth } from '../../flights/passenger-rules';
import { FlightService } from '../../flights/flight-service';
import type { Ledger } from '../../ledger';
import type { ProviderService } from '../../providers/registry/provider-service';
import type { Handlers } from '../dispatch';
import type { BookingService } from '../../flights/booking-service';
import { readFlightMarkup, setFlightMarkup } from '../../flights/pricing-rule';

export type FlightHandlers = Pick<
  Handlers,
  | 'flights:areas'
  | 'flights:airlines'
  | 'flights:search'
  | 'flights:price'
  | 'flights:recentRoutes'
  | 'flights:checkPassengers'
  | 'flights:book'
  | 'flights:bookings'
  | 'flights:booking'
  | 'flights:refreshStatus'
  | 'flights:issue'
  | 'flights:eticket'
  | 'flights:pricingRule'
  | 'flights:setPricingRule'
>;

export interface FlightHandlerDeps {
  ledger: Ledger;
  providers: ProviderService;
  /** The booking side (book, status, issue, e-ticket): opened with the core (flights/open-bookings.ts). */
  bookings: BookingService;
}

/** Tiket Pesawat: search and price (reads), booking, issue and e-ticket. The rules live in electron/core/flights. */
export function flightHandlers(deps: FlightHandlerDeps): FlightHandlers {
  const flights = new FlightService(deps);
  return {
    'flights:areas': ({ query }) => flights.findAreas(query),
    'flights:airlines': () => flights.listAirlines(),
    'flights:search': (input) => flights.search(input),
    'flights:price': (input) => flights.price(input),
    'flights:recentRoutes': () => flights.recentRoutes(),
    'flights:checkPassengers': (input) => {
      const errors = checkPassengers({
        flightDate: input.flightDate,
        international: input.international,
        airlineNeedsDateOfBirth: airlineNeedsDateOfBirth(input.airline),
        passengers: input.passengers,
        contact: input.contact,
      });
      return { ok: errors.length === 0, errors };
    },
    'flights:book': (input) => deps.bookings.book(input),
    'flights:bookings': (input) => deps.bookings.list(input),
    'flights:booking': ({ bookingId }) => deps.bookings.get(bookingId),
    'flights:refreshStatus': ({ bookingId }) => deps.bookings.refreshStatus(bookingId),
    'flights:issue': (input) => deps.bookings.issue(input),
    'flights:eticket': ({ bookingId }) => deps.bookings.eticket(bookingId),
    'flights:pricingRule': () => ({ markupPerPassenger: readFlightMarkup(deps.ledger.db) }),
    'flights:setPricingRule': ({ markupPerPassenger }) => ({ markupPerPassenger: setFlightMarkup(deps.ledger.db, markupPerPassenger) }),
  };
}
