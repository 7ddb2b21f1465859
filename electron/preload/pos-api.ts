import type { IpcRenderer, IpcRendererEvent } from 'electron';

/** Same name as POS_EVENT_CHANNEL in electron/main/events.ts (a test keeps them equal). */
export const POS_EVENT_CHANNEL = 'pos:event';

type ErrorBody = { code: string; message: string };
export type BridgeResult = { ok: true; value: unknown } | { ok: false; error: ErrorBody };
export type PosEventListener = (event: string, payload: unknown) => void;

/** What the page sees as `window.pos`: two functions, no Electron object. */
export interface PosBridge {
  invoke(channel: string, input?: unknown): Promise<BridgeResult>;
  onEvent(listener: PosEventListener): () => void;
}

/**
 * Builds `window.pos`. Unknown channels are refused here, before anything crosses to main (main
 * refuses them again). Every answer is a Result: a broken IPC link is reported as one, not thrown.
 * Event listeners get `(event, payload)` only; the IpcRendererEvent (which carries `sender`) stays here.
 */
export function createPosApi(
  ipc: Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>,
  channelNames: readonly string[],
): PosBridge {
  const allowed = new Set(channelNames);

  const invoke = async (channel: string, input?: unknown): Promise<BridgeResult> => {
    if (typeof channel !== 'string' || !allowed.has(channel)) {
      return failure('unknown_channel', `Perintah tidak dikenal: ${String(channel).slice(0, 80)}`);
    }
    try {
      return (await ipc.invoke(channel, input)) as BridgeResult;
    } catch {
      return failure('internal', 'Aplikasi tidak menjawab. Coba lagi.');
    }
  };

  const onEvent = (listener: PosEventListener): (() => void) => {
    if (typeof listener !== 'function') throw new TypeError('pos.onEvent needs a function');
    const relay = (_event: IpcRendererEvent, message: unknown): void => {
      if (isEventMessage(message)) listener(message.event, message.payload);
    };
    ipc.on(POS_EVENT_CHANNEL, relay);
    let subscribed = true;
    return () => {
      if (!subscribed) return;
      subscribed = false;
      ipc.removeListener(POS_EVENT_CHANNEL, relay);
    };
  };

  return Object.freeze({ invoke, onEvent });
}

function failure(code: string, message: string): BridgeResult {
  return { ok: false, error: { code, message } };
}

function isEventMessage(value: unknown): value is { event: string; payload: unknown } {
  return typeof value === 'object' && value !== null && typeof (value as { event?: unknown }).event === 'string';
}
