import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under `dir` (symlinks listed, not followed), as '/'-separated paths relative to it, in name order. */
export function listFiles(dir: string, prefix = ''): string[] {
  const files: string[] = [];
  const entries = readdirSync(join(dir, prefix), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...listFiles(dir, relative));
    else files.push(relative);
  }
  return files;
}

/** Files of the app itself: everything except the node_modules electron-builder collected (at any depth). */
export function isAppFile(relative: string): boolean {
  return !/(^|\/)node_modules\//.test(relative);
}
