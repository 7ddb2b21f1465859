/**
 * A fake `electron` module for unit tests in plain Node (the Electron binary cannot be downloaded
 * on the build machines). Use it with:
 *
 *   vi.mock('electron', () => import('../../fakes/electron'));
 *
 * It records what the code under test registers (IPC handlers, exposed APIs, protocol handlers,
 * permission handlers, window options) and mirrors the few rules of the real module that our code
 * relies on: pre-ready calls throw after `ready`, post-ready calls throw before it. Call
 * `resetFakeElectron()` in `beforeEach`.
 */
import { EventEmitter } from 'node:events';

type Listener = (...args: unknown[]) => unknown;

/** The `Event` Electron passes to will-navigate & co. */
export class FakeEvent {
  defaultPrevented = false;
  constructor(readonly details: Record<string, unknown> = {}) {}
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

let nextRoutingId = 1;

export class FakeWebFrameMain {
  readonly routingId = nextRoutingId++;
  constructor(
    public url: string,
    readonly parent: FakeWebFrameMain | null = null,
    readonly processId = 1,
  ) {}
  /** A subframe of this frame, e.g. an <iframe>. */
  child(url: string): FakeWebFrameMain {
    return new FakeWebFrameMain(url, this, this.processId);
  }
}

export class FakeSession {
  permissionRequestHandler: Listener | null = null;
  permissionCheckHandler: Listener | null = null;
  devicePermissionHandler: Listener | null = null;
  setPermissionRequestHandler(handler: Listener | null): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: Listener | null): void {
    this.permissionCheckHandler = handler;
  }
  setDevicePermissionHandler(handler: Listener | null): void {
    this.devicePermissionHandler = handler;
  }
}

export class FakeWebContents extends EventEmitter {
  private static nextId = 1;
  /** Like Electron's webContents.id: unique per window, names the window's session. */
  readonly id = FakeWebContents.nextId++;
  readonly mainFrame = new FakeWebFrameMain('about:blank');
  readonly sent: Array<{ channel: string; args: unknown[] }> = [];
  windowOpenHandler: ((details: { url: string }) => { action: 'allow' | 'deny' }) | null = null;
  loadedUrls: string[] = [];
  /** loadURL rejects with this (did-fail-load) when set. */
  loadError: Error | null = null;
  /** What getPrintersAsync answers. */
  printers: Array<{ name: string; displayName: string; description: string; options: Record<string, string>; isDefault?: boolean }> = [];
  readonly printCalls: Array<Record<string, unknown>> = [];
  /** How print() calls back: [success, failureReason], or null for a job that never answers. */
  printAnswer: [boolean, string] | null = [true, ''];
  readonly scripts: string[] = [];
  /** What executeJavaScript resolves with (an Error rejects). */
  scriptResult: unknown = undefined;
  private destroyed = false;

  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'allow' | 'deny' }): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, ...args: unknown[]): void {
    if (this.destroyed) throw new Error('Object has been destroyed');
    this.sent.push({ channel, args });
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrls.push(url);
    if (this.loadError) return Promise.reject(this.loadError);
    this.mainFrame.url = url;
    return Promise.resolve();
  }
  getPrintersAsync(): Promise<FakeWebContents['printers']> {
    if (this.destroyed) throw new Error('Object has been destroyed');
    return Promise.resolve(this.printers);
  }
  executeJavaScript(code: string): Promise<unknown> {
    if (this.destroyed) throw new Error('Object has been destroyed');
    this.scripts.push(code);
    return this.scriptResult instanceof Error ? Promise.reject(this.scriptResult) : Promise.resolve(this.scriptResult);
  }
  print(options: Record<string, unknown>, callback?: (success: boolean, failureReason: string) => void): void {
    if (this.destroyed) throw new Error('Object has been destroyed');
    this.printCalls.push(options);
    const answer = this.printAnswer;
    if (answer) queueMicrotask(() => callback?.(answer[0], answer[1]));
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  destroy(): void {
    this.destroyed = true;
  }
  /** Emits `name` with a fresh FakeEvent and says whether a listener prevented it. */
  fire(name: string, details: Record<string, unknown> = {}): FakeEvent {
    const event = new FakeEvent(details);
    this.emit(name, event, details.url);
    return event;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  minimized = false;
  visible = false;
  focused = false;
  restored = false;
  private destroyed = false;

  constructor(readonly options: Record<string, unknown> = {}) {
    super();
    if (!app.ready) throw new Error('Cannot create BrowserWindow before app is ready');
    FakeBrowserWindow.instances.push(this);
    app.emit('web-contents-created', new FakeEvent(), this.webContents);
  }
  static getAllWindows(): FakeBrowserWindow[] {
    return FakeBrowserWindow.instances.filter((w) => !w.destroyed);
  }
  loadURL(url: string): Promise<void> {
    return this.webContents.loadURL(url);
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    this.minimized = false;
    this.restored = true;
  }
  show(): void {
    this.visible = true;
  }
  focus(): void {
    this.focused = true;
  }
  close(): void {
    this.destroyed = true;
    this.webContents.destroy();
    this.emit('closed');
  }
  destroy(): void {
    this.close();
  }
}

class FakeApp extends EventEmitter {
  ready = false;
  isPackaged = false;
  sandboxEnabled = false;
  /** What requestSingleInstanceLock answers (false = another copy already runs). */
  lockAvailable = true;
  quitCalls = 0;
  exitCode: number | null = null;
  paths: Record<string, string> = { appData: '/fake/appData', userData: '/fake/appData/loket' };
  private readyPromise: Promise<void> | null = null;

  enableSandbox(): void {
    if (this.ready) throw new Error('app.enableSandbox() must be called before app is ready');
    this.sandboxEnabled = true;
  }
  requestSingleInstanceLock(): boolean {
    return this.lockAvailable;
  }
  whenReady(): Promise<void> {
    this.readyPromise ??= Promise.resolve().then(() => {
      this.ready = true;
      this.emit('ready');
    });
    return this.readyPromise;
  }
  isReady(): boolean {
    return this.ready;
  }
  getPath(name: string): string {
    const value = this.paths[name];
    if (value === undefined) throw new Error(`unknown path ${name}`);
    return value;
  }
  setPath(name: string, value: string): void {
    this.paths[name] = value;
  }
  getVersion(): string {
    return '0.0.0-test';
  }
  quit(): void {
    this.quitCalls += 1;
  }
  exit(code = 0): void {
    this.exitCode = code;
  }
  /** What Electron does on quit: emits will-quit and says whether a listener held it. */
  fireWillQuit(): FakeEvent {
    const event = new FakeEvent();
    this.emit('will-quit', event);
    return event;
  }
}

class FakeIpcMain {
  readonly handlers = new Map<string, Listener>();
  handle(channel: string, handler: Listener): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
}

class FakeIpcRenderer extends EventEmitter {
  readonly invocations: Array<{ channel: string; args: unknown[] }> = [];
  /** Answers ipcRenderer.invoke; replace it in a test to simulate main. */
  responder: (channel: string, ...args: unknown[]) => Promise<unknown> = async () => ({ ok: true, value: null });
  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.invocations.push({ channel, args });
    return this.responder(channel, ...args);
  }
  send(): void {
    throw new Error('the preload must not use ipcRenderer.send');
  }
}

