import type {
  Channel,
  ChannelInput,
  ChannelOutput,
  ErrorBody,
  EventName,
  EventPayload,
  Result,
} from './contract-types';

/** How bytes reach the core: Electron IPC or HTTP to the headless server. May throw on failure. */
export interface PosTransport {
  invoke(channel: Channel, input: unknown): Promise<unknown>;
  /** Every push event, unfiltered; returns the unsubscribe function. */
  onEvent(listener: (event: string, payload: unknown) => void): () => void;
  /**
   * Each time the event stream (re)connects (headless: after a reload, a network blip, a server
   * restart): events sent while it was down are lost, so a screen reads again what it follows.
   */
  onStreamOpen?(listener: () => void): () => void;
}

/** The one typed client every store uses. It answers Results and never throws on failures. */
export interface PosClient {
  call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
  /** See PosTransport.onStreamOpen; absent where events cannot be missed (Electron IPC). */
  onStreamOpen?(listener: () => void): () => void;
}

export const OFFLINE_MESSAGE =
  'Tidak terhubung ke Loket. Periksa apakah aplikasi masih berjalan, lalu coba lagi.';
export const BAD_RESPONSE_MESSAGE =
  'Jawaban dari Loket tidak bisa dibaca. Periksa saldo sebelum mengulang.';

export function failure(code: string, message: string): { ok: false; error: ErrorBody } {
  return { ok: false, error: { code, message } };
}

export function createPosClient(transport: PosTransport): PosClient {
  const streamOpen = transport.onStreamOpen?.bind(transport);
  return {
    ...(streamOpen ? { onStreamOpen: streamOpen } : {}),
    async call(channel, input) {
      let answer: unknown;
      try {
        answer = await transport.invoke(channel, input);
      } catch {
        // A dropped connection or a dead main process: the cashier needs to know the core was not
        // reached (or did not answer), not a stack trace.
        return failure('offline', OFFLINE_MESSAGE);
      }
      // The value's shape is the core's promise (it validates its own output); the envelope is
      // checked here because a proxy or a crashed server can answer anything.
      return isResult(answer) ? (answer as Result<never>) : failure('bad_response', BAD_RESPONSE_MESSAGE);
    },
    on(event, listener) {
      return transport.onEvent((name, payload) => {
        if (name === event) listener(payload as EventPayload<typeof event>);
      });
    },
  };
}

export function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { ok?: unknown; value?: unknown; error?: unknown };
  if (v.ok === true) return 'value' in v;
  if (v.ok !== false || typeof v.error !== 'object' || v.error === null) return false;
  const error = v.error as { code?: unknown; message?: unknown };
  return typeof error.code === 'string' && typeof error.message === 'string';
}
