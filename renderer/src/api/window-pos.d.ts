import type { Channel, ChannelInput, ChannelOutput, Result } from './contract-types';

/** What electron/preload exposes through contextBridge; absent in a plain browser (headless mode). */
export interface WindowPos {
  invoke<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>>;
  onEvent(listener: (event: string, payload: unknown) => void): () => void;
}

declare global {
  interface Window {
    pos?: WindowPos;
  }
}
