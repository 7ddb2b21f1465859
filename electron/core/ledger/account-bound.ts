import { AppError } from '../errors/app-error';
import { ACCOUNT_BALANCE_LIMIT, formatRupiah } from '../money';
import type { AccountDirectory } from './accounts';
import { exactRawBalance } from './balances';
import type { PostingInput } from './journal';
import type Database from 'better-sqlite3';

const LIMIT = BigInt(ACCOUNT_BALANCE_LIMIT);

/**
 * Refuses an entry that would carry any account it touches beyond the balance limit, so totals stay
 * exact numbers for every screen. A posting that brings an (old, oversized) account back towards
 * zero is always allowed: that is how such a ledger is mended.
 */
export function assertAccountsStayInBounds(db: Database.Database, accounts: AccountDirectory, postings: readonly PostingInput[]): void {
  for (const posting of postings) {
    const before = exactRawBalance(db, posting.account);
    const after = before + BigInt(posting.amount);
    if (abs(after) > LIMIT && abs(after) > abs(before)) {
      throw new AppError(
        'invalid_input',
        `Saldo ${accounts.get(posting.account).name} akan melewati batas ${formatRupiah(ACCOUNT_BALANCE_LIMIT)}; tidak dicatat.`,
      );
    }
  }
}

function abs(value: bigint): bigint {
  return value < 0n ? -value : value;
}
