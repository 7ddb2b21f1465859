import { defineStore } from 'pinia';
import { ref } from 'vue';
import { usePos } from '../api/pos';
import type { ChannelInput, ChannelOutput, ErrorBody, Result } from '../api/contract-types';

export type AppInfo = ChannelOutput<'app:info'>;
export type OutletTimeZone = ChannelInput<'app:setTimeZone'>['timeZone'];

/** Facts about the running core the whole shell shows: business day, outlet time zone, version. */
export const useAppStore = defineStore('app', () => {
  const info = ref<AppInfo | null>(null);
  const error = ref<ErrorBody | null>(null);

  async function load(): Promise<void> {
    const result = await usePos().call('app:info', {});
    if (result.ok) info.value = result.value;
    error.value = result.ok ? null : result.error;
  }

  /** The outlet's zone: new sales take their business day from it (past days keep theirs). */
  async function setTimeZone(timeZone: OutletTimeZone): Promise<Result<AppInfo>> {
    const result = await usePos().call('app:setTimeZone', { timeZone });
    if (result.ok) info.value = result.value;
    return result;
  }

  return { info, error, load, setTimeZone };
});
