import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync, constants } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { LEDGER_FILE } from '../../electron/core/app/open-core';
import { openLedger } from '../../electron/core/ledger';
import { latestVersion } from '../../electron/core/ledger/migrate';
import { migrations } from '../../electron/core/ledger/migrations';
import { writeSalesHistory, type HistoryOptions } from './sales-history';

/** Bump when the generator writes different rows: cached data directories are then rebuilt. */
const GENERATOR_VERSION = 2;
const CACHE_ROOT = join(__dirname, '..', '.cache');

export interface SalesDataset {
  /** The cached data directory: never open it with the app (copy it first, see `copyDataset`). */
  dir: string;
  sales: number;
  entries: number;
  /** How long generating took, when this call generated it (undefined: reused from the cache). */
  generatedMs?: number;
  bytes: number;
}

interface Meta {
  generator: number;
  userVersion: number;
  options: HistoryOptions;
  sales: number;
  entries: number;
  ms: number;
}

/**
 * A data directory holding `sales` generated sales over `days` business days, cached under
 * bench/.cache (gitignored) and rebuilt when the schema's user_version or the generator changes.
 * The ledger file is created by the app's own openLedger (every migration), then filled in bulk:
 * one transaction per business day, prepared statements, synchronous OFF (only for generating; the
 * app reopens it with its own pragmas).
 */
export async function salesDataset(options: HistoryOptions): Promise<SalesDataset> {
  const dir = join(CACHE_ROOT, `sales-${options.sales}-${options.days}d`);
  const file = join(dir, LEDGER_FILE);
  const cached = readMeta(dir);
  if (cached && cached.generator === GENERATOR_VERSION && cached.userVersion === latestVersion(migrations) && existsSync(file)) {
    return { dir, sales: cached.sales, entries: cached.entries, bytes: statSync(file).size };
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const start = performance.now();
  (await openLedger({ file, backupDir: join(dir, 'backups') })).close();
  const db = new Database(file);
  let stats: { sales: number; entries: number };
  try {
    db.pragma('synchronous = OFF');
    db.pragma('cache_size = -262144');
    stats = writeSalesHistory(db, options);
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
  const ms = Math.round(performance.now() - start);
  const meta: Meta = { generator: GENERATOR_VERSION, userVersion: latestVersion(migrations), options, ...stats, ms };
  writeFileSync(join(dir, 'meta.json'), `${JSON.stringify(meta, null, 2)}\n`);
  return { dir, ...stats, generatedMs: ms, bytes: statSync(file).size };
}

/** A private copy of a cached data directory's ledger for one run (the app writes to what it opens). */
export function copyDataset(dataset: SalesDataset, to: string): void {
  mkdirSync(to, { recursive: true });
  copyFileSync(join(dataset.dir, LEDGER_FILE), join(to, LEDGER_FILE), constants.COPYFILE_FICLONE);
}

function readMeta(dir: string): Meta | null {
  try {
    return JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as Meta;
  } catch {
    return null;
  }
}
