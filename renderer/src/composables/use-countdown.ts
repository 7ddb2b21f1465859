import { computed, onBeforeUnmount, onMounted, ref, type ComputedRef } from 'vue';

/** Under this much time left a countdown turns red: the customer must pay now. */
export const URGENT_MS = 10 * 60_000;

export interface CountdownState {
  remainingMs: number;
  /** The time limit has passed (remaining 0). */
  passed: boolean;
  /** Less than 10 minutes left (and not passed). */
  urgent: boolean;
}

export function countdownAt(targetMs: number, nowMs: number): CountdownState {
  const remainingMs = Math.max(0, targetMs - nowMs);
  return { remainingMs, passed: remainingMs === 0, urgent: remainingMs > 0 && remainingMs < URGENT_MS };
}

type Translate = (key: string, named?: Record<string, unknown>) => string;

/**
 * "09:05" under an hour, "2 jam 15 menit" above (whole seconds/minutes rounded down: a countdown
 * never shows more time than there is), the "time limit passed" text at zero.
 */
export function formatCountdown(remainingMs: number, t: Translate): string {
  if (remainingMs <= 0) return t('flights.countdown.passed');
  const totalSeconds = Math.floor(remainingMs / 1000);
  if (totalSeconds < 3600) {
    const mm = String(Math.floor(totalSeconds / 60)).padStart(2, '0');
    const ss = String(totalSeconds % 60).padStart(2, '0');
    return `${mm}:${ss}`;
  }
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  return t('flights.countdown.long', { h: hours, m: minutes });
}

/*
 * One clock for every countdown on screen (a list of 100 open bookings runs one timer, not 100):
 * it ticks each second while at least one countdown is mounted.
 */
const now = ref(Date.now());
let users = 0;
let timer: ReturnType<typeof setInterval> | undefined;

function join(): void {
  now.value = Date.now();
  if (users++ === 0) timer = setInterval(() => (now.value = Date.now()), 1000);
}
function leave(): void {
  if (--users === 0) {
    clearInterval(timer);
    timer = undefined;
  }
}

/** A live countdown to `target()` (ms epoch); null while there is no time limit. */
export function useCountdown(target: () => number | null): ComputedRef<CountdownState | null> {
  onMounted(join);
  onBeforeUnmount(leave);
  return computed(() => {
    const at = target();
    return at === null ? null : countdownAt(at, now.value);
  });
}
