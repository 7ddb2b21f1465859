import path from 'node:path';

interface PathSource {
  getPath(name: 'appData' | 'userData'): string;
  setPath(name: 'userData', value: string): void;
}

/** The folder name the headless mode uses too (electron/core/app/data-dir.ts), so both share one ledger. */
export const USER_DATA_FOLDER = 'Loket';

/**
 * Pins userData to `<appData>/Loket` whatever Electron derives from package.json (productName "Loket"
 * today, but a rename must never move an outlet's data). Must run before `app` is ready, so
 * Chromium's profile lands there too.
 */
export function pinUserDataDir(app: PathSource): void {
  app.setPath('userData', path.join(app.getPath('appData'), USER_DATA_FOLDER));
}

/** LOKET_DATA_DIR when set (tests, custom installs), else Electron's userData folder. */
export function resolveDataDir(env: NodeJS.ProcessEnv, app: Pick<PathSource, 'getPath'>): string {
  const fromEnv = env.LOKET_DATA_DIR?.trim();
  return fromEnv ? path.resolve(fromEnv) : app.getPath('userData');
}
