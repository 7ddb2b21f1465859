import type Database from 'better-sqlite3';
import { parseTypedAmount } from '../../ledger/entry-limit';
import type { Handlers } from '../dispatch';

/**
 * Lets a screen show the core's own reading of typed money before asking to confirm it, with the
 * owner's per-transaction limit already applied, so a few zeros too many are refused at once.
 */
export function moneyHandlers(db: Database.Database): Pick<Handlers, 'money:previewAmount'> {
  return {
    'money:previewAmount': (input) => ({ amount: parseTypedAmount(db, input.text) }),
  };
}
