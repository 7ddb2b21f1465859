import { app } from 'electron';
import type { Core } from '../core/app/core';

/**
 * Holds the quit until the core has stopped its background work and closed the database, then
 * quits for real. A failure to close is logged, never allowed to keep the app running.
 */
export function closeCoreOnQuit(core: Pick<Core, 'close'>, log: (message: string, err: unknown) => void = logError): void {
  let state: 'open' | 'closing' | 'closed' = 'open';
  app.on('will-quit', (event) => {
    if (state === 'closed') return;
    event.preventDefault();
    if (state === 'closing') return;
    state = 'closing';
    core
      .close()
      .catch((err: unknown) => log('closing the core failed', err))
      .finally(() => {
        state = 'closed';
        app.quit();
      });
  });
}

function logError(message: string, err: unknown): void {
  console.error(`[loket] ${message}:`, err);
}
