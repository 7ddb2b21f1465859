import { AppError } from '../../errors/app-error';
import type { Ledger } from '../../ledger';
import type { Handlers } from '../dispatch';

export interface AppInfo {
  version: string;
  dataDir: string;
}

export function appHandlers(ledger: Ledger, info: AppInfo): Pick<Handlers, 'app:info' | 'app:setTimeZone'> {
  return {
    'app:info': () => ({ ...info, timeZone: ledger.timeZone, businessDay: ledger.businessDay() }),
    // Placeholder while the time-zone setting is built (issue 9).
    'app:setTimeZone': () => {
      throw new AppError('internal', 'Belum tersedia.');
    },
  };
}
