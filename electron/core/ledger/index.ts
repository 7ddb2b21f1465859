export { openLedger, type OpenLedgerOptions } from './open-ledger';
export { Ledger } from './ledger';
export { ACCOUNT, depositAccount, type Account, type AccountKind } from './accounts';
export { verifyLedger, type LedgerProblem } from './verify-ledger';
export { backupDatabase, listBackups, restoreBackup } from '../backups';
export * from './owner-operations';
export { reverseOwnerEntry, type CorrectionInput } from './owner-correction';
