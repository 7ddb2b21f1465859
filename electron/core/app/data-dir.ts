import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where the ledger lives outside Electron: LOKET_DATA_DIR if set (tests, custom installs), else the
 * same folder Electron's app.getPath('userData') gives for an app named Loket, so the headless mode
 * and the desktop app share one database on a machine.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.LOKET_DATA_DIR) return env.LOKET_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Loket');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Loket');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Loket');
}
