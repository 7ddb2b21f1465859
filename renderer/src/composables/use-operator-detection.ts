import { getCurrentScope, onScopeDispose, ref, shallowRef, watch, type Ref } from 'vue';
import type { ChannelOutput } from '../api/contract-types';
import { useCatalogStore } from '../stores/catalog';

export type DetectedOperator = ChannelOutput<'catalog:detectOperator'>;

const MIN_DIGITS = 4;

/**
 * Names the operator of the number as the cashier types it. The core owns the prefix table; the
 * renderer asks after a short pause in typing, and only the answer for the latest text is kept.
 */
export function useOperatorDetection(phone: Ref<string>, delayMs = 150) {
  const catalog = useCatalogStore();
  const detected = shallowRef<DetectedOperator | null>(null);
  const detecting = ref(false);
  /**
   * The text `detected` answers (a short text needs no answer): while it differs from the field, an
   * answer is still to come and the product list may still re-sort under the pointer.
   */
  const answeredFor = ref<string | null>(digits(phone.value) < MIN_DIGITS ? phone.value : null);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = 0;

  async function detect(text: string): Promise<void> {
    const mine = ++asked;
    detecting.value = true;
    const result = await catalog.detectOperator(text);
    if (mine !== asked) return;
    detecting.value = false;
    detected.value = result.ok ? result.value : null;
    answeredFor.value = text;
  }

  watch(phone, (text) => {
    clearTimeout(timer);
    if (digits(text) < MIN_DIGITS) {
      asked += 1;
      detecting.value = false;
      detected.value = null;
      answeredFor.value = text;
      return;
    }
    timer = setTimeout(() => void detect(text), delayMs);
  });

  if (getCurrentScope()) onScopeDispose(() => clearTimeout(timer));

  /** Asks at once (Enter pressed before the pause ended). */
  async function flush(): Promise<void> {
    clearTimeout(timer);
    if (digits(phone.value) >= MIN_DIGITS) await detect(phone.value);
  }

  return { detected, detecting, answeredFor, flush };
}

function digits(text: string): number {
  return text.replace(/\D/g, '').length;
}
