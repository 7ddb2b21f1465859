import { join } from 'node:path';
import { createDispatcher, type Handlers } from '../api/dispatch';
import { appHandlers } from '../api/handlers/app-handlers';
import { ledgerHandlers } from '../api/handlers/ledger-handlers';
import { DEFAULT_TIME_ZONE, isOutletTimeZone, type OutletTimeZone } from '../clock/business-day';
import { Ledger, openLedger, verifyLedger } from '../ledger';
import { startBackupSchedule } from './backup-schedule';
import type { Core } from './core';
import { EventBus } from './event-bus';
import { APP_VERSION } from './version';

export interface OpenCoreOptions {
  dataDir: string;
  timeZone?: OutletTimeZone;
  now?: () => number;
  /** Online backup interval; 0 disables the schedule (tests). Default 6 hours. */
  backupIntervalMs?: number;
}

export const LEDGER_FILE = 'loket.db';

/**
 * Opens the whole product on a data directory: the ledger (migrated, checked), the handlers behind
 * the contract, the event bus and the background jobs. Shells (Electron main, headless server,
 * tests) only ever hold the returned Core.
 */
export async function openCore(options: OpenCoreOptions): Promise<Core> {
  const file = join(options.dataDir, LEDGER_FILE);
  const backupDir = join(options.dataDir, 'backups');
  const db = await openLedger({ file, backupDir });
  const ledger = new Ledger(db, { now: options.now, timeZone: resolveTimeZone(options.timeZone) });
  const problems = verifyLedger(db);
  if (problems.length > 0) {
    db.close();
    throw new Error(`Ledger invariants broken: ${problems.map((p) => p.problem).join('; ')}`);
  }
  const events = new EventBus();
  const handlers: Handlers = {
    ...appHandlers(ledger, { version: APP_VERSION, dataDir: options.dataDir }),
    ...ledgerHandlers(ledger, events),
  };
  const stopBackups = startBackupSchedule(db, backupDir, options.backupIntervalMs ?? 6 * 3_600_000);
  return {
    dataDir: options.dataDir,
    dispatch: createDispatcher(handlers),
    onEvent: (listener) => events.on(listener),
    async close() {
      stopBackups();
      if (db.open) db.close();
    },
  };
}

function resolveTimeZone(zone: OutletTimeZone | undefined): OutletTimeZone {
  const fromEnv = process.env.LOKET_TIME_ZONE;
  if (zone) return zone;
  return isOutletTimeZone(fromEnv) ? fromEnv : DEFAULT_TIME_ZONE;
}
