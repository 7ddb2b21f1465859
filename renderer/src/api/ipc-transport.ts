import type { PosTransport } from './pos-client';
import type { WindowPos } from './window-pos';

/** Electron: the preload's `window.pos` already speaks the contract; this only adapts the shape. */
export function createIpcTransport(pos: WindowPos): PosTransport {
  return {
    invoke: (channel, input) => pos.invoke(channel, input as never),
    onEvent: (listener) => pos.onEvent(listener),
  };
}
