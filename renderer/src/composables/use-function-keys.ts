import { onBeforeUnmount, onMounted } from 'vue';

/**
 * F-keys switch jobs from anywhere, even while typing in a field: a cashier's hands stay on the
 * keyboard. preventDefault stops the browser's own meaning (F1 help, F5 reload, F3 find).
 */
export function useFunctionKeys(bindings: Record<string, () => void>): void {
  function onKeydown(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const action = bindings[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  }
  onMounted(() => window.addEventListener('keydown', onKeydown));
  onBeforeUnmount(() => window.removeEventListener('keydown', onKeydown));
}
