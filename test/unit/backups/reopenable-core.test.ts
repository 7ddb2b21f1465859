import { describe, expect, it } from 'vitest';
import type { Core, CoreEventListener } from '../../../electron/core/app/core';
import { openReopenableCore, type Reopener } from '../../../electron/core/app/reopenable-core';
import { currentCall, runAsCaller } from '../../../electron/core/users/call-context';
import { OWNER_CALL } from '../../support/sessions';

/**
 * The core the shells hold across a restore, with fake inner cores: each records whether it is
 * open and answers calls with its number, so a test sees exactly which core served a call.
 */
function deferred() {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

interface FakeInner {
  n: number;
  open: boolean;
  emit: CoreEventListener;
  /** A call to 'test:slow' waits for this. */
  slow?: Promise<void>;
}

function harness(options: { failOpen?: (n: number) => boolean } = {}) {
  const inners: FakeInner[] = [];
  let reopener!: Reopener;
  const open = async (r: Reopener): Promise<Core> => {
    reopener = r;
    const n = inners.length + 1;
    if (options.failOpen?.(n)) {
      inners.push({ n, open: false, emit: () => undefined });
      throw new Error(`core ${n} will not open`);
    }
    const listeners = new Set<CoreEventListener>();
    const inner: FakeInner = { n, open: true, emit: (e, p) => listeners.forEach((l) => l(e, p)) };
    inners.push(inner);
    return {
      dataDir: '/data',
      async dispatch(channel) {
        if (!inner.open) throw new Error(`core ${n} is closed`);
        if (channel === 'test:slow') await inner.slow;
        if (!inner.open) throw new Error(`core ${n} was closed during a call`);
        return { ok: true, value: n };
      },
      onEvent(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      async close() {
        inner.open = false;
      },
    };
  };
  return { open, inners, reopener: () => reopener };
}

describe('openReopenableCore', () => {
  it("a core re-opened inside an owner's call (a restore) and the timers it starts run as nobody", async () => {
    const h = harness();
    const seen: { atOpen: unknown[]; inTimer: unknown[] } = { atOpen: [], inTimer: [] };
    const open = async (r: Reopener): Promise<Core> => {
      seen.atOpen.push(currentCall());
      await new Promise<void>((resolve) => setTimeout(() => (seen.inTimer.push(currentCall()), resolve()), 0));
      return h.open(r);
    };
    const core = await openReopenableCore('/data', open);
    await runAsCaller(OWNER_CALL, () => h.reopener().reopen({ swap: () => undefined, undo: () => undefined, failedMessage: () => 'failed' }));
    expect(seen).toEqual({ atOpen: [undefined, undefined], inTimer: [undefined, undefined] });
    await core.close();
  });

  it('a call made during a reopen waits and is served by the fresh core', async () => {
    const h = harness();
    const core = await openReopenableCore('/data', h.open);
    const swapping = deferred();
    const swapStarted = deferred();
    const reopen = h.reopener().reopen({
      swap: async () => {
        swapStarted.resolve();
        await swapping.promise;
        return 'swapped';
      },
      undo: () => undefined,
      failedMessage: () => 'failed',
    });
    await swapStarted.promise;
    expect(h.inners[0]!.open).toBe(false);
    const call = core.dispatch('app:info', {}, 's');
    swapping.resolve();
    await expect(reopen).resolves.toBe('swapped');
    await expect(call).resolves.toEqual({ ok: true, value: 2 });
  });

  it('closes the old core only after the calls already running have finished', async () => {
    const h = harness();
    const core = await openReopenableCore('/data', h.open);
    const slow = deferred();
    h.inners[0]!.slow = slow.promise;
    const running = core.dispatch('test:slow', {}, 's');
    const reopen = h.reopener().reopen({ swap: () => 'ok', undo: () => undefined, failedMessage: () => 'failed' });
    for (let tick = 0; tick < 5; tick += 1) await new Promise((r) => setImmediate(r));
    expect(h.inners[0]!.open).toBe(true);
    slow.resolve();
    await expect(running).resolves.toEqual({ ok: true, value: 1 });
    await reopen;
    expect(h.inners.map((i) => i.open)).toEqual([false, true]);
  });

  it('listeners survive the reopen and hear app:reopened', async () => {
    const h = harness();
    const core = await openReopenableCore('/data', h.open);
    const heard: string[] = [];
    core.onEvent((event) => heard.push(event));
    await h.reopener().reopen({ swap: () => undefined, undo: () => undefined, failedMessage: () => 'failed' });
    h.inners[1]!.emit('providers:changed' as never, {} as never);
    expect(heard).toEqual(['app:reopened', 'providers:changed']);
  });

  it('a fresh core that will not open: undo runs, the previous files re-open, the caller reads why', async () => {
    const h = harness({ failOpen: (n) => n === 2 });
    const core = await openReopenableCore('/data', h.open);
    const heard: string[] = [];
    core.onEvent((event) => heard.push(event));
    let undone = false;
    const reopen = h.reopener().reopen({ swap: () => 'x', undo: () => void (undone = true), failedMessage: (err) => `kembali: ${(err as Error).message}` });
    await expect(reopen).rejects.toMatchObject({ code: 'internal', message: 'kembali: core 2 will not open' });
    expect(undone).toBe(true);
    expect(heard).toEqual([]);
    await expect(core.dispatch('app:info', {}, 's')).resolves.toEqual({ ok: true, value: 3 });
  });

  it('a swap that throws re-opens the untouched files and passes the error on', async () => {
    const h = harness();
    const core = await openReopenableCore('/data', h.open);
    const reopen = h.reopener().reopen({
      swap: () => {
        throw new Error('disk full');
      },
      undo: () => undefined,
      failedMessage: () => 'failed',
    });
    await expect(reopen).rejects.toThrow('disk full');
    await expect(core.dispatch('app:info', {}, 's')).resolves.toEqual({ ok: true, value: 2 });
  });

  it('close() closes whichever core is current', async () => {
    const h = harness();
    const core = await openReopenableCore('/data', h.open);
    await h.reopener().reopen({ swap: () => undefined, undo: () => undefined, failedMessage: () => 'failed' });
    await core.close();
    expect(h.inners.map((i) => i.open)).toEqual([false, false]);
    await expect(core.dispatch('app:info', {}, 's')).resolves.toMatchObject({ ok: false, error: { message: 'Loket sedang ditutup.' } });
  });
});
