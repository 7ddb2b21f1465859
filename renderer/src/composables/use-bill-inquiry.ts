import { ref, shallowRef } from 'vue';
import { usePos } from '../api/pos';
import type { ChannelInput, ErrorBody } from '../api/contract-types';
import type { BillView } from '../format/sale';

export type BillInquiryInput = ChannelInput<'bills:inquire'>;

/**
 * The bill as the provider states it now. Payment always names this inquiry; an expired one is
 * asked again with the same input, never paid blindly.
 */
export function useBillInquiry() {
  const bill = shallowRef<BillView | null>(null);
  const error = ref<ErrorBody | null>(null);
  const busy = ref(false);
  const lastInput = shallowRef<BillInquiryInput | null>(null);
  let asked = 0;

  async function inquire(input: BillInquiryInput): Promise<boolean> {
    if (busy.value) return false;
    const mine = ++asked;
    busy.value = true;
    error.value = null;
    bill.value = null;
    lastInput.value = input;
    const result = await usePos().call('bills:inquire', input);
    if (mine !== asked) return false;
    busy.value = false;
    bill.value = result.ok ? result.value : null;
    error.value = result.ok ? null : result.error;
    return result.ok;
  }

  /** Asks again with what was asked last (an expired inquiry). */
  function reinquire(): Promise<boolean> {
    return lastInput.value ? inquire(lastInput.value) : Promise.resolve(false);
  }

  function reset(): void {
    asked += 1;
    busy.value = false;
    bill.value = null;
    error.value = null;
  }

  return { bill, error, busy, lastInput, inquire, reinquire, reset };
}
