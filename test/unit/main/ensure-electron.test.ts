import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

interface EnsureOptions {
  electronDir: string;
  env?: NodeJS.ProcessEnv;
  log?: (message: string) => void;
  error?: (message: string) => void;
  runInstaller?: (electronDir: string, env: NodeJS.ProcessEnv) => number;
}
interface EnsureModule {
  ensureElectron(options: EnsureOptions): number;
  hasElectronBinary(electronDir: string, env?: NodeJS.ProcessEnv): boolean;
}

// A plain .mjs script (run by `npm start` before anything is built): loaded by path, typed here.
const scriptPath = '../../../scripts/ensure-electron.mjs';
const load = () => import(/* @vite-ignore */ scriptPath) as Promise<EnsureModule>;

let dir: string;

/** Simulates what Electron's install.js leaves behind after a successful download. */
function installBinary(electronDir: string): void {
  mkdirSync(path.join(electronDir, 'dist'), { recursive: true });
  writeFileSync(path.join(electronDir, 'dist', 'electron'), '');
  writeFileSync(path.join(electronDir, 'path.txt'), 'electron');
}

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'loket-electron-'));
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'electron', version: '41.7.1' }));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('scripts/ensure-electron.mjs', () => {
  it('does nothing when the binary is there', async () => {
    const { ensureElectron } = await load();
    installBinary(dir);
    const runInstaller = vi.fn(() => 0);
    expect(ensureElectron({ electronDir: dir, env: {}, log: vi.fn(), runInstaller })).toBe(0);
    expect(runInstaller).not.toHaveBeenCalled();
  });

  it('runs the installer when path.txt or dist is missing, and succeeds once it installed', async () => {
    const { ensureElectron } = await load();
    const runInstaller = vi.fn((electronDir: string) => {
      installBinary(electronDir);
      return 0;
    });
    expect(ensureElectron({ electronDir: dir, env: {}, log: vi.fn(), runInstaller })).toBe(0);
    expect(runInstaller).toHaveBeenCalledOnce();
  });

  it('fails with a clear message pointing at `npm run web` when the download fails', async () => {
    const { ensureElectron } = await load();
    const error = vi.fn();
    expect(ensureElectron({ electronDir: dir, env: {}, log: vi.fn(), error, runInstaller: () => 1 })).toBe(1);
    const message = String(error.mock.calls[0]?.[0]);
    expect(message).toContain('41.7.1');
    expect(message).toContain('npm run web');
    expect(message).toContain('ELECTRON_MIRROR');
  });

  it('does not trust an installer that exits 0 without leaving a binary', async () => {
    const { ensureElectron } = await load();
    writeFileSync(path.join(dir, 'path.txt'), 'electron'); // path.txt but no dist/
    expect(ensureElectron({ electronDir: dir, env: {}, log: vi.fn(), error: vi.fn(), runInstaller: () => 0 })).toBe(1);
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH like electron/index.js does', async () => {
    const { hasElectronBinary } = await load();
    const dist = path.join(dir, 'elsewhere');
    mkdirSync(dist);
    writeFileSync(path.join(dist, 'electron'), '');
    writeFileSync(path.join(dir, 'path.txt'), 'electron');
    expect(hasElectronBinary(dir, {})).toBe(false);
    expect(hasElectronBinary(dir, { ELECTRON_OVERRIDE_DIST_PATH: dist })).toBe(true);
  });

  it('asks for npm ci when the electron package itself is missing', async () => {
    const { ensureElectron } = await load();
    const error = vi.fn();
    expect(ensureElectron({ electronDir: path.join(dir, 'nope'), env: {}, error, runInstaller: () => 0 })).toBe(1);
    expect(String(error.mock.calls[0]?.[0])).toContain('npm ci');
  });
});
