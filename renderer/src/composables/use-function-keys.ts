import { onBeforeUnmount, onMounted } from 'vue';
import { saleInputLocked } from './sale-input-lock';

/**
 * F-keys switch jobs from anywhere, even while typing in a field: a cashier's hands stay on the
 * keyboard. preventDefault stops the browser's own meaning (F1 help, F5 reload, F3 find). While a
 * sale is between "Ya, jual" and its result on screen the keys do nothing (sale-input-lock.ts).
 */
export function useFunctionKeys(bindings: Record<string, () => void>): void {
  function onKeydown(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const action = bindings[event.key];
    if (!action) return;
    event.preventDefault();
    if (saleInputLocked.value) return;
    action();
  }
  onMounted(() => window.addEventListener('keydown', onKeydown));
  onBeforeUnmount(() => window.removeEventListener('keydown', onKeydown));
}
