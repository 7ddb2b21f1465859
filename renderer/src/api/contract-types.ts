/**
 * The renderer's only door to electron/**: types, never values. Keeping the crossing in one file
 * makes the wall easy to see (and the lint rule easy to satisfy); the bundle gets no core code.
 */
export type {
  Channel,
  ChannelInput,
  ChannelOutput,
  ErrorBody,
  EventName,
  EventPayload,
  Result,
} from '../../../electron/core/api/contract';
export type { ProviderId } from '../../../electron/core/api/schemas';