class FakeContextBridge {
  readonly exposed = new Map<string, unknown>();
  exposeInMainWorld(key: string, api: unknown): void {
    if (this.exposed.has(key)) throw new Error(`Cannot bind an API on top of an existing property '${key}'`);
    this.exposed.set(key, api);
  }
}

class FakeProtocol {
  readonly privileged: Array<{ scheme: string; privileges?: Record<string, boolean> }> = [];
  readonly handlers = new Map<string, (request: Request) => Response | Promise<Response>>();
  registerSchemesAsPrivileged(schemes: Array<{ scheme: string; privileges?: Record<string, boolean> }>): void {
    if (app.ready) throw new Error('registerSchemesAsPrivileged must be called before app is ready');
    this.privileged.push(...schemes);
  }
  handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void {
    if (!app.ready) throw new Error('protocol.handle must be called after app is ready');
    this.handlers.set(scheme, handler);
  }
}

class FakeDialog {
  readonly errorBoxes: Array<{ title: string; content: string }> = [];
  showErrorBox(title: string, content: string): void {
    this.errorBoxes.push({ title, content });
  }
}

/** A reversible stand-in for the OS keychain (NOT encryption): enough to test the adapter's rules. */
class FakeSafeStorage {
  available = true;
  backend: 'basic_text' | 'gnome_libsecret' | 'kwallet' | 'kwallet5' | 'kwallet6' | 'unknown' = 'gnome_libsecret';
  isEncryptionAvailable(): boolean {
    if (!app.ready) throw new Error('safeStorage cannot be used before app is ready');
    return this.available;
  }
  getSelectedStorageBackend(): string {
    return this.backend;
  }
  encryptString(plain: string): Buffer {
    return Buffer.from(`sealed:${Buffer.from(plain, 'utf8').toString('hex')}`, 'utf8');
  }
  decryptString(encrypted: Buffer): string {
    const text = encrypted.toString('utf8');
    if (!text.startsWith('sealed:')) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
    return Buffer.from(text.slice('sealed:'.length), 'hex').toString('utf8');
  }
}

class FakeMenu {
  static applicationMenu: unknown = 'default';
  static setApplicationMenu(menu: unknown): void {
    FakeMenu.applicationMenu = menu;
  }
}

export let app = new FakeApp();
export let ipcMain = new FakeIpcMain();
export let ipcRenderer = new FakeIpcRenderer();
export let contextBridge = new FakeContextBridge();
export let protocol = new FakeProtocol();
export let dialog = new FakeDialog();
export let session = { defaultSession: new FakeSession() };
export let safeStorage = new FakeSafeStorage();
export const BrowserWindow = FakeBrowserWindow;
export const Menu = FakeMenu;

/** Fresh state for every test (ES live bindings: importers see the new objects). */
export function resetFakeElectron(): void {
  app = new FakeApp();
  ipcMain = new FakeIpcMain();
  ipcRenderer = new FakeIpcRenderer();
  contextBridge = new FakeContextBridge();
  protocol = new FakeProtocol();
  dialog = new FakeDialog();
  session = { defaultSession: new FakeSession() };
  safeStorage = new FakeSafeStorage();
  FakeBrowserWindow.instances = [];
  FakeMenu.applicationMenu = 'default';
}

export default {
  get app() {
    return app;
  },
  get ipcMain() {
    return ipcMain;
  },
  get ipcRenderer() {
    return ipcRenderer;
  },
  get contextBridge() {
    return contextBridge;
  },
  get protocol() {
    return protocol;
  },
  get dialog() {
    return dialog;
  },
  get session() {
    return session;
  },
  get safeStorage() {
    return safeStorage;
  },
  BrowserWindow,
  Menu,
};
