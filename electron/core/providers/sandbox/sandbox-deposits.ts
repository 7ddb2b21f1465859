import type { ProviderId } from '../../api/schemas';
import { ACCOUNT, depositAccount, type Ledger } from '../../ledger';
import { rupiah } from '../../money';

/** What each sandbox provider deposit starts with, so training sales work out of the box. */
export const SANDBOX_OPENING_DEPOSIT = rupiah(5_000_000);

/**
 * Puts the training deposit in the ledger once per provider, so the ledger and the simulator agree
 * from the first sale. Recorded as owner capital and closed out again (one reversing entry, at most what is
 * left of it) when the provider goes live, so training money does not mix with the real deposit.
 */
export function seedSandboxDeposit(ledger: Ledger, provider: ProviderId): void {
  ledger.post({
    idemKey: `sandbox-seed:${provider}`,
    kind: 'sandbox_deposit',
    memo: `Deposit latihan (Sandbox) ${provider.toUpperCase()}`,
    postings: [
      { account: depositAccount(provider), amount: SANDBOX_OPENING_DEPOSIT },
      { account: ACCOUNT.ownerEquity, amount: rupiah(-SANDBOX_OPENING_DEPOSIT) },
    ],
  });
}

export function closeOutSandboxDeposit(ledger: Ledger, provider: ProviderId): void {
  const seeded = ledger.db.prepare('SELECT id FROM journal_entry WHERE idem_key = ?').get(`sandbox-seed:${provider}`) as
    | { id: number }
    | undefined;
  // Training sales may have spent part of it; never push the deposit below zero.
  const amount = Math.min(SANDBOX_OPENING_DEPOSIT, ledger.rawBalance(depositAccount(provider)));
  if (!seeded || amount <= 0) return;
  ledger.post({
    idemKey: `sandbox-closeout:${provider}`,
    kind: 'sandbox_deposit_closeout',
    memo: `Tutup deposit latihan (Sandbox) ${provider.toUpperCase()} saat beralih ke Live`,
    reversesId: seeded.id,
    postings: [
      { account: ACCOUNT.ownerEquity, amount: rupiah(amount) },
      { account: depositAccount(provider), amount: rupiah(-amount) },
    ],
  });
}
