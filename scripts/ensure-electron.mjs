#!/usr/bin/env node
/**
 * `npm start` runs this first. `npm ci` skips Electron's postinstall (package.json allowScripts), so
 * the Electron binary may be missing: fetch it once with Electron's own installer, and when that is
 * impossible (no route to GitHub or a mirror), say so plainly and point at the browser mode.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const INSTALL_TIMEOUT_MS = 10 * 60 * 1000;

/** True when node_modules/electron points at an executable that exists. */
export function hasElectronBinary(electronDir, env = process.env) {
  const pathFile = path.join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return false;
  const executable = readFileSync(pathFile, 'utf8').trim();
  if (!executable) return false;
  const distDir = env.ELECTRON_OVERRIDE_DIST_PATH || path.join(electronDir, 'dist');
  return existsSync(path.join(distDir, executable));
}

export function cannotInstallMessage(version) {
  return [
    '',
    `Loket: the Electron${version ? ` ${version}` : ''} binary is missing and could not be downloaded.`,
    "  Electron's installer fetches it from GitHub (or from ELECTRON_MIRROR), which this machine cannot reach.",
    '  What you can do:',
    '    - use the browser mode instead, which needs no Electron:   npm run web',
    '    - on a machine with internet access, run npm start again (the download happens once), or set',
    '      ELECTRON_MIRROR to a mirror you can reach, then run:    node node_modules/electron/install.js',
    '',
  ].join('\n');
}

/**
 * Returns the exit code. `runInstaller` is injectable for tests; by default it runs
 * `node node_modules/electron/install.js` with the download allowed even if
 * ELECTRON_SKIP_BINARY_DOWNLOAD is set in the environment.
 */
export function ensureElectron({
  electronDir,
  env = process.env,
  log = console.log,
  error = console.error,
  runInstaller = defaultInstaller,
}) {
  if (!existsSync(path.join(electronDir, 'package.json'))) {
    error('Loket: the electron package is not installed. Run `npm ci` (or `npm install`) first.');
    return 1;
  }
  if (hasElectronBinary(electronDir, env)) return 0;

  const version = readVersion(electronDir);
  log(`Loket: the Electron ${version} binary is not installed yet; downloading it (node node_modules/electron/install.js)...`);
  const status = runInstaller(electronDir, env);
  if (status === 0 && hasElectronBinary(electronDir, env)) {
    log('Loket: Electron is installed.');
    return 0;
  }
  error(cannotInstallMessage(version));
  return 1;
}

function readVersion(electronDir) {
  try {
    return JSON.parse(readFileSync(path.join(electronDir, 'package.json'), 'utf8')).version;
  } catch {
    return undefined;
  }
}

function defaultInstaller(electronDir, env) {
  const childEnv = { ...env };
  delete childEnv.ELECTRON_SKIP_BINARY_DOWNLOAD;
  const result = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], {
    cwd: electronDir,
    env: childEnv,
    stdio: 'inherit',
    timeout: INSTALL_TIMEOUT_MS,
  });
  return result.status ?? 1;
}

function findElectronDir() {
  const require = createRequire(import.meta.url);
  try {
    return path.dirname(require.resolve('electron/package.json'));
  } catch {
    return path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'node_modules', 'electron');
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = ensureElectron({ electronDir: findElectronDir() });
}
