import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isAppFile, listFiles } from './walk';

/**
 * Checks over the packaged app as plain files (app.asar extracted, app.asar.unpacked copied over it).
 * Each returns the problems it found, worded for a failure message; an empty list is a pass.
 */

/** What Electron loads: package.json's main, the preload, the renderer's page. */
const REQUIRED_APP_FILES = ['package.json', 'out/main/index.js', 'out/preload/index.js', 'out/renderer/index.html'];

export function missingAppFiles(appDir: string): string[] {
  const problems = REQUIRED_APP_FILES.filter((file) => !existsSync(join(appDir, file))).map((file) => `missing ${file}`);
  if (existsSync(join(appDir, 'package.json'))) {
    const main = (JSON.parse(readFileSync(join(appDir, 'package.json'), 'utf8')) as { main?: string }).main;
    if (!main || !existsSync(join(appDir, main))) problems.push(`package.json "main" (${String(main)}) is not in the package`);
  }
  return problems;
}

/**
 * The app part of the package holds only out/ and package.json: sources (electron/, renderer/, *.ts),
 * tests, docs, bench, scripts, CI files and build configs have no business at an outlet.
 */
export function strayAppFiles(appDir: string): string[] {
  const isBuiltFile = (file: string) => file.startsWith('out/') && !/\.(ts|mts|cts|vue)$/.test(file);
  return listFiles(appDir)
    .filter(isAppFile)
    .filter((file) => file !== 'package.json' && !isBuiltFile(file));
}

/** Source maps expose the sources and weigh megabytes: none anywhere, dependencies included. */
export function sourceMaps(appDir: string): string[] {
  return listFiles(appDir).filter((file) => file.endsWith('.map'));
}

const SECRET_FILE = [
  /(^|\/)secrets?[^/]*\.json$/i,
  /\.(key|pem|p12|pfx|crt|cer)$/i,
  /(^|\/)\.env(\.[^/]*)?$/i,
  /(^|\/)\.npmrc[^/]*$/i,
  /\.(db|db-wal|db-shm|db-journal|sqlite|sqlite3)$/i,
];
/**
 * Folders of a developer's checkout that hold keys, data or build results (looked for at any depth
 * outside node_modules; source folders at the app's top are strayAppFiles' business).
 */
const FORBIDDEN_APP_FOLDERS = ['keys', 'release', 'test-results', '.loket-data', 'coverage'];

/**
 * Secrets and data: key files, certificates, .env/.npmrc, secrets*.json, SQLite databases anywhere
 * under `dir` (the whole linux-unpacked folder, asar extracted), and the checkout's folders
 * (keys/, release/, test-results/...) at any depth of the app outside node_modules.
 */
export function secretsAndDevFolders(dir: string): string[] {
  const files = listFiles(dir);
  const secrets = files.filter((file) => SECRET_FILE.some((pattern) => pattern.test(file)));
  const folders = files
    .filter(isAppFile)
    .filter((file) => file.split('/').slice(0, -1).some((part) => FORBIDDEN_APP_FOLDERS.includes(part)));
  return [...secrets, ...folders];
}
