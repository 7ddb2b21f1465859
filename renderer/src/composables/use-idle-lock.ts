import { onBeforeUnmount, onMounted } from 'vue';

const ACTIVITY = ['pointerdown', 'pointermove', 'keydown', 'touchstart', 'wheel'] as const;

/**
 * Calls `onIdle` once after `idleMs()` without pointer, keyboard or touch activity. Activity only
 * notes the time; one timer wakes when the quiet period could have ended and checks Date.now()
 * (cheap on every mouse move, and a test clock that fast-forwards time fires it like real time).
 */
export function useIdleLock(idleMs: () => number, onIdle: () => void): void {
  let lastActivity = Date.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let done = false;

  function noteActivity(): void {
    lastActivity = Date.now();
  }

  function check(): void {
    if (done) return;
    const quietFor = Date.now() - lastActivity;
    const limit = idleMs();
    if (quietFor >= limit) {
      done = true;
      onIdle();
      return;
    }
    timer = setTimeout(check, limit - quietFor);
  }

  onMounted(() => {
    for (const name of ACTIVITY) window.addEventListener(name, noteActivity, { passive: true, capture: true });
    lastActivity = Date.now();
    timer = setTimeout(check, idleMs());
  });
  onBeforeUnmount(() => {
    done = true;
    clearTimeout(timer);
    for (const name of ACTIVITY) window.removeEventListener(name, noteActivity, { capture: true });
  });
}
