import { defineStore } from 'pinia';
import { ref } from 'vue';
import { usePos } from '../api/pos';
import type { ChannelInput, ChannelOutput, ErrorBody, Result } from '../api/contract-types';

export type AppInfo = ChannelOutput<'app:info'>;
export type OutletTimeZone = ChannelInput<'app:setTimeZone'>['timeZone'];

/** Midnight can pass while the app stays open: the business day is read again this often. */
const DAY_CHECK_MS = 60_000;

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

  let stopFollowing: (() => void) | null = null;

  /**
   * Loads and keeps the business day current: a shift opened or closed (or the day closed) may
   * belong to a new day, and the header's day must roll over at midnight without a restart.
   */
  function start(): Promise<void> {
    if (!stopFollowing) {
      const off = usePos().on('shifts:changed', () => void load());
      const timer = setInterval(() => void load(), DAY_CHECK_MS);
      stopFollowing = () => {
        off();
        clearInterval(timer);
      };
    }
    return load();
  }

  function stop(): void {
    stopFollowing?.();
    stopFollowing = null;
  }

  return { info, error, load, start, stop, setTimeZone };
});
