import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { section, type BuilderConfig } from './builder-config';
import { expectedFuses } from './fuse-wire';

/** The packaged Linux executable's fuses equal electron-builder.yml's electronFuses, each by name. */
export async function fuseMismatches(executable: string, config: BuilderConfig): Promise<string[]> {
  const wire = (await getCurrentFuseWire(executable)) as unknown as Record<number, number>;
  const problems: string[] = [];
  for (const [option, wanted] of expectedFuses(section(config, 'electronFuses'))) {
    const actual = wire[option] === 0x31 ? true : wire[option] === 0x30 ? false : `byte ${String(wire[option])}`;
    if (actual !== wanted) problems.push(`${FuseV1Options[option]} is ${String(actual)}, electron-builder.yml wants ${String(wanted)}`);
  }
  return problems;
}

/** What electron-builder left in linux-unpacked besides the app: the renamed executable, Electron's license. */
export function executableProblems(appOutDir: string, config: BuilderConfig): string[] {
  const name = section(config, 'linux').executableName;
  if (name !== 'loket') return [`linux.executableName is ${String(name)}, not loket`];
  const problems: string[] = [];
  const executable = join(appOutDir, 'loket');
  if (!existsSync(executable)) problems.push('linux-unpacked/loket (the renamed Electron binary) is missing');
  else if ((statSync(executable).mode & 0o111) === 0) problems.push('linux-unpacked/loket is not executable');
  if (existsSync(join(appOutDir, 'electron'))) problems.push('linux-unpacked still holds an executable named electron');
  if (!existsSync(join(appOutDir, 'LICENSE.electron.txt'))) problems.push("Electron's LICENSE (LICENSE.electron.txt) is not kept beside the executable");
  // publish: null means no auto-update channel: electron-builder writes app-update.yml only when one is configured.
  if (existsSync(join(appOutDir, 'resources', 'app-update.yml'))) problems.push('resources/app-update.yml exists although nothing is published');
  return problems;
}

/**
 * The package.json Electron reads: the repo's name and version, stripped of what only development
 * needs (electron-builder drops devDependencies and scripts from the app's package.json).
 */
export function packagedManifestProblems(appDir: string, repoDir: string): string[] {
  const packaged = JSON.parse(readFileSync(join(appDir, 'package.json'), 'utf8')) as Record<string, unknown>;
  const repo = JSON.parse(readFileSync(join(repoDir, 'package.json'), 'utf8')) as Record<string, unknown>;
  const problems: string[] = [];
  // productName is the app's name in Electron (app.getName(), the window and the taskbar): "Loket", not "loket".
  if (packaged.productName !== 'Loket') problems.push(`package.json productName is ${String(packaged.productName)}, not Loket`);
  for (const key of ['name', 'version', 'main']) {
    if (packaged[key] !== repo[key]) problems.push(`package.json ${key} is ${String(packaged[key])}, the repo's is ${String(repo[key])}`);
  }
  for (const key of ['devDependencies', 'scripts']) if (key in packaged) problems.push(`package.json still has ${key}`);
  return problems;
}

/** English words an untranslated synopsis would contain. */
const ENGLISH_WORDS = /\b(the|for|and|of|with|point[- ]of[- ]sale|desktop|application|app|an?)\b/i;

/**
 * What the installers show and do, from electron-builder.yml: ids and names, a per-user Windows
 * install with both shortcuts (outlets have no admin rights), an Indonesian Linux synopsis, a deb
 * maintainer, and nothing published.
 */
export function installerMetadataProblems(config: BuilderConfig): string[] {
  const problems: string[] = [];
  const expect = (what: string, actual: unknown, wanted: unknown) => {
    if (actual !== wanted) problems.push(`${what} is ${JSON.stringify(actual)}, expected ${JSON.stringify(wanted)}`);
  };
  expect('appId', config.appId, 'id.loket.pos');
  expect('productName', config.productName, 'Loket');
  const win = section(config, 'win');
  expect('win.executableName', win.executableName, 'Loket');
  const winTargets = JSON.stringify(win.target ?? null);
  if (!winTargets.includes('nsis')) problems.push(`win.target has no nsis installer: ${winTargets}`);
  const nsis = section(config, 'nsis');
  expect('nsis.perMachine', nsis.perMachine, false);
  // One click: no install-mode page where "all users" (admin rights) could be chosen.
  expect('nsis.oneClick', nsis.oneClick, true);
  if (nsis.include !== 'resources/installer.nsh') problems.push(`nsis.include is ${String(nsis.include)}: the uninstaller would not say the data stays`);
  if (nsis.createDesktopShortcut === false) problems.push('nsis.createDesktopShortcut is off');
  if (nsis.createStartMenuShortcut === false) problems.push('nsis.createStartMenuShortcut is off');
  if (nsis.deleteAppDataOnUninstall === true) problems.push('nsis.deleteAppDataOnUninstall would delete the outlet data on uninstall');
  const linux = section(config, 'linux');
  const synopsis = typeof linux.synopsis === 'string' ? linux.synopsis.trim() : '';
  if (!synopsis) problems.push('linux.synopsis is empty');
  else if (ENGLISH_WORDS.test(synopsis)) problems.push(`linux.synopsis reads as English: "${synopsis}"`);
  // The .deb's long description; without it electron-builder takes package.json's English one.
  const description = typeof linux.description === 'string' ? linux.description.trim() : '';
  if (!description) problems.push('linux.description is empty (the .deb would show package.json\'s English description)');
  else if (ENGLISH_WORDS.test(description)) problems.push(`linux.description reads as English: "${description}"`);
  if (typeof linux.maintainer !== 'string' || !/<[^@\s>]+@[^>\s]+>/.test(linux.maintainer)) {
    problems.push(`linux.maintainer has no "Name <email>": ${String(linux.maintainer)}`);
  }
  expect('publish', config.publish, null);
  return problems;
}
