import type { EventBus } from '../../app/event-bus';
import { entryLimitView, setEntryLimit } from '../../ledger/entry-limit';
import { recordOpeningCash, recordOwnerWithdrawal, type Ledger } from '../../ledger';
import { recordTopUpInMode, reverseOwnerEntryInMode, type ModeOf } from '../../providers/sandbox/owner-operations-in-mode';
import { AppError } from '../../errors/app-error';
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

/** `modeOf`: a provider's current mode, so deposit operations keep training and real money apart. */
export function ledgerHandlers(ledger: Ledger, events: EventBus, modeOf: ModeOf): LedgerHandlers {
  const announce = <T extends { entryId: number; duplicate: boolean }>(result: T): T => {
    if (!result.duplicate) events.emit('ledger:changed', { entryId: result.entryId });
    return result;
  };
  return {
    'ledger:balances': () => ({ accounts: ledger.balances() }),
    'ledger:recordOpeningCash': (input) => announce(recordOpeningCash(ledger, input)),
    'ledger:recordDepositTopUp': (input) => announce(recordTopUpInMode(ledger, input, modeOf)),
    'ledger:recordOwnerWithdrawal': (input) => announce(recordOwnerWithdrawal(ledger, input)),
    'ledger:reverseOwnerEntry': (input) => announce(reverseOwnerEntryInMode(ledger, input, modeOf)),
    'ledger:entryLimit': () => entryLimitView(ledger.db),
    'ledger:setEntryLimit': (input) => setEntryLimit(ledger.db, input.amount),
    'ledger:journalForDay': (input) => {
      const day = input.day ?? ledger.businessDay();
      if (input.account !== undefined && !ledger.accounts.all().some((a) => a.code === input.account)) throw new AppError('not_found', `Akun ${input.account} tidak ada di buku besar.`);
      return { day, entries: ledger.entriesForDay(day, input.account) };
    },
  };
}
