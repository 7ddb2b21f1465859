import { ref } from 'vue';
import { usePos } from '../api/pos';

/**
 * The e-wallet account holder's name for the confirmation, where a provider can tell it
 * (`ewallet:inquire`), so the cashier can ask "atas nama …?" before selling. A late answer for an
 * earlier choice is dropped.
 */
export function useEwalletName() {
  /** null = not asked or none given; the core's message says why when there is no name. */
  const name = ref<string | null>(null);
  const note = ref<string | null>(null);
  const busy = ref(false);
  let asked = 0;

  async function lookUp(productId: string, customerNo: string): Promise<void> {
    const mine = ++asked;
    name.value = null;
    note.value = null;
    busy.value = true;
    const result = await usePos().call('ewallet:inquire', { productId, customerNo });
    if (mine !== asked) return;
    busy.value = false;
    name.value = result.ok ? result.value.customerName : null;
    note.value = result.ok ? (result.value.customerName ? null : result.value.message) : result.error.message;
  }

  function forget(): void {
    asked += 1;
    name.value = null;
    note.value = null;
    busy.value = false;
  }

  return { name, note, busy, lookUp, forget };
}
