import { computed, ref } from 'vue';

/**
 * From "Ya, jual" until the answer is on screen the counter takes no other job: an F-key would
 * leave the screen with the answer on its way. Each running sale flow holds this lock once. The
 * screen's own tiles stay locked SETTLE_MS longer (use-sale-flow `locked`): a quick third click
 * meant for the closing dialog would land on the product tile under it and open a new
 * confirmation; long enough for the clicks of the same burst, short enough that the next sale
 * never waits.
 */
export const SETTLE_MS = 600;

const holders = ref(0);

export const saleInputLocked = computed(() => holders.value > 0);

export function holdSaleInput(): () => void {
  holders.value += 1;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    holders.value -= 1;
  };
}
