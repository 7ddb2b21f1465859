import { join } from 'node:path';
import { createDispatcher, type Handlers } from '../api/dispatch';
import { appHandlers } from '../api/handlers/app-handlers';
import { ledgerHandlers } from '../api/handlers/ledger-handlers';
import { DEFAULT_TIME_ZONE, isOutletTimeZone, type OutletTimeZone } from '../clock/business-day';
import { Ledger, openLedger, verifyLedger } from '../ledger';
import { catalogHandlers } from '../api/handlers/catalog-handlers';
import { openCatalog } from '../catalog';
import { moneyHandlers } from '../api/handlers/money-handlers';
import { salesHandlers } from '../api/handlers/sales-handlers';
import { providerHandlers } from '../api/handlers/provider-handlers';
import { adapterMap } from '../providers/registry/adapters';
import { ProviderService } from '../providers/registry/provider-service';
import { seedSandboxDeposit } from '../providers/sandbox/sandbox-deposits';
import { externalSandbox, startSandbox, type SandboxEndpoints, type SandboxRuntime } from '../providers/sandbox/sandbox-runtime';
import { depositAccount } from '../ledger/accounts';
import { KeyFileCipher } from '../secrets/key-file-cipher';
import { SealedFileSecretStore, type SecretStore } from '../secrets/secret-store';
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
  /** Where provider credentials are sealed. Default: a key-file store in the data dir (headless). */
  secrets?: SecretStore;
  /** Simulators running elsewhere (tests, crash harness); default: started in this process. */
  sandbox?: SandboxEndpoints;
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
  const adapters = adapterMap();
  const sandbox = await openSandbox(ledger, adapters, options.sandbox);
  const secrets = options.secrets ?? new SealedFileSecretStore(join(options.dataDir, 'secrets.json'), new KeyFileCipher(join(options.dataDir, 'keys', 'secrets.key')));
  const providers = new ProviderService({ ledger, secrets, adapters, sandbox, events });
  const catalog = openCatalog({ ledger, events, providers });
  const handlers: Handlers = {
    ...appHandlers(ledger, { version: APP_VERSION, dataDir: options.dataDir }),
    ...ledgerHandlers(ledger, events),
    ...moneyHandlers(),
    ...providerHandlers(providers),
    ...catalogHandlers(catalog),
    ...salesHandlers(),
  };
  const stopBackups = startBackupSchedule(db, backupDir, options.backupIntervalMs ?? 6 * 3_600_000);
  return {
    dataDir: options.dataDir,
    dispatch: createDispatcher(handlers),
    onEvent: (listener) => events.on(listener),
    async close() {
      stopBackups();
      await sandbox.close();
      if (db.open) db.close();
    },
  };
}

/**
 * Seeds each sandbox provider's training deposit in the ledger once, then starts the simulators
 * with the deposit the ledger holds, so both sides agree after every restart.
 */
async function openSandbox(
  ledger: Ledger,
  adapters: ReturnType<typeof adapterMap>,
  external: SandboxEndpoints | undefined,
): Promise<SandboxRuntime> {
  if (external) return externalSandbox(external);
  for (const id of adapters.keys()) seedSandboxDeposit(ledger, id);
  return startSandbox([...adapters.values()], (id) => ledger.rawBalance(depositAccount(id)));
}

function resolveTimeZone(zone: OutletTimeZone | undefined): OutletTimeZone {
  const fromEnv = process.env.LOKET_TIME_ZONE;
  if (zone) return zone;
  return isOutletTimeZone(fromEnv) ? fromEnv : DEFAULT_TIME_ZONE;
}
