import { channels } from '../core/api/contract';

/**
 * The contract's channel names, the only calls `window.pos.invoke` lets through. The preload build
 * (electron.vite.config.ts) replaces this module with the same list as a literal, so the sandboxed
 * preload does not carry zod and the schemas; tests and dev tools read it from the contract itself.
 */
export const channelNames: readonly string[] = channels;
