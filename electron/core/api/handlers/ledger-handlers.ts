import type { EventBus } from '../../app/event-bus';
import {
  recordDepositTopUp,
  recordOpeningCash,
  recordOwnerWithdrawal,
  type Ledger,
} from '../../ledger';
import type { Handlers } from '../dispatch';

type LedgerHandlers = Pick<
  Handlers,
  | 'ledger:balances'
  | 'ledger:recordOpeningCash'
  | 'ledger:recordDepositTopUp'
  | 'ledger:recordOwnerWithdrawal'
  | 'ledger:journalForDay'
>;

export function ledgerHandlers(ledger: Ledger, events: EventBus): LedgerHandlers {
  const announce = <T extends { entryId: number; duplicate: boolean }>(result: T): T => {
    if (!result.duplicate) events.emit('ledger:changed', { entryId: result.entryId });
    return result;
  };
  return {
    'ledger:balances': () => ({ accounts: ledger.balances() }),
    'ledger:recordOpeningCash': (input) => announce(recordOpeningCash(ledger, input)),
    'ledger:recordDepositTopUp': (input) => announce(recordDepositTopUp(ledger, input)),
    'ledger:recordOwnerWithdrawal': (input) => announce(recordOwnerWithdrawal(ledger, input)),
    'ledger:journalForDay': (input) => {
      const day = input.day ?? ledger.businessDay();
      return { day, entries: ledger.entriesForDay(day) };
    },
  };
}
