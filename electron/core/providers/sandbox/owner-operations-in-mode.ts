import type { ProviderId } from '../../domain/provider-id';
import { recordDepositTopUp, reverseOwnerEntry, type CorrectionInput, type Ledger } from '../../ledger';
import type { PostResult } from '../../ledger/journal';
import { providerIds } from '../../domain/provider-id';
import { rupiah, type Rupiah } from '../../money';
import { entryDepositAmount, parkSandboxTopUp, parkedTopUpAmount, unparkForCorrection } from './sandbox-deposits';

export type ModeOf = (provider: ProviderId) => 'sandbox' | 'live';

/** A recorded top-up, and whether its money was parked for Live (the provider was in Sandbox). */
export interface TopUpRecorded extends PostResult {
  parkedForLive: boolean;
  /** The real money kept for Live; 0 when the top-up went into the deposit. */
  parkedAmount: Rupiah;
}

/**
 * The owner's deposit operations, aware of the provider's mode: while a provider is in Sandbox its
 * deposit account holds training money only, so a real top-up is parked with the live money in the
 * same transaction, and taking one back takes it from there (sandbox-deposits.ts). The top-up's
 * answer says whether its money was parked, so the screen can tell the cashier why the deposit shown did not rise.
 */
export function recordTopUpInMode(ledger: Ledger, input: Parameters<typeof recordDepositTopUp>[1], modeOf: ModeOf): TopUpRecorded {
  return ledger.transaction(() => {
    const result = recordDepositTopUp(ledger, input);
    if (!result.duplicate && modeOf(input.provider) === 'sandbox') parkSandboxTopUp(ledger, input.provider, result.entryId);
    // Read back from the ledger, not from the mode now: a replay answers what happened the first time.
    const parked = parkedTopUpAmount(ledger, input.provider, result.entryId);
    return { ...result, parkedForLive: parked > 0, parkedAmount: rupiah(parked) };
  });
}

export function reverseOwnerEntryInMode(ledger: Ledger, input: CorrectionInput, modeOf: ModeOf): PostResult {
  return ledger.transaction(() => {
    const kind = ledger.db.prepare('SELECT kind FROM journal_entry WHERE id = ?').get(input.entryId) as { kind: string } | undefined;
    const alreadyDone = ledger.journal.isRecorded(`owner:${input.requestId}`);
    if (kind?.kind === 'deposit_topup' && !alreadyDone) {
      for (const provider of providerIds) {
        const amount = entryDepositAmount(ledger, input.entryId, provider);
        if (amount > 0 && modeOf(provider) === 'sandbox') unparkForCorrection(ledger, provider, amount, input.requestId);
      }
    }
    return reverseOwnerEntry(ledger, input);
  });
}
