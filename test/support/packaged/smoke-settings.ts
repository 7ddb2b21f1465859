import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * What the packaged-app smoke test runs on, read from the environment:
 *   LOKET_PACKAGED_APP    the packaged executable (release/linux-unpacked/loket, the deb's loket, the installed Loket.exe)
 *   LOKET_SMOKE_PHASE     `full` (default): fresh data dir, setup, a sale, restart; `reopen`: only open an existing
 *                         data dir and find the sale `full` recorded (the Windows uninstall/reinstall check)
 *   LOKET_SMOKE_DATA_DIR  the data dir; `full` wants it empty or absent (default: a new temp dir), `reopen` needs it
 *   LOKET_SMOKE_STATE     where `full` writes the sale and `reopen` reads it (default: loket-smoke-sale.json beside the data dir)
 *   LOKET_SMOKE_DEFAULT_DATA_DIR=1  start the app WITHOUT LOKET_DATA_DIR, on its own default folder, which
 *                         LOKET_SMOKE_DATA_DIR must then name (%APPDATA%\Loket on Windows): the installed app as an
 *                         outlet runs it, and the test checks the ledger appears there
 */

/** The one message a run without a binary gives: it is not a pass, and says why and what to do. */
export const NEEDS_BINARY =
  'needs a packaged Loket built with a real Electron binary: set LOKET_PACKAGED_APP=<path of the packaged executable> ' +
  '(release/linux-unpacked/loket, the installed deb\'s /opt/Loket/loket, or the installed Loket.exe); ' +
  'these machines cannot download Electron; the release workflow runs it';

export type SmokePhase = 'full' | 'reopen';

export interface SmokeSettings {
  /** The executable with symlinks resolved (/usr/bin/loket -> /opt/Loket/loket), so its folder is the app's. */
  executable: string;
  phase: SmokePhase;
  /** null: make a new temp dir (full phase only). */
  dataDir: string | null;
  /** null: beside the data dir (decided once it exists). */
  stateFile: string | null;
  /** The app picks its data folder itself (no LOKET_DATA_DIR); `dataDir` is where it must land. */
  appDefaultDataDir: boolean;
}

/** The packaged executable, or the reason the smoke test cannot run (never a pass). */
export function findPackagedApp(env: NodeJS.ProcessEnv): { executable: string } | { missing: string } {
  const given = env.LOKET_PACKAGED_APP?.trim();
  if (!given) return { missing: NEEDS_BINARY };
  const path = resolve(given);
  if (!existsSync(path) || !statSync(path).isFile()) return { missing: `LOKET_PACKAGED_APP=${given} is not a file; ${NEEDS_BINARY}` };
  return { executable: realpathSync(path) };
}

/** The phase and its folders; a setting that cannot work throws, naming the variable. */
export function readSmokeSettings(env: NodeJS.ProcessEnv, executable: string): SmokeSettings {
  const phase = (env.LOKET_SMOKE_PHASE?.trim() || 'full') as SmokePhase;
  if (phase !== 'full' && phase !== 'reopen') throw new Error(`LOKET_SMOKE_PHASE must be full or reopen, not ${JSON.stringify(env.LOKET_SMOKE_PHASE)}`);
  const dataDir = env.LOKET_SMOKE_DATA_DIR?.trim() ? resolve(env.LOKET_SMOKE_DATA_DIR.trim()) : null;
  const stateFile = env.LOKET_SMOKE_STATE?.trim() ? resolve(env.LOKET_SMOKE_STATE.trim()) : null;
  const appDefaultDataDir = env.LOKET_SMOKE_DEFAULT_DATA_DIR?.trim() === '1';
  if (appDefaultDataDir && dataDir === null) {
    throw new Error("LOKET_SMOKE_DEFAULT_DATA_DIR=1 needs LOKET_SMOKE_DATA_DIR: the app's own default data folder, where its ledger must appear");
  }
  if (phase === 'full' && dataDir !== null && existsSync(dataDir) && !isEmptyDir(dataDir)) {
    throw new Error(`LOKET_SMOKE_DATA_DIR=${dataDir} must be empty or absent for the full smoke run (it starts on a fresh data dir)`);
  }
  if (phase === 'reopen') {
    if (dataDir === null) throw new Error('LOKET_SMOKE_PHASE=reopen needs LOKET_SMOKE_DATA_DIR: the data dir the full run used');
    if (!existsSync(dataDir) || isEmptyDir(dataDir)) throw new Error(`LOKET_SMOKE_DATA_DIR=${dataDir} is missing or empty: the reopen run needs the full run's data`);
    const state = stateFile ?? stateFileBeside(dataDir);
    if (!existsSync(state)) throw new Error(`${state} is missing: the reopen run needs the sale the full run recorded there`);
  }
  return { executable, phase, dataDir, stateFile, appDefaultDataDir };
}

/** `<data dir>/../loket-smoke-sale.json`. */
export function stateFileBeside(dataDir: string): string {
  return join(dirname(dataDir), 'loket-smoke-sale.json');
}

function isEmptyDir(path: string): boolean {
  if (!statSync(path).isDirectory()) throw new Error(`${path} is not a folder`);
  return readdirSync(path).length === 0;
}
