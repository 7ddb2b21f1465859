import type { backupsId } from './backups-id';

/** Settings › Backups and the Home reminder in English (Bahasa Indonesia is the reference). */
export const backupsEn: typeof backupsId = {
  title: 'Backups',
  intro:
    'Loket backs up the books every 6 hours and before every update. Keep a copy outside this computer (a USB stick): one broken disk could lose every record.',
  loading: 'Loading backups…',
  empty: 'No backups yet.',
  createNow: 'Back up now',
  creating: 'Backing up…',
  created: 'Backup made ({size}).',
  column: { at: 'Time', size: 'Size', reason: 'Kind' },
  reason: {
    manual: 'Made by hand',
    scheduled: 'Automatic',
    beforeRestore: 'Books before a restore',
    preMigration: 'Before an app update',
    other: 'Other',
  },
  size: { kb: '{n} KB', mb: '{n} MB' },
  dataFolder: {
    copy: 'Copy path',
    copied: 'Copied',
    label: 'Loket {version} keeps its data on this computer in:',
    kept: "This folder is not removed when Loket is uninstalled, and a new version uses it again (after backing it up first). The backups in it are on this computer's disk: copy one to a USB stick too.",
  },
  lastCopied: 'Last copied off this computer: {when}.',
  neverCopied: 'No backup has been copied off this computer yet.',
  reminder: 'No backup was copied off this computer for more than 7 days. Copy one to a USB stick now.',
  reminderHome: 'No backup of the books was copied to a USB stick for more than 7 days.',
  reminderLink: 'Open Settings › Backups',
  copy: {
    folder: 'Target folder (USB stick)',
    placeholder: 'For example E:\\ or /media/usb',
    button: 'Copy to folder…',
    copying: 'Copying…',
    needFolder: 'Type the target folder first.',
    done: 'Copied to {file} ({size}).',
  },
  restore: {
    button: 'Restore…',
    fromFile: 'Restore from file…',
    file: 'Backup file (for example from a USB stick)',
    filePlaceholder: 'For example E:\\loket-2026-11-30T10-00-00-000Z-manual.db',
    needFile: 'Type the backup file first.',
    title: 'Restore the books from a backup?',
    warning:
      'The current books are replaced by this backup: sales and records made after the backup time are no longer in the books. The current books are not deleted but kept in the backups folder. Loket then re-opens and everyone signs in again.',
    source: 'Backup',
    ok: 'Yes, restore',
    restoring: 'Restoring…',
  },
};
