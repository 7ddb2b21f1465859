import type { Ledger } from '../../ledger';
import type { Handlers } from '../dispatch';

export interface AppInfo {
  version: string;
  dataDir: string;
}

export function appHandlers(ledger: Ledger, info: AppInfo): Pick<Handlers, 'app:info'> {
  return {
    'app:info': () => ({ ...info, timeZone: ledger.timeZone, businessDay: ledger.businessDay() }),
  };
}
