import type { Handlers } from '../dispatch';
import { AppError } from '../../errors/app-error';

type BackupChannel = 'backups:list' | 'backups:create' | 'backups:copyTo' | 'backups:restore';

// PLACEHOLDER (issue 11): replaced by the real handlers.
export function backupHandlers(): Pick<Handlers, BackupChannel> {
  const notYet = (): never => {
    throw new AppError('internal', 'Belum tersedia.');
  };
  return { 'backups:list': notYet, 'backups:create': notYet, 'backups:copyTo': notYet, 'backups:restore': notYet };
}
