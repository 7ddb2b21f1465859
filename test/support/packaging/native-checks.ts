import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { statFile } from '@electron/asar';

export const SQLITE_BINDING = 'node_modules/better-sqlite3/build/Release/better_sqlite3.node';

/**
 * A native module cannot be loaded from inside an asar: better_sqlite3.node must sit in
 * app.asar.unpacked and the archive's index must say so (Electron's fs then reads it from there).
 */
export function sqliteBindingNotUnpacked(resourcesDir: string): string[] {
  const problems: string[] = [];
  if (!existsSync(join(resourcesDir, 'app.asar.unpacked', SQLITE_BINDING))) problems.push(`app.asar.unpacked/${SQLITE_BINDING} is missing`);
  try {
    const entry = statFile(join(resourcesDir, 'app.asar'), SQLITE_BINDING) as { unpacked?: boolean };
    if (!entry.unpacked) problems.push(`app.asar lists ${SQLITE_BINDING} as packed inside the archive`);
  } catch {
    problems.push(`app.asar does not list ${SQLITE_BINDING}`);
  }
  return problems;
}

/**
 * better-sqlite3 as the packaged app loads it: required from out/main, its binding found by its own
 * lookup inside the package, and an in-memory database answers. Here the binding is this Node's
 * build (npmRebuild is off on these machines); the release workflow rebuilds it for Electron and
 * checks it inside Electron.
 */
export function sqliteDoesNotOpen(appDir: string): string[] {
  const requireFromMain = createRequire(join(appDir, 'out/main/index.js'));
  try {
    const Database = requireFromMain('better-sqlite3') as new (file: string) => {
      prepare(sql: string): { get(): unknown };
      close(): void;
    };
    const db = new Database(':memory:');
    const row = db.prepare('select 41 + 1 as answer').get() as { answer: number };
    db.close();
    if (row.answer !== 42) return [`better-sqlite3 answered ${JSON.stringify(row)}`];
    const bindingPath = join(appDir, SQLITE_BINDING);
    if (!(bindingPath in requireFromMain.cache)) return [`better-sqlite3 opened, but not with the packaged binding ${bindingPath}`];
    return [];
  } catch (err) {
    return [`better-sqlite3 does not open from the package: ${(err as Error).message.split('\n')[0]}`];
  }
}
