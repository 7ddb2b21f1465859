import { useLedgerStore } from './ledger';
import { useNumbersStore } from './numbers';
import { usePendingStore } from './pending';

/**
 * What a sale's answer changes elsewhere on screen, read again from the core: the drawer and
 * deposits, the Pending panel, the recent numbers. Also after a refusal, so "nothing changed" is
 * the core's word.
 */
export async function afterSaleAnswer(): Promise<void> {
  await Promise.all([useLedgerStore().refresh(), usePendingStore().refresh(), useNumbersStore().refresh()]);
}
