import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import { hardenWebContents } from './harden';

export interface MainWindowOptions {
  preloadPath: string;
  /** DevTools only in unpackaged (development) runs. */
  devTools: boolean;
}

/** The one place window security is decided; kept pure so a test can read every flag. */
export function mainWindowOptions({ preloadPath, devTools }: MainWindowOptions): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: 'Loket',
    backgroundColor: '#ffffff',
    autoHideMenuBar: true,
    webPreferences: {
      preload: preloadPath,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools,
    },
  };
}

/** Creates the hardened main window; it shows itself once the first paint is ready. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(options));
  hardenWebContents(window.webContents);
  window.once('ready-to-show', () => window.show());
  return window;
}

/** Brings an existing window to the front (used when a second copy of the app is started). */
export function focusWindow(window: BrowserWindow | null): void {
  if (!window || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
