import type { ProviderId } from '../domain/provider-id';
import { AppError } from '../errors/app-error';
import { formatRupiah, rupiah, type Rupiah } from '../money';
import { parseTypedAmount } from './entry-limit';
import { ACCOUNT, depositAccount } from './accounts';
import type { PostResult } from './journal';
import type { Ledger } from './ledger';

/**
 * What the outlet owner does with money outside of sales: put the opening float in the drawer, top
 * up a provider deposit (from the drawer or from the bank), take cash out. Each is one balanced
 * entry keyed by the request id of the button press, so a double-click records once. Every amount is
 * held to the owner's per-transaction limit (entry-limit.ts) and may not carry an account past the
 * balance limit (Ledger.post).
 */
export interface OwnerInput {
  requestId: string;
  amount: string | number;
  note?: string;
}

export function recordOpeningCash(ledger: Ledger, input: OwnerInput): PostResult {
  const amount = parseTypedAmount(ledger.db, input.amount);
  return ledger.post({
    idemKey: `owner:${input.requestId}`,
    kind: 'opening_cash',
    memo: memo('Modal awal kas laci', input.note),
    postings: [
      { account: ACCOUNT.cashDrawer, amount },
      { account: ACCOUNT.ownerEquity, amount: negate(amount) },
    ],
  });
}

export function recordDepositTopUp(
  ledger: Ledger,
  input: OwnerInput & { provider: ProviderId; source: 'cash' | 'bank' },
): PostResult {
  const amount = parseTypedAmount(ledger.db, input.amount);
  const from = input.source === 'cash' ? ACCOUNT.cashDrawer : ACCOUNT.ownerEquity;
  const label = input.source === 'cash' ? 'dari kas laci' : 'dari rekening bank pemilik';
  return ledger.transaction(() => {
    if (input.source === 'cash') assertDrawerCovers(ledger, amount, input.requestId);
    return ledger.post({
      idemKey: `owner:${input.requestId}`,
      kind: 'deposit_topup',
      memo: memo(`Top-up deposit ${input.provider.toUpperCase()} ${label}`, input.note),
      postings: [
        { account: depositAccount(input.provider), amount },
        { account: from, amount: negate(amount) },
      ],
    });
  });
}

export function recordOwnerWithdrawal(ledger: Ledger, input: OwnerInput): PostResult {
  const amount = parseTypedAmount(ledger.db, input.amount);
  return ledger.transaction(() => {
    assertDrawerCovers(ledger, amount, input.requestId);
    return ledger.post({
      idemKey: `owner:${input.requestId}`,
      kind: 'owner_withdrawal',
      memo: memo('Penarikan kas oleh pemilik', input.note),
      postings: [
        { account: ACCOUNT.ownerEquity, amount },
        { account: ACCOUNT.cashDrawer, amount: negate(amount) },
      ],
    });
  });
}

/** The drawer cannot go below zero: the money is physically not there. A replay of a recorded request is let through. */
function assertDrawerCovers(ledger: Ledger, amount: Rupiah, requestId: string): void {
  const alreadyRecorded = ledger.db.prepare('SELECT 1 FROM journal_entry WHERE idem_key = ?').get(`owner:${requestId}`);
  if (alreadyRecorded) return;
  const drawer = ledger.rawBalance(ACCOUNT.cashDrawer);
  if (drawer < amount) {
    throw new AppError(
      'insufficient_funds',
      `Kas laci hanya ${formatRupiah(drawer)}, tidak cukup untuk ${formatRupiah(amount)}.`,
    );
  }
}

function memo(base: string, note: string | undefined): string {
  const trimmed = note?.trim();
  return trimmed ? `${base}: ${trimmed}` : base;
}

function negate(amount: Rupiah): Rupiah {
  return rupiah(-amount);
}
