import { exportHandlers } from '../api/handlers/export-handlers';
import { flightHandlers } from '../api/handlers/flight-handlers';
import { authHandlers } from '../api/handlers/auth-handlers';
import { auditHandlers } from '../api/handlers/audit-handlers';
import { openAudit } from '../audit/open-audit';
import { backupHandlers } from '../api/handlers/backup-handlers';
import { openUsers } from '../users/open-users';
import { openBookings } from '../flights/open-bookings';
import { SalesExporter } from '../exports';
import { reportHandlers } from '../api/handlers/report-handlers';
import { shiftHandlers } from '../api/handlers/shift-handlers';
import { join } from 'node:path';
import { createDispatcher, type Handlers } from '../api/dispatch';
import { appHandlers } from '../api/handlers/app-handlers';
import { catalogHandlers } from '../api/handlers/catalog-handlers';
import { ledgerHandlers } from '../api/handlers/ledger-handlers';
import { moneyHandlers } from '../api/handlers/money-handlers';
import { providerHandlers } from '../api/handlers/provider-handlers';
import { receiptHandlers } from '../api/handlers/receipts-handlers';
import type { OsPrinterPort } from '../receipts/os-printer-port';
import { salesHandlers } from '../api/handlers/sales-handlers';
import { providerIds, type ProviderId } from '../domain/provider-id';
import { openCatalog } from '../catalog';
import type { OutletTimeZone } from '../clock/business-day';
import { readStoredTimeZone, resolveTimeZone } from '../clock/time-zone-setting';
import { Ledger, openLedger } from '../ledger';
import { verifyLedgerSinceCheckpoint } from '../ledger/verify-since-checkpoint';
import { adapterMap } from '../providers/registry/adapters';
import { ProviderService } from '../providers/registry/provider-service';
import type { SandboxEndpoints } from '../providers/sandbox/sandbox-runtime';
import { startCallbackReceiver } from '../sales/callback-receiver';
import type { SaleCatalog } from '../sales/catalog-port';
import { ProviderHealthRecord } from '../sales/provider-health';
import type { SalesService } from '../sales/sales-service';
import { KeyFileCipher } from '../secrets/key-file-cipher';
import { SealedFileSecretStore, type SecretStore } from '../secrets/secret-store';
import { startBackupSchedule } from './backup-schedule';
import { openReopenableCore, type Reopener } from './reopenable-core';
import type { Core } from './core';
import { EventBus } from './event-bus';
import { openSandbox } from './open-sandbox';
import { openSales } from './open-sales';
import { APP_VERSION } from './version';

export interface OpenCoreOptions {
  dataDir: string;
  timeZone?: OutletTimeZone;
  now?: () => number;
  /** Online backup interval; 0 disables the schedule (tests). Default 6 hours. */
  backupIntervalMs?: number;
  /** Where provider credentials are sealed. Default: a key-file store in the data dir (headless). */
  secrets?: SecretStore;
  /** Simulators running elsewhere (tests, crash harness); default: started in this process. */
  sandbox?: SandboxEndpoints;
  /** Replaces the catalogue's routing for sales (the crash harness pins one product per provider). */
  saleCatalog?: SaleCatalog;
  /** Overrides every provider client's timeout (tests, crash harness). */
  clientTimeoutMs?: number;
  /** The operating system's printers (the desktop shell gives them; headless mode has none). */
  osPrinters?: OsPrinterPort;
  /** Background status check of open flight bookings; default 5 minutes, 0 disables it (tests). */
  flightStatusSyncMs?: number;
  /** Reconciler pacing (tests shorten it). */
  sales?: {
    checkDelaysMs?: readonly number[];
    firstCheckWaitMs?: Partial<Record<ProviderId, number>>;
    reconcileTickMs?: number;
    notFoundGraceMs?: number;
  };
}

export const LEDGER_FILE = 'loket.db';

/**
 * Opens the whole product on a data directory: the ledger (migrated, checked), providers (sandbox
 * simulators or live), the catalogue, the sale engine (interrupted sales recovered before anything
 * else), the handlers behind the contract and the background jobs. Shells (Electron main, headless
 * server, tests) only ever hold the returned Core.
 */
export function openCore(options: OpenCoreOptions): Promise<Core> {
  // The shells hold the reopenable core: a restore swaps the inner core for one on the restored file.
  return openReopenableCore(options.dataDir, (reopener) => openLedgerCore(options, reopener));
}

