import type { Plugin } from 'vite';
import { channels } from '../core/api/contract';

const CHANNEL_NAMES_MODULE = /[\\/]electron[\\/]preload[\\/]channel-names\.ts$/;

/**
 * Build-time only (used by electron.vite.config.ts for the preload): serves
 * electron/preload/channel-names.ts as a literal list taken from the contract, so the sandboxed
 * preload bundle needs neither zod nor the schemas. Same names, same order as `channels`.
 */
export function inlineChannelNames(names: readonly string[] = channels): Plugin {
  return {
    name: 'loket:inline-channel-names',
    enforce: 'pre',
    load(id) {
      const file = id.split('?')[0] ?? id;
      if (!CHANNEL_NAMES_MODULE.test(file)) return null;
      return `export const channelNames = Object.freeze(${JSON.stringify([...names])});\n`;
    },
  };
}
