import { once } from 'node:events';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';

/** Deadlines for a cold start of Chromium and the core (a CI runner under xvfb), not timing asserts. */
const START = { timeout: 90_000 };

export interface LaunchFolders {
  /** LOKET_DATA_DIR, or 'app-default' to leave it unset. */
  dataDir: string | 'app-default';
  /** XDG_CONFIG_HOME on Linux (ignored elsewhere by Electron); undefined keeps the runner's. */
  configHome?: string;
}

export interface RunningApp {
  app: ElectronApplication;
  window: Page;
  /** Quits the app and waits for its process to end (the single-instance lock and the database are released). */
  close(): Promise<void>;
}

/**
 * Starts a packaged Loket (an executable whose inspect fuse is on) with Playwright's Electron
 * driver on the given data folder, and waits for its first window. The Chromium sandbox stays
 * on: Playwright would otherwise add --no-sandbox on Linux, and the shipped app runs sandboxed.
 */
export async function launchPackaged(executable: string, where: LaunchFolders): Promise<RunningApp> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !['ELECTRON_RUN_AS_NODE', 'ELECTRON_RENDERER_URL', 'LOKET_DATA_DIR'].includes(key)) env[key] = value;
  }
  // The app's own default folder (the installed app as an outlet runs it), or the test's fresh one.
  if (where.dataDir !== 'app-default') env.LOKET_DATA_DIR = where.dataDir;
  // Linux: Electron's appData is $XDG_CONFIG_HOME, so userData (Chromium profile, localStorage, the
  // single-instance lock) is fresh too, not shared between the runs of one job.
  if (where.configHome) env.XDG_CONFIG_HOME = where.configHome;
  const app = await _electron.launch({ executablePath: executable, args: [], env, chromiumSandbox: true, ...START });
  try {
    const window = await app.firstWindow(START);
    return { app, window, close: () => closeApp(app) };
  } catch (err) {
    await closeApp(app);
    throw err;
  }
}

async function closeApp(app: ElectronApplication): Promise<void> {
  const child = app.process();
  const exited = child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : once(child, 'exit');
  await app.close();
  await exited;
}