async function openLedgerCore(options: OpenCoreOptions, reopener: Reopener): Promise<Core> {
  const backupDir = join(options.dataDir, 'backups');
  const db = await openLedger({ file: join(options.dataDir, LEDGER_FILE), backupDir });
  const ledger = new Ledger(db, { now: options.now, timeZone: resolveTimeZone(options.timeZone, readStoredTimeZone(db), process.env.LOKET_TIME_ZONE) });
  // What was written since the last clean check (the whole journal once, on a new or upgraded ledger).
  const problems = verifyLedgerSinceCheckpoint(db);
  if (problems.length > 0) {
    db.close();
    throw new Error(`Ledger invariants broken: ${problems.map((p) => p.problem).join('; ')}`);
  }
  const events = new EventBus();
  const closers: (() => Promise<void> | void)[] = [
    () => {
      if (db.open) db.close();
    },
  ];
  const close = async (): Promise<void> => {
    for (const closer of closers.splice(0).reverse()) await closer();
  };
  try {
    // Callbacks may arrive once the simulators run, before the sale side exists: they wait for it.
    const salesRef: { current?: SalesService } = {};
    const receiver = await startCallbackReceiver((provider, raw) => salesRef.current?.onCallback(provider, raw));
    closers.push(() => receiver.close());
    const adapters = adapterMap();
    const sandbox = await openSandbox(ledger, adapters, options.sandbox, (p) => receiver.url(p));
    closers.push(() => sandbox.close());
    const secrets = options.secrets ?? new SealedFileSecretStore(join(options.dataDir, 'secrets.json'), new KeyFileCipher(join(options.dataDir, 'keys', 'secrets.key')));
    const providers = new ProviderService({ ledger, secrets, adapters, sandbox, events, clientTimeoutMs: options.clientTimeoutMs });
    const health = new ProviderHealthRecord();
    const catalog = openCatalog({ ledger, events, providers, health });
    closers.push(() => catalog.idle());
    const opened = openSales({ ledger, events, providers, catalog: options.saleCatalog ?? catalog, health, callbackUrl: (p) => receiver.url(p), ...options.sales });
    salesRef.current = opened.sales;
    opened.sales.start();
    closers.push(() => opened.sales.stop());
    // One exporter: the Laporan export buttons and the automatic export at day close share its jobs and folder.
    const exporter = new SalesExporter({ ledger, events, dataDir: options.dataDir });
    // Closers run in reverse: running exports stop (partial files removed) before the sales side and the database.
    closers.push(() => exporter.close());
    // Tiket Pesawat bookings: follow their issue sales and are status-checked in the background (stopped before the sales side).
    const bookings = openBookings({ ledger, events, providers, issueFlight: (input) => opened.sales.issueFlight(input), reportLateIssue: (saleId, outcome) => void opened.sales.book.apply(saleId, outcome, 'poll'), dataDir: options.dataDir, syncIntervalMs: options.flightStatusSyncMs });
    closers.push(() => bookings.close());
    const users = openUsers(ledger);
    const audit = openAudit(ledger, options.dataDir);
    const handlers: Handlers = {
      ...appHandlers(ledger, { version: APP_VERSION, dataDir: options.dataDir }, () => providers.list().map((p) => ({ id: p.id, name: p.name, mode: p.mode }))),
      ...ledgerHandlers(ledger, events, (id) => providers.status(id).mode),
      ...moneyHandlers(db),
      ...providerHandlers(providers),
      ...catalogHandlers(catalog),
      ...receiptHandlers(ledger, { osPrinters: options.osPrinters }),
      ...shiftHandlers({ ledger, events, osPrinters: options.osPrinters, autoExportDay: (day) => exporter.exportDay(day) }),
      ...reportHandlers(ledger),
      ...exportHandlers(exporter),
      ...flightHandlers({ ledger, providers, bookings: bookings.service }),
      ...authHandlers(users),
      ...auditHandlers(audit.log),
      ...backupHandlers({ db, dbFile: join(options.dataDir, LEDGER_FILE), backupDir, reopener, now: options.now ?? Date.now }),
      ...salesHandlers({ sales: opened.sales, ledger, providerIds, detectOperator: (phone) => catalog.detectOperator(phone).operator, plnInquire: opened.plnInquire, ewalletInquire: opened.ewalletInquire, providerBalance: (id) => providers.balance(id) }),
    };
    closers.push(startBackupSchedule(db, backupDir, options.backupIntervalMs ?? 6 * 3_600_000));
    return { dataDir: options.dataDir, dispatch: createDispatcher(handlers, { gate: users.gate, observer: audit.observer(handlers) }), onEvent: (listener) => events.on(listener), close };
  } catch (err) {
    await close();
    throw err;
  }
}
