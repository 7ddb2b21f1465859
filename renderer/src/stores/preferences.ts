import { defineStore } from 'pinia';
import { ref, watch } from 'vue';

const OWNER_VIEW_KEY = 'loket.ownerView';

function storage(): Pick<Storage, 'getItem' | 'setItem'> | null {
  return typeof localStorage === 'undefined' ? null : localStorage;
}

/**
 * Choices of this PC's screen. "Owner view" shows provider cost and margin next to the selling
 * price; the cashier's default shows only what the customer pays.
 */
export const usePreferencesStore = defineStore('preferences', () => {
  const ownerView = ref(storage()?.getItem(OWNER_VIEW_KEY) === '1');
  watch(ownerView, (on) => storage()?.setItem(OWNER_VIEW_KEY, on ? '1' : '0'));
  return { ownerView };
});
