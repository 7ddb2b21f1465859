import type { Session, WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { denyAllPermissions, hardenForeignWebContents, hardenWebContents } from '../../../electron/main/harden';
import { createMainWindow, focusWindow, mainWindowOptions } from '../../../electron/main/window';
import * as fake from '../../fakes/electron';

vi.mock('electron', () => import('../../fakes/electron'));

describe('main window options', () => {
  const prefs = mainWindowOptions({ preloadPath: '/app/out/preload/index.js', devTools: false }).webPreferences ?? {};

  it('runs the page sandboxed and isolated, without Node', () => {
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.js',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      devTools: false,
    });
  });

  it('sets nothing that weakens Chromium', () => {
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('additionalArguments');
    expect(prefs).not.toHaveProperty('disableBlinkFeatures');
  });

  it('allows DevTools only when asked (unpackaged runs)', () => {
    expect(mainWindowOptions({ preloadPath: 'p', devTools: true }).webPreferences?.devTools).toBe(true);
  });
});

describe('hardened web contents', () => {
  beforeEach(() => {
    fake.resetFakeElectron();
    fake.app.ready = true;
  });

  it('creates the window with those options and hardens it', () => {
    const window = createMainWindow({ preloadPath: '/p.js', devTools: false }) as unknown as fake.FakeBrowserWindow;
    expect(window.options).toEqual(mainWindowOptions({ preloadPath: '/p.js', devTools: false }));
    expect(window.webContents.fire('will-navigate', { url: 'https://example.com/' }).defaultPrevented).toBe(true);
    expect(window.webContents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(window.visible).toBe(false);
    window.emit('ready-to-show');
    expect(window.visible).toBe(true);
  });

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('prevents %s, even to our own origin', (name) => {
    const contents = new fake.FakeWebContents();
    hardenWebContents(contents as unknown as WebContents);
    expect(contents.fire(name, { url: 'https://example.com/' }).defaultPrevented).toBe(true);
    expect(contents.fire(name, { url: 'app://loket/index.html' }).defaultPrevented).toBe(true);
    expect(contents.fire(name, { url: 'file:///etc/passwd' }).defaultPrevented).toBe(true);
  });

  it('denies window.open and <webview>', () => {
    const contents = new fake.FakeWebContents();
    hardenWebContents(contents as unknown as WebContents);
    for (const url of ['https://example.com/', 'app://loket/index.html', 'about:blank']) {
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    }
    expect(contents.fire('will-attach-webview').defaultPrevented).toBe(true);
  });

  it('denies popups and <webview> for any other webContents too', () => {
    const contents = new fake.FakeWebContents();
    hardenForeignWebContents(contents as unknown as WebContents);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.fire('will-attach-webview').defaultPrevented).toBe(true);
  });

  it('denies every permission request and check', () => {
    const session = new fake.FakeSession();
    denyAllPermissions(session as unknown as Session);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'hid', 'serial', 'openExternal']) {
      const callback = vi.fn();
      session.permissionRequestHandler?.({}, permission, callback, {});
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
      expect(session.permissionCheckHandler?.({}, permission, 'app://loket', {})).toBe(false);
    }
    expect(session.devicePermissionHandler?.({ deviceType: 'usb' })).toBe(false);
  });
});

describe('focusWindow', () => {
  beforeEach(() => {
    fake.resetFakeElectron();
    fake.app.ready = true;
  });

  it('restores a minimized window and brings it forward', () => {
    const window = new fake.BrowserWindow({});
    window.minimized = true;
    focusWindow(window as never);
    expect(window.restored).toBe(true);
    expect(window.visible).toBe(true);
    expect(window.focused).toBe(true);
  });

  it('does nothing without a live window', () => {
    expect(() => focusWindow(null)).not.toThrow();
    const window = new fake.BrowserWindow({});
    window.close();
    focusWindow(window as never);
    expect(window.focused).toBe(false);
  });
});
