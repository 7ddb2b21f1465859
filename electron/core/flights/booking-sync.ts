/**
 * Background status sync of open bookings: every `intervalMs` (default 5 minutes) a few open
 * bookings whose issue is not in progress are asked about, the longest unchecked first. An
 * unanswered check changes nothing. Started and stopped with the core; stop waits for a running pass.
 */
export const DEFAULT_BOOKING_SYNC_MS = 5 * 60_000;
export const BOOKINGS_PER_PASS = 3;

export function startBookingSync(pass: () => Promise<unknown>, intervalMs = DEFAULT_BOOKING_SYNC_MS): () => Promise<void> {
  let stopped = false;
  let running: Promise<unknown> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  const schedule = () => {
    if (stopped || intervalMs <= 0) return;
    timer = setTimeout(() => {
      running = pass()
        .catch((err: unknown) => console.error('[loket] booking status sync failed:', err))
        .finally(schedule);
    }, intervalMs);
    timer.unref?.();
  };
  schedule();
  return async () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    await running;
  };
}
