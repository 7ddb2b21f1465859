import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { channels } from '../../../electron/core/api/contract';
import { trustedOrigin } from '../../../electron/main/app-origin';
import { bindContract, UNAUTHORIZED } from '../../../electron/main/ipc';
import { isTrustedSender } from '../../../electron/main/sender';
import * as fake from '../../fakes/electron';
import { createFakeCore } from './fake-core';

vi.mock('electron', () => import('../../fakes/electron'));

const origin = trustedOrigin(undefined);

function setup() {
  fake.app.ready = true;
  const window = new fake.BrowserWindow({});
  window.webContents.mainFrame.url = 'app://loket/index.html';
  const core = createFakeCore();
  const log = vi.fn();
  bindContract(fake.ipcMain as never, core.dispatch, (event) => isTrustedSender(event, window as unknown as BrowserWindow, origin), log);
  const call = (channel: string, event: Partial<IpcMainInvokeEvent>, ...args: unknown[]) => {
    const handler = fake.ipcMain.handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return handler(event, ...args) as Promise<unknown>;
  };
  const fromMainFrame = () => ({ sender: window.webContents, senderFrame: window.webContents.mainFrame }) as never;
  return { window, core, log, call, fromMainFrame };
}

describe('IPC binding of the contract', () => {
  beforeEach(() => fake.resetFakeElectron());

  it('binds every contract channel and nothing else', () => {
    setup();
    expect([...fake.ipcMain.handlers.keys()].sort()).toEqual([...channels].sort());
  });

  it('passes a call from our main frame to the core with its input', async () => {
    const { core, call, fromMainFrame, window } = setup();
    const input = { requestId: 'req-12345678', amount: '50.000' };
    const answer = await call('ledger:recordOpeningCash', fromMainFrame(), input);
    expect(core.dispatch).toHaveBeenCalledExactlyOnceWith('ledger:recordOpeningCash', input, `window:${window.webContents.id}`);
    expect(answer).toEqual({ ok: true, value: { channel: 'ledger:recordOpeningCash', input } });
  });

  it('uses only the first argument as input', async () => {
    const { core, call, fromMainFrame, window } = setup();
    await call('app:info', fromMainFrame(), {}, 'extra', { more: true });
    // The third argument is the window's session, named by main, never by the renderer.
    expect(core.dispatch.mock.calls[0]).toEqual(['app:info', {}, `window:${window.webContents.id}`]);
  });

  const refusedFrames: Array<[string, (s: ReturnType<typeof setup>) => Partial<IpcMainInvokeEvent>]> = [
    ['a lookalike origin app://loket.evil', (s) => frameAt(s, 'app://loket.evil/index.html')],
    ['https://example.com', (s) => frameAt(s, 'https://example.com/')],
    ['https://loket (wrong scheme)', (s) => frameAt(s, 'https://loket/index.html')],
    ['file://', (s) => frameAt(s, 'file:///tmp/index.html')],
    ['about:blank', (s) => frameAt(s, 'about:blank')],
    [
      'a same-origin subframe',
      (s) => ({ sender: s.window.webContents, senderFrame: s.window.webContents.mainFrame.child('app://loket/index.html') }) as never,
    ],
    [
      'a cross-origin subframe',
      (s) => ({ sender: s.window.webContents, senderFrame: s.window.webContents.mainFrame.child('https://example.com/') }) as never,
    ],
    ['a missing (disposed) frame', (s) => ({ sender: s.window.webContents, senderFrame: null }) as never],
    [
      'another top-level frame of our webContents',
      (s) => ({ sender: s.window.webContents, senderFrame: new fake.FakeWebFrameMain('app://loket/index.html', null, 7) }) as never,
    ],
    [
      'another window showing our origin',
      () => {
        const other = new fake.BrowserWindow({});
        other.webContents.mainFrame.url = 'app://loket/index.html';
        return { sender: other.webContents, senderFrame: other.webContents.mainFrame } as never;
      },
    ],
    [
      'a frame whose properties throw (disposed)',
      (s) => ({
        sender: s.window.webContents,
        get senderFrame(): never {
          throw new Error('Render frame was disposed before WebFrameMain could be accessed');
        },
      }) as never,
    ],
  ];

  it.each(refusedFrames)('refuses %s without running the core', async (_name, makeEvent) => {
    const s = setup();
    const answer = await s.call('ledger:recordOwnerWithdrawal', makeEvent(s), { requestId: 'req-12345678', amount: 1 });
    expect(answer).toEqual(UNAUTHORIZED);
    expect(answer).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(s.core.dispatch).not.toHaveBeenCalled();
    expect(s.log).toHaveBeenCalledWith(expect.stringContaining('refused ledger:recordOwnerWithdrawal'));
  });

  it('refuses every channel from a foreign origin', async () => {
    const s = setup();
    for (const channel of channels) {
      expect(await s.call(channel, frameAt(s, 'https://example.com/'), {})).toEqual(UNAUTHORIZED);
    }
    expect(s.core.dispatch).not.toHaveBeenCalled();
  });

  it('refuses once our window is closed', async () => {
    const s = setup();
    const event = s.fromMainFrame();
    s.window.close();
    expect(await s.call('app:info', event, {})).toEqual(UNAUTHORIZED);
    expect(s.core.dispatch).not.toHaveBeenCalled();
  });

  it('answers a Result even if dispatch breaks its promise not to throw', async () => {
    const s = setup();
    s.core.dispatch.mockRejectedValueOnce(new Error('boom at /secret/path'));
    const answer = await s.call('app:info', s.fromMainFrame(), {});
    expect(answer).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(answer)).not.toContain('secret');
  });

  it('can be unbound', () => {
    const core = createFakeCore();
    const unbind = bindContract(fake.ipcMain as never, core.dispatch, () => true);
    unbind();
    expect(fake.ipcMain.handlers.size).toBe(0);
  });
});

/** An event from our webContents whose main frame shows `url` (e.g. after a navigation). */
function frameAt(s: ReturnType<typeof setup>, url: string): Partial<IpcMainInvokeEvent> {
  s.window.webContents.mainFrame.url = url;
  return { sender: s.window.webContents, senderFrame: s.window.webContents.mainFrame } as never;
}
