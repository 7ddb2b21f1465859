import { openCore, type OpenCoreOptions } from '../../../electron/core/app/open-core';
import type { Core } from '../../../electron/core/app/core';
import { makeTempDir } from '../../support/temp-dir';

export type Answer<T = unknown> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

/** A core on its own data dir with a clock the test moves; nothing set up, nobody signed in. */
export function usersHarness() {
  const temp = makeTempDir();
  const cores: Core[] = [];
  const clock = { now: Date.UTC(2026, 10, 30, 3, 0, 0) };
  return {
    dir: temp.dir,
    clock,
    async open(options: Partial<OpenCoreOptions> = {}): Promise<Core> {
      const core = await openCore({ dataDir: temp.dir, backupIntervalMs: 0, sandbox: {}, now: () => clock.now, timeZone: 'Asia/Jakarta', ...options });
      cores.push(core);
      return core;
    },
    async closeCore(core: Core): Promise<void> {
      cores.splice(cores.indexOf(core), 1);
      await core.close();
    },
    async cleanup(): Promise<void> {
      for (const core of cores.splice(0)) await core.close();
      temp.cleanup();
    },
  };
}

/** Calls a channel and returns the Result as it is (tests here look at refusals too). */
export function caller(core: Core, session: string) {
  return <T = unknown>(channel: string, input: unknown = {}) => core.dispatch(channel, input, session) as Promise<Answer<T>>;
}

/** The value of an answer that must have succeeded. */
export function valueOf<T>(answer: Answer<T>): T {
  if (!answer.ok) throw new Error(`refused: ${answer.error.code} ${answer.error.message}`);
  return answer.value;
}

export const OUTLET = { name: 'Warung Sari', address: 'Jl. Melati 3', phone: '0812-1111', footer: 'Terima kasih', timeZone: 'Asia/Makassar' } as const;
