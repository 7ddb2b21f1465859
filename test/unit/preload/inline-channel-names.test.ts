import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { channels } from '../../../electron/core/api/contract';
import { channelNames } from '../../../electron/preload/channel-names';
import { inlineChannelNames } from '../../../electron/preload/inline-channel-names';

type LoadHook = (id: string) => string | null;

describe('preload channel names', () => {
  it('are the contract channels', () => {
    expect([...channelNames]).toEqual([...channels]);
  });

  it('are inlined as a literal for the preload bundle, in the same order', async () => {
    const load = inlineChannelNames().load as LoadHook;
    const id = path.join(process.cwd(), 'electron', 'preload', 'channel-names.ts');
    const code = load(id);
    expect(code).not.toBeNull();
    expect(code).not.toMatch(/import|require/);
    const literal = /Object\.freeze\((\[.*\])\)/.exec(code ?? '')?.[1];
    expect(JSON.parse(literal ?? 'null')).toEqual([...channels]);
  });

  it('leaves every other module alone', () => {
    const load = inlineChannelNames().load as LoadHook;
    expect(load(path.join(process.cwd(), 'electron', 'preload', 'pos-api.ts'))).toBeNull();
    expect(load(path.join(process.cwd(), 'electron', 'core', 'api', 'contract.ts'))).toBeNull();
  });
});
