// Prints the closing line CI reads ("N passed, N failed") from the vitest JSON reports, counting
// a failed non-test stage (typecheck, lint) as a failure too. Stages that could not run here
// (not-run.txt, one reason a line: the packaged-app smoke test without an Electron binary) are
// said on the line before, neither passed nor failed.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir, ...failedStages] = process.argv.slice(2);
let passed = 0;
let failed = 0;
for (const name of existsSync(dir) ? readdirSync(dir) : []) {
  if (!name.endsWith('.json')) continue;
  const report = JSON.parse(readFileSync(join(dir, name), 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += (report.numFailedTests ?? 0) + (report.numTodoTests ?? 0) + (report.numPendingTests ?? 0);
}
failed += failedStages.length;
const notRunFile = join(dir, 'not-run.txt');
const notRun = existsSync(notRunFile) ? readFileSync(notRunFile, 'utf8').split('\n').filter((line) => line.trim() !== '') : [];
if (failedStages.length > 0) console.log(`failed stages: ${failedStages.join(', ')}`);
if (notRun.length > 0) console.log(`${passed} passed, ${failed} failed, ${notRun.length} not run (${notRun.join('; ')})`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
