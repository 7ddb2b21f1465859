import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildPackagedApp, REPO_DIR } from '../test/support/packaging/build-package';
import type { BenchResult } from './result';

/**
 * package.size: what Loket adds to each installer beyond Electron itself (resources/app.asar plus
 * app.asar.unpacked), from a real electron-builder `--dir` build (the packaging layout test's build,
 * against a stand-in Electron), against the production code on disk it is drawn from: out/ and every
 * production package of package-lock.json. Below 1 means the `files` filters leave out what does not
 * run (source maps, C sources, build leftovers); an outlet downloads it on a shop's connection.
 */
export async function benchPackageSize(): Promise<BenchResult> {
  const app = await buildPackagedApp();
  try {
    const shipped = treeBytes(join(app.resourcesDir, 'app.asar')) + treeBytes(join(app.resourcesDir, 'app.asar.unpacked'));
    const onDisk = treeBytes(join(app.projectDir, 'out')) + productionPackageBytes(REPO_DIR);
    const mb = (bytes: number) => Math.round((bytes / 1_048_576) * 10) / 10;
    return {
      name: 'package.size',
      value: mb(shipped),
      unit: `MB in resources/ (app.asar + unpacked; electron-builder --dir took ${app.buildSeconds.toFixed(1)} s)`,
      baseline: mb(onDisk),
      ratio: Math.round((shipped / onDisk) * 1000) / 1000,
      goal: 'ratio < 1: ships less than the production code on disk (no maps, sources, dev packages)',
    };
  } finally {
    app.cleanup();
  }
}

/** Bytes of a file, or of every file under a folder (symlinks not followed), nested node_modules skipped when asked. */
function treeBytes(path: string, skipNodeModules = false): number {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.size;
  let total = 0;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (entry.isSymbolicLink() || (skipNodeModules && entry.name === 'node_modules')) continue;
    total += treeBytes(join(path, entry.name), skipNodeModules);
  }
  return total;
}

/** Every non-dev package of the lockfile, each counted without its nested node_modules (they are entries of their own). */
function productionPackageBytes(repo: string): number {
  const lock = JSON.parse(readFileSync(join(repo, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean }> };
  let total = 0;
  for (const [key, entry] of Object.entries(lock.packages)) {
    if (key.startsWith('node_modules/') && !entry.dev) total += treeBytes(join(repo, key), true);
  }
  return total;
}
