import { defineStore } from 'pinia';
import { ref } from 'vue';
import { usePos } from '../api/pos';
import type { ChannelOutput, ErrorBody } from '../api/contract-types';

export type AppInfo = ChannelOutput<'app:info'>;

/** Facts about the running core the whole shell shows: business day, outlet time zone, version. */
export const useAppStore = defineStore('app', () => {
  const info = ref<AppInfo | null>(null);
  const error = ref<ErrorBody | null>(null);

  async function load(): Promise<void> {
    const result = await usePos().call('app:info', {});
    if (result.ok) info.value = result.value;
    error.value = result.ok ? null : result.error;
  }

  return { info, error, load };
});
