import { defineStore } from 'pinia';
import { computed } from 'vue';
import { useAuthStore } from './auth';

/**
 * What the screens show for who is signed in. "Owner view" (provider cost and margin next to the
 * selling price, the owner's operations) is the owner's screen: it follows the signed-in user's
 * role, never a checkbox anyone at the counter could tick. The core refuses a cashier's owner calls
 * anyway; this only keeps the screens honest about it.
 */
export const usePreferencesStore = defineStore('preferences', () => {
  const auth = useAuthStore();
  const ownerView = computed(() => auth.isOwner);
  return { ownerView };
});
