import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { channels, type Result } from '../core/api/contract';
import type { Dispatch } from '../core/api/dispatch';
import { describeSender } from './sender';

export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;

export const UNAUTHORIZED: Result<never> = Object.freeze({
  ok: false,
  error: Object.freeze({ code: 'unauthorized', message: 'Permintaan ditolak: tidak berasal dari jendela Loket.' }),
}) as Result<never>;

/**
 * Binds every contract channel to `ipcMain.handle`. The sender is checked before anything else; the
 * core's dispatch validates the input schema and never throws. Only the first argument is the input:
 * extra arguments are ignored. Returns a function that removes the handlers.
 */
export function bindContract(
  ipc: Pick<IpcMain, 'handle' | 'removeHandler'>,
  dispatch: Dispatch,
  isAllowed: SenderCheck,
  log: (message: string) => void = (message) => console.warn(`[loket] ${message}`),
): () => void {
  for (const channel of channels) {
    ipc.handle(channel, async (event, input: unknown) => {
      if (!isAllowed(event)) {
        log(`refused ${channel} from ${describeSender(event)}`);
        return UNAUTHORIZED;
      }
      try {
        return await dispatch(channel, input, sessionOf(event));
      } catch {
        // Dispatch promises never to throw; if it ever does, the renderer still gets a Result.
        return { ok: false, error: { code: 'internal', message: 'Terjadi kesalahan di aplikasi.' } } satisfies Result<never>;
      }
    });
  }
  return () => {
    for (const channel of channels) ipc.removeHandler(channel);
  };
}

/** One window is one session: its signed-in user is the one every call from it runs as. */
export function sessionOf(event: Pick<IpcMainInvokeEvent, 'sender'>): string {
  return `window:${event.sender.id}`;
}
