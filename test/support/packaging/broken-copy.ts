import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { basename, join } from 'node:path';

/**
 * A copy of a packaged folder to break on purpose, made of hard links (`cp -al`): instant for the
 * 140 MB asar. Only delete files from it or add new ones: writing into a linked file would change
 * the original too.
 */
export function linkedCopy(source: string, parentDir: string): string {
  const target = join(mkdtempSync(join(parentDir, 'broken-')), basename(source));
  execFileSync('cp', ['-al', source, target]);
  return target;
}
