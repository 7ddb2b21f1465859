import { cp } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { enableInspectFuse } from './fuses';

/**
 * Copies the packaged app's whole folder (executable, resources/app.asar, the unpacked native
 * module, Chromium's files) into `into` and turns on the inspect fuse in the copy's executable
 * only; returns the copy's executable. The shipped folder is never written to.
 */
export async function copyAppWithInspectFuse(executable: string, into: string): Promise<string> {
  const appDir = dirname(executable);
  const target = join(into, basename(appDir));
  await cp(appDir, target, { recursive: true, verbatimSymlinks: true, errorOnExist: true, force: false });
  const copy = join(target, basename(executable));
  await enableInspectFuse(copy);
  return copy;
}
