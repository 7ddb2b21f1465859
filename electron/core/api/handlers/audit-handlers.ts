import type { Handlers } from '../dispatch';
import type { AuditLog } from '../../audit/audit-log';

type AuditChannel = 'audit:list';

/** Log audit (owner page): the lines newest first, filtered by the outlet's business days, user, outcome, action. */
export function auditHandlers(log: AuditLog): Pick<Handlers, AuditChannel> {
  return { 'audit:list': (input) => log.list(input) };
}
