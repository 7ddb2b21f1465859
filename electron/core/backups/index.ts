export { backupDatabase, type BackupInfo } from './online-backup';
export { listBackups } from './list-backups';
export { restoreBackup } from './restore-files';
export { backupViews, viewOf, type BackupView } from './backup-views';
export { copyBackupOut } from './copy-out';
export { copyReminderDue, readLastCopiedAt, recordCopiedOut } from './copy-reminder';
export { restoreLedger, type RestoreTarget } from './restore-service';
export { checkLedgerFile, NEWER_VERSION, NOT_LOKET } from './check-ledger-file';
