import { writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupName } from '../../../electron/core/backups/backup-names';
import { listBackups } from '../../../electron/core/backups';
import { pruneBackups } from '../../../electron/core/backups/prune-backups';
import { makeTempDir } from '../../support/temp-dir';

/** Pruning keeps the newest generations and never deletes a kept-aside file nor the newest manual backup. */
let cleanup: () => void = () => undefined;
afterEach(() => cleanup());

const t0 = Date.UTC(2026, 10, 1);
function folderWith(reasons: string[]): string {
  const t = makeTempDir();
  cleanup = t.cleanup;
  reasons.forEach((reason, i) => writeFileSync(join(t.dir, backupName(reason, t0 + i * 60_000)), 'x'));
  return t.dir;
}
const left = (dir: string) => listBackups(dir).map((file) => basename(file).replace(/^loket-.*Z-/, ''));

describe('pruneBackups', () => {
  it('keeps the newest `keep` ordinary backups', () => {
    const dir = folderWith(['scheduled', 'scheduled', 'scheduled', 'pre-migration-v3', 'scheduled']);
    pruneBackups(dir, 2);
    expect(left(dir)).toEqual(['pre-migration-v3.db', 'scheduled.db']);
  });

  it('never deletes a file kept aside by a restore, however old', () => {
    const dir = folderWith(['before-restore', 'scheduled', 'scheduled', 'scheduled']);
    pruneBackups(dir, 2);
    expect(left(dir)).toEqual(['before-restore.db', 'scheduled.db', 'scheduled.db']);
  });

  it('keeps the newest manual backup when the schedule would push it out; older manual ones go', () => {
    const dir = folderWith(['manual', 'manual', 'scheduled', 'scheduled', 'scheduled']);
    pruneBackups(dir, 2);
    expect(left(dir)).toEqual(['manual.db', 'scheduled.db', 'scheduled.db']);
    expect(listBackups(dir)[0]).toContain(backupName('manual', t0 + 60_000).slice(0, 20));
  });
});
