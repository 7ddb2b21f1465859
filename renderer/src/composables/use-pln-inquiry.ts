import { ref, shallowRef, watch } from 'vue';
import { usePos } from '../api/pos';
import type { ErrorBody } from '../api/contract-types';
import type { PlnCustomer } from '../format/sale';

/**
 * PLN prepaid: the meter's owner (name, tariff/power) is read before any token is offered, so the
 * cashier can ask "atas nama …?" first. Editing the meter forgets the answer.
 */
export function usePlnInquiry() {
  const meter = ref('');
  const customer = shallowRef<PlnCustomer | null>(null);
  const error = ref<ErrorBody | null>(null);
  const busy = ref(false);
  let asked = 0;

  watch(meter, () => {
    asked += 1;
    busy.value = false;
    customer.value = null;
    error.value = null;
  });

  async function inquire(): Promise<boolean> {
    if (busy.value || meter.value.trim() === '') return false;
    const mine = ++asked;
    busy.value = true;
    error.value = null;
    const result = await usePos().call('pln:inquire', { meter: meter.value.trim() });
    if (mine !== asked) return false;
    busy.value = false;
    customer.value = result.ok ? result.value : null;
    error.value = result.ok ? null : result.error;
    return result.ok;
  }

  return { meter, customer, error, busy, inquire };
}
