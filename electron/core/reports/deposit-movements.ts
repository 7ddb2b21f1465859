import type { z } from 'zod';
import type { cashMovementsView, depositMovementsView } from '../api/channels/reports';
import { providerIds } from '../domain/provider-id';
import { ACCOUNT, depositAccount, type Ledger } from '../ledger';
import { accountMovements } from './account-movements';
import { balanceReadings } from './balance-readings';
import type { DayRange } from './summarize-sales';

export type DepositMovements = z.output<typeof depositMovementsView>;
export type CashMovements = z.output<typeof cashMovementsView>;

/**
 * Mutasi deposit: per provider deposit account, every entry of the range with a leg on it and the
 * balance before and after, and the balances the provider itself reported in the range. The
 * accounts are shown as the ledger has them: in Sandbox a deposit holds the training money (the
 * live money waits in owner capital, providers/sandbox/sandbox-deposits.ts), and the entries that
 * park and restore it are movements like any other.
 */
export function depositMovements(ledger: Ledger, range: DayRange): DepositMovements {
  return {
    from: range.from,
    to: range.to,
    providers: providerIds.map((provider) => ({
      provider,
      ...accountMovements(ledger, depositAccount(provider), range.from, range.to),
      reportedBalances: balanceReadings(ledger, provider, range.from, range.to),
    })),
  };
}

/** Kas: every entry of the range that moved the cash drawer, with the drawer's balance after it. */
export function cashMovements(ledger: Ledger, range: DayRange): CashMovements {
  const { openingBalance, closingBalance, movements } = accountMovements(ledger, ACCOUNT.cashDrawer, range.from, range.to);
  return {
    from: range.from,
    to: range.to,
    openingBalance,
    closingBalance,
    movements: movements.map(({ balanceBefore: _before, ...movement }) => movement),
  };
}
