import { describe, expect, it } from 'vitest';
import { backupName, parseBackupName } from '../../../electron/core/backups/backup-names';

describe('backup names', () => {
  it('carry the time and the reason, read back exactly', () => {
    const at = Date.UTC(2026, 10, 30, 20, 53, 49, 123);
    const name = backupName('pre-migration-v12', at);
    expect(name).toBe('loket-2026-11-30T20-53-49-123Z-pre-migration-v12.db');
    expect(parseBackupName(`/data/backups/${name}`)).toEqual({ at, reason: 'pre-migration-v12' });
  });

  it('a name in another shape is not guessed at', () => {
    expect(parseBackupName('loket-salinan.db')).toBeNull();
  });
});
