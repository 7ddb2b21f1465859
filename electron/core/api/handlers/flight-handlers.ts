import { checkPassengers, airlineNeedsDateOfBirth } from '../../flights/passenger-rules';
import { FlightService } from '../../flights/flight-service';
import type { Ledger } from '../../ledger';
import type { ProviderService } from '../../providers/registry/provider-service';
import type { Handlers } from '../dispatch';
import { AppError } from '../../errors/app-error';

const notYet = (): never => {
  throw new AppError('provider_unavailable', 'Pemesanan tiket belum tersedia.');
};

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
}

/** Tiket Pesawat, search side (reads only). The rules live in electron/core/flights. */
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
    // PLACEHOLDERS until the booking side lands (helper 'bookings').
    'flights:book': notYet,
    'flights:bookings': notYet,
    'flights:booking': notYet,
    'flights:refreshStatus': notYet,
    'flights:issue': notYet,
    'flights:eticket': notYet,
    'flights:pricingRule': notYet,
    'flights:setPricingRule': notYet,
  };
}
