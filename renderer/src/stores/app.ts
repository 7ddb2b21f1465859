import { defineStore } from 'pinia';
import { onScopeDispose, ref } from 'vue';
import { onCallResult, usePos } from '../api/pos';
import { isTransportFailure } from '../api/transport-failure';
import type { ChannelInput, ChannelOutput, ErrorBody, Result } from '../api/contract-types';

export type AppInfo = ChannelOutput<'app:info'>;
export type OutletTimeZone = ChannelInput<'app:setTimeZone'>['timeZone'];

/** Midnight can pass while the app stays open: the business day is read again this often. */
const DAY_CHECK_MS = 60_000;

/** Facts about the running core the whole shell shows: business day, outlet time zone, version. */
export const useAppStore = defineStore('app', () => {
  const info = ref<AppInfo | null>(null);
  const error = ref<ErrorBody | null>(null);

  /**
   * Whether the core answers, from every call the screens make: null until the first answer, false
   * after a call failed for transport reasons (offline, wrong token, server gone — why in
   * `connectionError`), true again as soon as any call reaches the core. A refusal by the core
   * (wrong PIN, bad amount) is an answer: the connection works.
   */
  const connected = ref<boolean | null>(null);
  const connectionError = ref<ErrorBody | null>(null);
  const stopWatchingCalls = onCallResult((result) => {
    const failed = !result.ok && isTransportFailure(result.error);
    connected.value = !failed;
    connectionError.value = !result.ok && failed ? result.error : null;
  });
  onScopeDispose(stopWatchingCalls);

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

  return { info, error, connected, connectionError, load, start, stop, setTimeZone };
});
