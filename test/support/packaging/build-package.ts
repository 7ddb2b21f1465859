import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { extractAll } from '@electron/asar';
import { setPrinter } from 'builder-util';
import { build } from 'electron-builder';
import { makeTempDir } from '../temp-dir';
import { pinnedElectronVersion, readBuilderConfig, type BuilderConfig } from './builder-config';
import { writeStandInElectronDist } from './stand-in-electron';

export const REPO_DIR = resolve(__dirname, '../../..');

/** A finished `--dir` build of a copy of the project, and the same app extracted to plain files. */
export interface PackagedApp {
  /** The temp folder holding everything below (removed by cleanup); room for the tests' own copies. */
  tempDir: string;
  /** The copy electron-builder packaged (the working tree + a fresh out/ + decoys), node_modules linked to the repo's. */
  projectDir: string;
  /** release/linux-unpacked's equivalent: the executable, resources/, LICENSE.electron.txt... */
  appOutDir: string;
  resourcesDir: string;
  /** resources/app.asar extracted with app.asar.unpacked copied over it: the app as Electron sees it. */
  extractedDir: string;
  /** electron-builder.yml as read from the repo (before this run's overrides). */
  config: BuilderConfig;
  electronVersion: string;
  buildSeconds: number;
  cleanup: () => void;
}

/**
 * What a developer's checkout has lying around that must never reach an outlet: the packaging
 * allowlist (electron-builder.yml `files`) has to keep each of them out. The source map stands for a
 * `electron-vite build --sourcemap` left in out/ (the yml excludes out/**\/*.map explicitly).
 */
const DECOYS_IN_PROJECT = [
  '.env',
  '.env.local',
  '.npmrc.local',
  'secrets.json',
  'loket.db',
  'keys/outlet.key',
  'signing/loket.pem',
  'signing/loket.p12',
  'signing/loket.pfx',
  'release/Loket-0.0.1.AppImage',
  'test-results/last-run.txt',
];
const DECOYS_IN_OUT = ['out/main/index.js.map', 'out/renderer/assets/decoy.js.map'];

function copyWorkingTree(targetDir: string): void {
  // The working tree as `npm run build` sees it: tracked files and new ones not ignored (work in progress
  // included), never ignored ones (node_modules, out/, release/, .loket-data/...).
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: REPO_DIR, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    .split('\0')
    .filter((file) => file && !file.startsWith('out/') && !file.startsWith('release/'));
  for (const file of files) {
    const source = join(REPO_DIR, file);
    if (!existsSync(source)) continue; // deleted in the working tree, not yet committed
    mkdirSync(dirname(join(targetDir, file)), { recursive: true });
    copyFileSync(source, join(targetDir, file));
  }
}

/**
 * electron-builder collects the production dependencies with `npm list` from the copy's node_modules,
 * which must therefore be a real folder: through a symlink npm reports every package as a link
 * (`file:../..`) whenever node_modules is newer than its .package-lock.json (a fresh clone, right after
 * vitest writes node_modules/.vite), and electron-builder then leaves out dependencies of dependencies.
 * Hard links make the real folder in about a second; nothing here writes into it (npmRebuild is off).
 */
function linkNodeModules(source: string, target: string): void {
  try {
    execFileSync('cp', ['-al', source, target], { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch {
    // Another file system (EXDEV) or no GNU cp: a plain copy, slower but the same tree.
    rmSync(target, { recursive: true, force: true });
    cpSync(source, target, { recursive: true, verbatimSymlinks: true });
  }
  // Caches are written to, and a write through a hard link would change the repo's file.
  for (const cache of ['.vite', '.cache']) rmSync(join(target, cache), { recursive: true, force: true });
}

function plant(projectDir: string, files: string[]): void {
  for (const file of files) {
    mkdirSync(dirname(join(projectDir, file)), { recursive: true });
    writeFileSync(join(projectDir, file), `decoy ${file}: must not be packaged\n`);
  }
}

/**
 * Builds the real project exactly as a release does, minus the real Electron binary: electron-vite
 * into the copy's own out/ (never the repo's out/, which the e2e stage builds), then electron-builder's
 * `--dir` target for Linux with electron-builder.yml as it stands, overridden only where this machine
 * must: the stand-in Electron, the pinned version (electron-builder would read it from
 * node_modules/electron anyway), the output in the temp dir, and no publishing.
 */
export async function buildPackagedApp(): Promise<PackagedApp> {
  const temp = makeTempDir('loket-packaging-');
  try {
    const projectDir = join(temp.dir, 'project');
    copyWorkingTree(projectDir);
    linkNodeModules(join(REPO_DIR, 'node_modules'), join(projectDir, 'node_modules'));
    plant(projectDir, DECOYS_IN_PROJECT);

    const started = Date.now();
    execFileSync(process.execPath, [join(REPO_DIR, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--logLevel', 'warn'], {
      cwd: projectDir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    plant(projectDir, DECOYS_IN_OUT);

    const electronVersion = pinnedElectronVersion(REPO_DIR);
    const electronDist = join(temp.dir, 'electron-dist');
    writeStandInElectronDist(electronDist, electronVersion);

    const config = readBuilderConfig(REPO_DIR);
    // electron-builder would also load the copy's electron-builder.yml and merge it into the object
    // below, concatenating lists (extraResources twice: EEXIST). The object is the yml's content.
    rmSync(join(projectDir, 'electron-builder.yml'));
    const outputDir = join(temp.dir, 'release');
    // electron-builder logs every step (one line lists hundreds of packages): kept, and shown only if it fails.
    const builderLog: string[] = [];
    setPrinter((message) => builderLog.push(message));
    await build({
      projectDir,
      linux: ['dir'],
      x64: true,
      publish: 'never',
      config: {
        ...config,
        electronDist,
        electronVersion,
        directories: { ...(config.directories as object), output: outputDir },
      },
    })
      .catch((err: unknown) => {
        throw new Error(`electron-builder failed: ${(err as Error).message}\n${builderLog.join('\n')}`, { cause: err });
      })
      .finally(() => setPrinter(null));
    const buildSeconds = (Date.now() - started) / 1000;

    const appOutDir = join(outputDir, 'linux-unpacked');
    const resourcesDir = join(appOutDir, 'resources');
    const extractedDir = join(temp.dir, 'extracted');
    extractAll(join(resourcesDir, 'app.asar'), extractedDir);
    if (existsSync(join(resourcesDir, 'app.asar.unpacked'))) {
      cpSync(join(resourcesDir, 'app.asar.unpacked'), extractedDir, { recursive: true });
    }
    return { tempDir: temp.dir, projectDir, appOutDir, resourcesDir, extractedDir, config, electronVersion, buildSeconds, cleanup: temp.cleanup };
  } catch (err) {
    temp.cleanup();
    throw err;
  }
}
