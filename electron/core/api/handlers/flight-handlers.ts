import { AppError } from '../../errors/app-error';
import type { Ledger } from '../../ledger';
import type { ProviderService } from '../../providers/registry/provider-service';
import type { Handlers } from '../dispatch';

export type FlightHandlers = Pick<Handlers, 'flights:areas' | 'flights:airlines' | 'flights:search' | 'flights:price' | 'flights:recentRoutes' | 'flights:checkPassengers'>;

export interface FlightHandlerDeps {
  ledger: Ledger;
  providers: ProviderService;
}

/** Tiket Pesawat (search side). Placeholder until the flights core lands: every channel says so. */
export function flightHandlers(_deps: FlightHandlerDeps): FlightHandlers {
  const notYet = (): never => {
    throw new AppError('provider_unavailable', 'Tiket pesawat sedang disiapkan.');
  };
  return {
    'flights:areas': notYet,
    'flights:airlines': notYet,
    'flights:search': notYet,
    'flights:price': notYet,
    'flights:recentRoutes': notYet,
    'flights:checkPassengers': notYet,
  };
}
