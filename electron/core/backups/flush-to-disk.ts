import { closeSync, fsyncSync, openSync } from 'node:fs';

/**
 * A rename is only as durable as what the disk holds: without these, a power cut just after a
 * rename can leave the new name pointing at a file whose bytes never reached the disk (a torn
 * ledger), or leave the rename itself unwritten.
 */

/** Writes the file's bytes to the disk now. Opened for writing: Windows flushes only such handles. */
export function flushFile(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes the folder's entries (a rename into it) to the disk now. Best effort: Windows cannot open a
 * folder this way and some FAT sticks refuse it; their renames are written through by the OS.
 */
export function flushFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(folder, 'r');
    fsyncSync(fd);
  } catch {
    // See above: the file's own bytes were flushed already.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
