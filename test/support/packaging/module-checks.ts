import { readFileSync, readdirSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';

/** `require("x")` / `require('x')` in bundled CommonJS output. */
const REQUIRE_CALL = /\brequire\(\s*(["'])([^"']+)\1\s*\)/g;

function isBare(specifier: string): boolean {
  return !specifier.startsWith('.') && !specifier.startsWith('/') && !specifier.startsWith('node:');
}

/** The bare modules the bundle in `outFolder` (e.g. out/main) requires, builtins and 'electron' left out. */
export function bareRequires(appDir: string, outFolder: string): Map<string, string> {
  const found = new Map<string, string>(); // specifier -> the file requiring it
  for (const file of readdirSync(join(appDir, outFolder)).filter((name) => name.endsWith('.js'))) {
    const source = readFileSync(join(appDir, outFolder, file), 'utf8');
    for (const match of source.matchAll(REQUIRE_CALL)) {
      const specifier = match[2]!;
      if (isBare(specifier) && specifier !== 'electron' && !builtinModules.includes(specifier)) {
        found.set(specifier, `${outFolder}/${file}`);
      }
    }
  }
  return found;
}

function isInside(dir: string, file: string): boolean {
  const rel = relative(dir, file);
  return rel !== '' && !rel.startsWith('..') && !rel.startsWith(sep);
}

/**
 * Every bare module the main process requires must resolve to a file inside the package: one that
 * resolves only to the repo's node_modules (or nowhere) is a module the outlet's install lacks.
 */
export function unresolvedMainModules(appDir: string): string[] {
  const problems: string[] = [];
  for (const [specifier, requiredBy] of bareRequires(appDir, 'out/main')) {
    try {
      const resolved = createRequire(join(appDir, requiredBy)).resolve(specifier);
      if (!isInside(appDir, resolved)) problems.push(`${specifier} (required by ${requiredBy}) resolves outside the package: ${resolved}`);
    } catch {
      problems.push(`${specifier} (required by ${requiredBy}) is not in the package`);
    }
  }
  return problems;
}

/** The preload runs sandboxed, where only 'electron' can be required: anything else must be bundled in. */
export function preloadRequiresBesidesElectron(appDir: string): string[] {
  return [...bareRequires(appDir, 'out/preload').keys()];
}

/** Each bare module of the main process loads from the package (its own dependencies with it). */
export function unloadableMainModules(appDir: string): string[] {
  const problems: string[] = [];
  for (const [specifier, requiredBy] of bareRequires(appDir, 'out/main')) {
    try {
      createRequire(join(appDir, requiredBy))(specifier);
    } catch (err) {
      problems.push(`${specifier} does not load from the package: ${(err as Error).message.split('\n')[0]}`);
    }
  }
  return problems;
}

interface LockEntry {
  name?: string;
  version?: string;
  dev?: boolean;
}

/** name@version of every package folder under node_modules, nested ones included. */
function packagedPackages(appDir: string): { path: string; id: string }[] {
  const found: { path: string; id: string }[] = [];
  const visit = (nodeModules: string) => {
    let entries: string[];
    try {
      entries = readdirSync(nodeModules);
    } catch {
      return;
    }
    for (const entry of entries.filter((name) => !name.startsWith('.'))) {
      const folders = entry.startsWith('@') ? readdirSync(join(nodeModules, entry)).map((name) => join(entry, name)) : [entry];
      for (const folder of folders) {
        const dir = join(nodeModules, folder);
        try {
          const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
          found.push({ path: relative(appDir, dir), id: `${pkg.name ?? folder}@${pkg.version ?? '?'}` });
        } catch {
          found.push({ path: relative(appDir, dir), id: `${folder}@(no package.json)` });
        }
        visit(join(dir, 'node_modules'));
      }
    }
  };
  visit(join(appDir, 'node_modules'));
  return found;
}

/**
 * Every packaged package (name@version) must be a production package per package-lock.json: a copy of
 * it with `"dev": true` only is a development tool or library shipped to outlets. electron-builder
 * re-hoists the production tree, so a package is matched by name and version, not by its folder.
 */
export function devDependenciesInPackage(appDir: string, lockfile: string): string[] {
  const lock = JSON.parse(readFileSync(lockfile, 'utf8')) as { packages: Record<string, LockEntry> };
  const production = new Set<string>();
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (!path || entry.dev) continue;
    const name = entry.name ?? path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
    production.add(`${name}@${entry.version}`);
  }
  return packagedPackages(appDir)
    .filter((pkg) => !production.has(pkg.id))
    .map((pkg) => `${pkg.id} (${pkg.path})`);
}
