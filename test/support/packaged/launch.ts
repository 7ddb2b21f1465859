import { once } from 'node:events';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';

/** Deadlines for a cold start of Chromium and the core (a CI runner under xvfb), not timing asserts. */
const START = { timeout: 90_000 };

export interface RunningApp {
  app: ElectronApplication;
  window: Page;
  /** Quits the app and waits for its process to end (the single-instance lock and the database are released). */
  close(): Promise<void>;
}

/**
 * Starts a packaged Loket (an executable whose inspect fuse is on) with Playwright's Electron
 * driver on `dataDir` (LOKET_DATA_DIR), and waits for its first window. The Chromium sandbox stays
 * on: Playwright would otherwise add --no-sandbox on Linux, and the shipped app runs sandboxed.
 */
export async function launchPackaged(executable: string, dataDir: string): Promise<RunningApp> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && key !== 'ELECTRON_RUN_AS_NODE' && key !== 'ELECTRON_RENDERER_URL') env[key] = value;
  }
  env.LOKET_DATA_DIR = dataDir;
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
