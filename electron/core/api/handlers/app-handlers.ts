import { storeTimeZone } from '../../clock/time-zone-setting';
import { AppError } from '../../errors/app-error';
import { openShiftId } from '../../shifts/shift-gate';
import type { Ledger } from '../../ledger';
import type { Handlers } from '../dispatch';
import type { ProviderId } from '../../domain/provider-id';

export interface AppInfo {
  version: string;
  dataDir: string;
}

export type ProviderModes = () => { id: ProviderId; name: string; mode: 'sandbox' | 'live' }[];

export function appHandlers(ledger: Ledger, info: AppInfo, providerModes: ProviderModes): Pick<Handlers, 'app:info' | 'app:setTimeZone'> {
  const current = () => ({ ...info, timeZone: ledger.timeZone, businessDay: ledger.businessDay(), providers: providerModes() });
  return {
    'app:info': () => current(),
    // Stored for the next start and applied at once: new entries and sales take the new day; written rows keep theirs.
    // Refused while a shift is open: its business day, its report and the day close would straddle two zones.
    'app:setTimeZone': (input) => {
      if (openShiftId(ledger.db) !== null) throw new AppError('conflict', 'Tutup kasir dulu sebelum mengganti zona waktu.');
      storeTimeZone(ledger.db, input.timeZone);
      ledger.setTimeZone(input.timeZone);
      return current();
    },
  };
}
