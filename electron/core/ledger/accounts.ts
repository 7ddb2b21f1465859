import type Database from 'better-sqlite3';
import type { ProviderId } from '../domain/provider-id';

export type AccountKind = 'asset' | 'liability' | 'income' | 'expense' | 'equity';

export interface Account {
  id: number;
  code: string;
  name: string;
  kind: AccountKind;
  provider: ProviderId | null;
}

/** Account codes the core posts to. Per-provider deposits are `deposit:<provider>`. */
export const ACCOUNT = {
  cashDrawer: 'cash_drawer',
  depositHeld: 'deposit_held',
  salesRevenue: 'sales_revenue',
  costOfSales: 'cost_of_sales',
  commissionIncome: 'commission_income',
  refundsOwed: 'refunds_owed',
  customerFundsHeld: 'customer_funds_held',
  ownerEquity: 'owner_equity',
} as const;

export function depositAccount(provider: ProviderId): string {
  return `deposit:${provider}`;
}

/** Debit-normal accounts show their posting sum; credit-normal ones show it negated. */
export function naturalSign(kind: AccountKind): 1 | -1 {
  return kind === 'asset' || kind === 'expense' ? 1 : -1;
}

/** Accounts never change after migration, so one read per connection is enough. */
export class AccountDirectory {
  private readonly byCode = new Map<string, Account>();

  constructor(db: Database.Database) {
    const rows = db.prepare('SELECT id, code, name, kind, provider FROM account ORDER BY id').all() as Account[];
    for (const row of rows) this.byCode.set(row.code, row);
  }

  get(code: string): Account {
    const account = this.byCode.get(code);
    if (!account) throw new Error(`Unknown account ${code}`);
    return account;
  }

  all(): Account[] {
    return [...this.byCode.values()];
  }
}
