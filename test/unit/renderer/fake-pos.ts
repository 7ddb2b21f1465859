import type {
  Channel,
  ChannelInput,
  ChannelOutput,
  EventName,
  EventPayload,
  Result,
} from '../../../renderer/src/api/contract-types';
import { createPosClient, failure, type PosClient } from '../../../renderer/src/api/pos-client';

type Handler<C extends Channel> = (
  input: ChannelInput<C>,
) => Result<ChannelOutput<C>> | Promise<Result<ChannelOutput<C>>>;
export type FakeHandlers = { [C in Channel]?: Handler<C> };

export interface FakePos {
  client: PosClient;
  calls: { channel: Channel; input: unknown }[];
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  listenerCount(): number;
  /** The event stream (re)connected (headless transport): screens read again what they follow. */
  streamOpened(): void;
}

/**
 * A typed stand-in for the core behind the real client (so the envelope checks run too): each
 * handler answers a Result, unhandled channels are refused as the core refuses unknown ones.
 */
export function createFakePos(handlers: FakeHandlers): FakePos {
  const calls: FakePos['calls'] = [];
  const listeners = new Set<(event: string, payload: unknown) => void>();
  const openListeners = new Set<() => void>();
  const client = createPosClient({
    async invoke(channel, input) {
      calls.push({ channel, input });
      const handler = handlers[channel] as ((input: unknown) => unknown) | undefined;
      return handler ? handler(input) : failure('unknown_channel', `no fake for ${channel}`);
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onStreamOpen(listener) {
      openListeners.add(listener);
      return () => openListeners.delete(listener);
    },
  });
  return {
    client,
    calls,
    emit: (event, payload) => listeners.forEach((l) => l(event, payload)),
    listenerCount: () => listeners.size,
    streamOpened: () => openListeners.forEach((l) => l()),
  };
}

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
