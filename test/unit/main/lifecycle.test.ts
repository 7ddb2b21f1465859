import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { channels } from '../../../electron/core/api/contract';
import { startMain, type MainDeps } from '../../../electron/main/lifecycle';
import * as fake from '../../fakes/electron';
import { createFakeCore } from './fake-core';

vi.mock('electron', () => import('../../fakes/electron'));

function deps(overrides: Partial<MainDeps> = {}) {
  const core = createFakeCore();
  const openCore = vi.fn(async () => core);
  const all: MainDeps = {
    openCore,
    rendererDir: '/app/out/renderer',
    preloadPath: '/app/out/preload/index.js',
    env: {},
    platform: 'linux',
    ...overrides,
  };
  return { core, openCore, deps: all };
}

function mainWindow(): fake.FakeBrowserWindow {
  const window = fake.BrowserWindow.instances[0];
  if (!window) throw new Error('no window was created');
  return window;
}

function invoke(channel: string, event: unknown, input: unknown): Promise<unknown> {
  const handler = fake.ipcMain.handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler(event, input) as Promise<unknown>;
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

describe('main process lifecycle', () => {
  beforeEach(() => fake.resetFakeElectron());

  it('sandboxes every renderer and registers app:// before ready (the fake throws otherwise)', async () => {
    const { deps: d } = deps();
    await startMain(d);
    expect(fake.app.sandboxEnabled).toBe(true);
    expect(fake.protocol.privileged.map((s) => s.scheme)).toEqual(['app']);
    expect(fake.app.getPath('userData')).toBe(path.join('/fake/appData', 'Loket'));
  });

  it('quits at once, opening nothing, when another copy holds the lock', async () => {
    fake.app.lockAvailable = false;
    const { deps: d, openCore } = deps();
    expect(await startMain(d)).toBeNull();
    expect(fake.app.quitCalls).toBe(1);
    expect(openCore).not.toHaveBeenCalled();
    expect(fake.BrowserWindow.instances).toHaveLength(0);
    expect(fake.ipcMain.handlers.size).toBe(0);
  });

  it('focuses the existing window when a second copy starts', async () => {
    const { deps: d } = deps();
    await startMain(d);
    const window = mainWindow();
    window.minimized = true;
    fake.app.emit('second-instance', {}, ['loket'], '/');
    expect(window.restored).toBe(true);
    expect(window.focused).toBe(true);
  });

  it('opens the core on userData, binds every channel, then opens the hardened window on app://loket', async () => {
    const { deps: d, openCore } = deps();
    const handle = await startMain(d);
    expect(openCore).toHaveBeenCalledExactlyOnceWith({ dataDir: path.join('/fake/appData', 'Loket') });
    expect([...fake.ipcMain.handlers.keys()].sort()).toEqual([...channels].sort());
    expect(fake.protocol.handlers.has('app')).toBe(true);
    const window = mainWindow();
    expect(window.webContents.loadedUrls).toEqual(['app://loket/index.html']);
    expect(window.options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.js',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      devTools: true,
    });
    expect(window.webContents.fire('will-navigate', { url: 'https://example.com' }).defaultPrevented).toBe(true);
    expect(window.webContents.windowOpenHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    expect(handle?.getWindow()).toBe(window);
  });

  it('takes LOKET_DATA_DIR over userData', async () => {
    const { deps: d, openCore } = deps({ env: { LOKET_DATA_DIR: '/srv/loket-data' } });
    await startMain(d);
    expect(openCore).toHaveBeenCalledWith({ dataDir: path.resolve('/srv/loket-data') });
  });

  it('denies all permissions on the default session', async () => {
    const { deps: d } = deps();
    await startMain(d);
    const callback = vi.fn();
    fake.session.defaultSession.permissionRequestHandler?.({}, 'media', callback, {});
    expect(callback).toHaveBeenCalledWith(false);
    expect(fake.session.defaultSession.permissionCheckHandler?.({}, 'notifications', 'app://loket', {})).toBe(false);
  });

  it('serves calls from the window it loaded and refuses a lookalike origin', async () => {
    const { deps: d, core } = deps();
    await startMain(d);
    const contents = mainWindow().webContents;
    const ok = await invoke('app:info', { sender: contents, senderFrame: contents.mainFrame }, {});
    expect(ok).toMatchObject({ ok: true });
    expect(core.dispatch).toHaveBeenCalledWith('app:info', {}, expect.stringMatching(/^window:\d+$/));

    core.dispatch.mockClear();
    contents.mainFrame.url = 'app://loket.evil/index.html';
    const refused = await invoke('app:info', { sender: contents, senderFrame: contents.mainFrame }, {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(core.dispatch).not.toHaveBeenCalled();
  });

  it('in development loads and trusts only the dev server', async () => {
    const { deps: d, core } = deps({ env: { ELECTRON_RENDERER_URL: 'http://localhost:5173' } });
    await startMain(d);
    const contents = mainWindow().webContents;
    expect(contents.loadedUrls).toEqual(['http://localhost:5173']);
    expect(await invoke('app:info', { sender: contents, senderFrame: contents.mainFrame }, {})).toMatchObject({ ok: true });
    contents.mainFrame.url = 'app://loket/index.html';
    expect(await invoke('app:info', { sender: contents, senderFrame: contents.mainFrame }, {})).toMatchObject({
      ok: false,
      error: { code: 'unauthorized' },
    });
    expect(core.dispatch).toHaveBeenCalledTimes(1);
  });

  it('when packaged ignores ELECTRON_RENDERER_URL, removes the menu and disables DevTools', async () => {
    fake.app.isPackaged = true;
    const { deps: d } = deps({ env: { ELECTRON_RENDERER_URL: 'https://example.com' } });
    await startMain(d);
    expect(mainWindow().webContents.loadedUrls).toEqual(['app://loket/index.html']);
    expect(mainWindow().options.webPreferences).toMatchObject({ devTools: false });
    expect(fake.Menu.applicationMenu).toBeNull();
  });

  it('forwards core events to our window only, as { event, payload }', async () => {
    const { deps: d, core } = deps();
    await startMain(d);
    const other = new fake.BrowserWindow({});
    core.emit('ledger:changed', { entryId: 7 });
    expect(mainWindow().webContents.sent).toEqual([{ channel: 'pos:event', args: [{ event: 'ledger:changed', payload: { entryId: 7 } }] }]);
    expect(other.webContents.sent).toEqual([]);
  });

  it('drops events once the window is closed and reopens a window on activate', async () => {
    const { deps: d, core } = deps({ platform: 'darwin' });
    await startMain(d);
    mainWindow().close();
    expect(() => core.emit('ledger:changed', { entryId: 8 })).not.toThrow();
    fake.app.emit('window-all-closed');
    expect(fake.app.quitCalls).toBe(0);
    fake.app.emit('activate');
    expect(fake.BrowserWindow.instances).toHaveLength(2);
  });

  it('quits when the last window closes (Windows, Linux)', async () => {
    const { deps: d } = deps();
    await startMain(d);
    fake.app.emit('window-all-closed');
    expect(fake.app.quitCalls).toBe(1);
  });

  it('holds the quit until the core is closed, then quits for real', async () => {
    const { deps: d, core } = deps();
    await startMain(d);
    const first = fake.app.fireWillQuit();
    expect(first.defaultPrevented).toBe(true);
    expect(fake.app.fireWillQuit().defaultPrevented).toBe(true); // still closing
    await flush();
    expect(core.close).toHaveBeenCalledTimes(1);
    expect(fake.app.quitCalls).toBe(1);
    expect(fake.app.fireWillQuit().defaultPrevented).toBe(false);
    expect(core.close).toHaveBeenCalledTimes(1);
  });

  it('still quits when closing the core fails', async () => {
    const { deps: d, core } = deps();
    core.close.mockRejectedValueOnce(new Error('disk gone'));
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await startMain(d);
    fake.app.fireWillQuit();
    await flush();
    expect(fake.app.quitCalls).toBe(1);
    expect(fake.app.fireWillQuit().defaultPrevented).toBe(false);
    error.mockRestore();
  });

  it('tells the cashier and exits when the data cannot be opened', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const openCore = vi.fn(async () => {
      throw new Error('database is locked');
    });
    const { deps: d } = deps({ openCore });
    expect(await startMain(d)).toBeNull();
    expect(fake.dialog.errorBoxes[0]?.content).toContain('database is locked');
    expect(fake.app.exitCode).toBe(1);
    expect(fake.BrowserWindow.instances).toHaveLength(0);
    expect(fake.ipcMain.handlers.size).toBe(0);
    error.mockRestore();
  });

  it('denies popups and <webview> in any other webContents', async () => {
    const { deps: d } = deps();
    await startMain(d);
    const stray = new fake.FakeWebContents();
    fake.app.emit('web-contents-created', new fake.FakeEvent(), stray);
    expect(stray.windowOpenHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    expect(stray.fire('will-attach-webview').defaultPrevented).toBe(true);
  });
});
