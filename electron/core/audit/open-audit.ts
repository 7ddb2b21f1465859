import type { CallObserver, Handlers } from '../api/dispatch';
import type { Ledger } from '../ledger';
import { AuditLog } from './audit-log';
import { createAuditRecorder } from './audit-recorder';

/** The audit log of one opened core: the table's reader/writer and, once the handlers exist, dispatch's observer. */
export function openAudit(ledger: Ledger, report?: (msg: string, err: unknown) => void): { log: AuditLog; observer(handlers: Handlers): CallObserver } {
  const log = new AuditLog(ledger.db, ledger);
  const userName = (id: number): string | null => {
    const row = ledger.db.prepare('SELECT name FROM app_user WHERE id = ?').get(id) as { name: string } | undefined;
    return row?.name ?? null;
  };
  return { log, observer: (handlers) => createAuditRecorder({ log, handlers: () => handlers, userName, report }) };
}
