import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultPrefixFile, loadPrefixTable, PREFIX_FILE_NAME } from '../../../electron/core/catalog/prefix-table';

/**
 * The operator prefix table ships beside the app (resources/, not inside the asar) so an outlet can
 * get a new prefix without a release. Checked the way the core finds it at run time: Electron sets
 * process.resourcesPath to that folder, and prefix-table.ts's lookup must land on the shipped copy,
 * identical to the repo's, and parse.
 */
export function prefixTableProblems(resourcesDir: string, repoDir: string): string[] {
  const shipped = join(resourcesDir, PREFIX_FILE_NAME);
  if (!existsSync(shipped)) return [`resources/${PREFIX_FILE_NAME} is missing`];
  const problems: string[] = [];
  if (!readFileSync(shipped).equals(readFileSync(join(repoDir, 'resources', PREFIX_FILE_NAME)))) {
    problems.push(`resources/${PREFIX_FILE_NAME} differs from the repo's resources/${PREFIX_FILE_NAME}`);
  }
  const runtime = process as { resourcesPath?: string };
  const before = runtime.resourcesPath;
  runtime.resourcesPath = resourcesDir;
  try {
    const found = defaultPrefixFile();
    if (found !== shipped) problems.push(`the core looks up ${found}, not the shipped ${shipped}`);
    loadPrefixTable(found);
  } catch (err) {
    problems.push((err as Error).message);
  } finally {
    if (before === undefined) delete runtime.resourcesPath;
    else runtime.resourcesPath = before;
  }
  return problems;
}
