export { AuditLog, type AuditEntry, type AuditLine } from './audit-log';
export { createAuditRecorder } from './audit-recorder';
export { openAudit } from './open-audit';
export { HIDDEN, redactSecrets } from './redact';
