import type { Handlers } from '../dispatch';
import { AppError } from '../../errors/app-error';

type AuditChannel = 'audit:list';

// PLACEHOLDER (issue 11): replaced by the real handlers.
export function auditHandlers(): Pick<Handlers, AuditChannel> {
  const notYet = (): never => {
    throw new AppError('internal', 'Belum tersedia.');
  };
  return { 'audit:list': notYet };
}
