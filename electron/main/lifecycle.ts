import { app, dialog, ipcMain, Menu, session, type BrowserWindow } from 'electron';
import type { Core } from '../core/app/core';
import { devRendererUrl, trustedOrigin } from './app-origin';
import { handleAppProtocol, registerAppScheme } from './app-protocol';
import { pinUserDataDir, resolveDataDir } from './data-dir';
import { forwardCoreEvents } from './events';
import { denyAllPermissions, hardenForeignWebContents } from './harden';
import { bindContract } from './ipc';
import { closeCoreOnQuit } from './quit';
import { isTrustedSender } from './sender';
import { createMainWindow, focusWindow } from './window';

export interface MainDeps {
  openCore: (options: { dataDir: string }) => Promise<Core>;
  /** The built renderer (out/renderer), served as app://loket/. */
  rendererDir: string;
  /** The bundled preload (out/preload/index.js). */
  preloadPath: string;
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
}

export interface MainHandle {
  core: Core;
  getWindow: () => BrowserWindow | null;
}

/**
 * The whole life of the main process. Order matters: sandbox, scheme privileges and userData are
 * set before `ready`; the second copy of the app quits at once and focuses the first; the core is
 * opened and the contract bound before the window exists, so the first call from the page is served.
 */
export async function startMain(deps: MainDeps): Promise<MainHandle | null> {
  app.enableSandbox();
  registerAppScheme();
  pinUserDataDir(app);
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return null;
  }

  const origin = trustedOrigin(devRendererUrl(app.isPackaged, deps.env));
  let window: BrowserWindow | null = null;
  const getWindow = (): BrowserWindow | null => window;

  app.on('second-instance', () => focusWindow(window));
  app.on('web-contents-created', (_event, contents) => hardenForeignWebContents(contents));
  app.on('window-all-closed', () => {
    if (deps.platform !== 'darwin') app.quit();
  });

  await app.whenReady();
  if (app.isPackaged && deps.platform !== 'darwin') Menu.setApplicationMenu(null);
  denyAllPermissions(session.defaultSession);
  handleAppProtocol(deps.rendererDir);

  let core: Core;
  try {
    core = await deps.openCore({ dataDir: resolveDataDir(deps.env, app) });
  } catch (err) {
    reportFatal(err);
    return null;
  }
  closeCoreOnQuit(core);
  bindContract(ipcMain, core.dispatch, (event) => isTrustedSender(event, window, origin));
  forwardCoreEvents(core, getWindow);

  const openWindow = (): void => {
    const created = createMainWindow({ preloadPath: deps.preloadPath, devTools: !app.isPackaged });
    created.on('closed', () => {
      if (window === created) window = null;
    });
    window = created;
    created.loadURL(origin.entryUrl).catch((err: unknown) => console.error('[loket] cannot load the screen:', err));
  };
  openWindow();
  app.on('activate', () => {
    if (window === null) openWindow();
  });
  return { core, getWindow };
}

function reportFatal(err: unknown): void {
  const detail = err instanceof Error ? err.message : String(err);
  console.error('[loket] cannot open the data:', err);
  dialog.showErrorBox('Loket tidak dapat dibuka', `Data aplikasi tidak dapat dibuka.\n\n${detail}`);
  app.exit(1);
}
