import type { CallObserver, Handlers } from '../api/dispatch';
import type { Ledger } from '../ledger';
import { AuditLog } from './audit-log';
import { createAuditRecorder } from './audit-recorder';

/** The audit log of the core last opened on each data folder. */
const openedLogs = new Map<string, AuditLog>();

/**
 * The audit log of one opened core: the table's reader/writer and, once the handlers exist,
 * dispatch's observer. A restore re-opens the core on another file while the restore call itself
 * is still running (app/reopenable-core.ts); that call's line then goes to the books now open, so
 * the restored outlet's log says who restored what and when.
 */
export function openAudit(ledger: Ledger, dataDir: string, report?: (msg: string, err: unknown) => void): { log: AuditLog; observer(handlers: Handlers): CallObserver } {
  const log = new AuditLog(ledger.db, ledger);
  openedLogs.set(dataDir, log);
  const current = (): AuditLog => (ledger.db.open ? log : (openedLogs.get(dataDir) ?? log));
  const userName = (id: number): string | null => {
    const row = ledger.db.prepare('SELECT name FROM app_user WHERE id = ?').get(id) as { name: string } | undefined;
    return row?.name ?? null;
  };
  return { log, observer: (handlers) => createAuditRecorder({ log: { append: (line) => current().append(line) }, handlers: () => handlers, userName, report }) };
}
