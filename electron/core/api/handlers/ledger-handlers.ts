import type { EventBus } from '../../app/event-bus';
import { entryLimitView, setEntryLimit } from '../../ledger/entry-limit';
import {
  recordDepositTopUp,
  recordOpeningCash,
  recordOwnerWithdrawal,
  reverseOwnerEntry,
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
  | 'ledger:reverseOwnerEntry'
  | 'ledger:entryLimit'
  | 'ledger:setEntryLimit'
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
    'ledger:reverseOwnerEntry': (input) => announce(reverseOwnerEntry(ledger, input)),
    'ledger:entryLimit': () => entryLimitView(ledger.db),
    'ledger:setEntryLimit': (input) => setEntryLimit(ledger.db, input.amount),
    'ledger:journalForDay': (input) => {
      const day = input.day ?? ledger.businessDay();
      return { day, entries: ledger.entriesForDay(day) };
    },
  };
}
