import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import { isTrustedUrl, type TrustedOrigin } from './app-origin';

/**
 * An IPC call is served only when it comes from the main frame of our own window, showing our own
 * origin. That refuses: other windows or webContents, iframes (even same-origin ones), frames that
 * navigated away or were disposed, and lookalike origins (`app://loket.evil`, `https://example.com`).
 */
export function isTrustedSender(
  event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>,
  window: BrowserWindow | null,
  origin: TrustedOrigin,
): boolean {
  try {
    if (!window || window.isDestroyed()) return false;
    const contents = window.webContents;
    if (event.sender !== contents) return false;
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null) return false;
    const mainFrame = contents.mainFrame;
    const sameFrame =
      frame === mainFrame || (frame.processId === mainFrame.processId && frame.routingId === mainFrame.routingId);
    return sameFrame && isTrustedUrl(frame.url, origin);
  } catch {
    // Reading a disposed WebFrameMain throws: a frame that is gone is not trusted.
    return false;
  }
}

/** Short text for the log line of a refused call; never the payload. */
export function describeSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): string {
  try {
    const url = event.senderFrame?.url;
    return url ? url.slice(0, 120) : '(no frame)';
  } catch {
    return '(disposed frame)';
  }
}
