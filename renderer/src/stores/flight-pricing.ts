import { defineStore } from 'pinia';
import { ref } from 'vue';
import { usePos } from '../api/pos';
import type { ErrorBody } from '../api/contract-types';

/** The core accepts a plain "0" (no markup) although an amount preview refuses zero. */
const ZERO = /^\s*0\s*$/;

/**
 * Settings > Harga jual, the flight rule: the outlet's markup per passenger on a ticket
 * (flights:pricingRule / flights:setPricingRule). The text goes to the core as typed; its reading
 * is confirmed before the change, and its refusal is kept for the field.
 */
export const useFlightPricingStore = defineStore('flight-pricing', () => {
  const markupPerPassenger = ref<number | null>(null);
  const loadError = ref<ErrorBody | null>(null);
  const error = ref<ErrorBody | null>(null);
  const saving = ref(false);

  async function load(): Promise<void> {
    const answer = await usePos().call('flights:pricingRule', {});
    if (answer.ok) markupPerPassenger.value = answer.value.markupPerPassenger;
    loadError.value = answer.ok ? null : answer.error;
  }

  /** The core's reading of the typed amount, for the confirmation; null (error kept) when refused. */
  async function check(text: string): Promise<number | null> {
    error.value = null;
    if (ZERO.test(text)) return 0;
    const answer = await usePos().call('money:previewAmount', { text });
    if (answer.ok) return answer.value.amount;
    error.value = answer.error;
    return null;
  }

  /** One change at a time; true when the core took it. */
  async function save(text: string): Promise<boolean> {
    if (saving.value) return false;
    saving.value = true;
    error.value = null;
    try {
      const answer = await usePos().call('flights:setPricingRule', { markupPerPassenger: text });
      if (answer.ok) markupPerPassenger.value = answer.value.markupPerPassenger;
      else error.value = answer.error;
      return answer.ok;
    } finally {
      saving.value = false;
    }
  }

  function clearError(): void {
    error.value = null;
  }

  return { markupPerPassenger, loadError, error, saving, load, check, save, clearError };
});
