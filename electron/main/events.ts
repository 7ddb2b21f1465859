import type { BrowserWindow } from 'electron';
import type { Core } from '../core/app/core';

/** The one IPC channel main pushes on; the preload listens on the same name. */
export const POS_EVENT_CHANNEL = 'pos:event';

/**
 * Forwards core push events to our window only (never broadcast to every webContents). Events that
 * arrive while no window is open are dropped: screens reload their state when they open.
 */
export function forwardCoreEvents(core: Pick<Core, 'onEvent'>, getWindow: () => BrowserWindow | null): () => void {
  return core.onEvent((event, payload) => {
    const window = getWindow();
    if (!window || window.isDestroyed() || window.webContents.isDestroyed()) return;
    window.webContents.send(POS_EVENT_CHANNEL, { event, payload });
  });
}
