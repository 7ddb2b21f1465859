import { describe, expect, it, vi } from 'vitest';
import { channels } from '../../../electron/core/api/contract';
import { POS_EVENT_CHANNEL as MAIN_EVENT_CHANNEL } from '../../../electron/main/events';
import { createPosApi, POS_EVENT_CHANNEL, type PosBridge } from '../../../electron/preload/pos-api';
import type * as FakeElectron from '../../fakes/electron';

vi.mock('electron', () => import('../../fakes/electron'));

let fake: typeof FakeElectron;

/**
 * Loads electron/preload/index.ts afresh, as a new sandboxed page would, and returns `window.pos`.
 * The module registry is reset first, so `fake` is the (fresh) electron module this preload saw.
 */
async function loadPreload(): Promise<PosBridge> {
  vi.resetModules();
  fake = (await import('electron')) as unknown as typeof FakeElectron;
  fake.resetFakeElectron();
  await import('../../../electron/preload/index');
  return fake.contextBridge.exposed.get('pos') as PosBridge;
}

describe('preload', () => {

  it('exposes `pos` and nothing else, with only invoke and onEvent', async () => {
    const pos = await loadPreload();
    expect([...fake.contextBridge.exposed.keys()]).toEqual(['pos']);
    expect(Object.keys(pos).sort()).toEqual(['invoke', 'onEvent']);
    expect(Object.isFrozen(pos)).toBe(true);
    expect(Object.values(pos).every((value) => typeof value === 'function')).toBe(true);
    expect(pos).not.toHaveProperty('send');
    expect(pos).not.toHaveProperty('ipcRenderer');
  });

  it('forwards a contract call with its input and returns main’s Result', async () => {
    const pos = await loadPreload();
    fake.ipcRenderer.responder = async (_channel, input) => ({ ok: true, value: { echoed: input } });
    const input = { requestId: 'req-12345678', amount: '10.000' };
    expect(await pos.invoke('ledger:recordOpeningCash', input)).toEqual({ ok: true, value: { echoed: input } });
    expect(fake.ipcRenderer.invocations).toEqual([{ channel: 'ledger:recordOpeningCash', args: [input] }]);
  });

  it('lets every contract channel through', async () => {
    const pos = await loadPreload();
    for (const channel of channels) await pos.invoke(channel, {});
    expect(fake.ipcRenderer.invocations.map((call) => call.channel)).toEqual([...channels]);
  });

  it.each([
    'pos:event',
    'app:quit',
    'ledger:balances ',
    '__proto__',
    'constructor',
    'hasOwnProperty',
    'ELECTRON_BROWSER_REQUIRE',
    '',
  ])('refuses the unknown channel %j without touching IPC', async (channel) => {
    const pos = await loadPreload();
    const answer = await pos.invoke(channel, {});
    expect(answer).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    expect(fake.ipcRenderer.invocations).toEqual([]);
  });

  it('refuses a non-string channel', async () => {
    const pos = await loadPreload();
    for (const channel of [undefined, null, 42, { toString: () => 'app:info' }, ['app:info']]) {
      expect(await pos.invoke(channel as never, {})).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    }
    expect(fake.ipcRenderer.invocations).toEqual([]);
  });

  it('reports a broken IPC link as a Result, not a thrown error', async () => {
    const pos = await loadPreload();
    fake.ipcRenderer.responder = async () => {
      throw new Error("Error invoking remote method 'app:info': No handler registered");
    };
    expect(await pos.invoke('app:info', {})).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('delivers events as (event, payload) and never passes the IpcRendererEvent', async () => {
    const pos = await loadPreload();
    const listener = vi.fn();
    const unsubscribe = pos.onEvent(listener);
    const ipcEvent = { sender: fake.ipcRenderer, ports: [] };
    fake.ipcRenderer.emit(POS_EVENT_CHANNEL, ipcEvent, { event: 'ledger:changed', payload: { entryId: 3 } });
    expect(listener).toHaveBeenCalledExactlyOnceWith('ledger:changed', { entryId: 3 });
    expect(listener.mock.calls[0]).not.toContain(ipcEvent);

    fake.ipcRenderer.emit(POS_EVENT_CHANNEL, ipcEvent, 'garbage');
    fake.ipcRenderer.emit('some-other-channel', ipcEvent, { event: 'ledger:changed', payload: {} });
    expect(listener).toHaveBeenCalledTimes(1);

    unsubscribe();
    unsubscribe();
    fake.ipcRenderer.emit(POS_EVENT_CHANNEL, ipcEvent, { event: 'ledger:changed', payload: { entryId: 4 } });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(fake.ipcRenderer.listenerCount(POS_EVENT_CHANNEL)).toBe(0);
  });

  it('rejects a listener that is not a function', async () => {
    const pos = await loadPreload();
    expect(() => pos.onEvent('alert(1)' as never)).toThrow(TypeError);
    expect(fake.ipcRenderer.listenerCount(POS_EVENT_CHANNEL)).toBe(0);
  });

  it('listens on the channel main sends on', () => {
    expect(POS_EVENT_CHANNEL).toBe(MAIN_EVENT_CHANNEL);
  });

  it('builds its allow-list from the given names only', async () => {
    const invoke = vi.fn(async () => ({ ok: true, value: 1 }));
    const pos = createPosApi({ invoke, on: vi.fn(), removeListener: vi.fn() } as never, ['a:b']);
    await pos.invoke('a:b', 1);
    await pos.invoke('app:info', {});
    expect(invoke).toHaveBeenCalledExactlyOnceWith('a:b', 1);
  });
});
