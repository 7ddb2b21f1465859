import { openCore } from '../../electron/core/app/open-core';
import type { Core } from '../../electron/core/app/core';
import { makeTempDir } from './temp-dir';
import { OWNER_SESSION, signInOwner } from './sessions';

/**
 * The whole core on a fresh data dir, as a shell would open it, set up and with the owner signed in
 * on OWNER_SESSION (test/support/sessions.ts). By default without simulators
 * (an empty external sandbox: no training deposits), so ledger tests start from zero; pass
 * `sandbox: 'in-process'` for the real Sandbox mode.
 */
export async function openTestCore(
  dir?: string,
  options: { sandbox?: 'none' | 'in-process' } = {},
): Promise<{ core: Core; dir: string; close(): Promise<void> }> {
  const temp = dir ? { dir, cleanup: () => undefined } : makeTempDir();
  const core = await openCore({ dataDir: temp.dir, backupIntervalMs: 0, sandbox: options.sandbox === 'in-process' ? undefined : {} });
  try {
    await signInOwner(core);
  } catch (err) {
    await core.close();
    throw err;
  }
  return {
    core,
    dir: temp.dir,
    async close() {
      await core.close();
      temp.cleanup();
    },
  };
}

/** Calls a channel as a screen would; a refusal throws with its code and message (for tests that expect success). */
export function channelCaller(core: Core) {
  return async <T>(channel: string, input: unknown = {}): Promise<T> => {
    const result = await core.dispatch(channel, input, OWNER_SESSION);
    if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
    return result.value as T;
  };
}
