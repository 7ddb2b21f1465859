import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { ChannelOutput } from '../../../electron/core/api/contract';
import type { Core } from '../../../electron/core/app/core';
import { LEDGER_FILE, openCore } from '../../../electron/core/app/open-core';
import type { SaleCatalog } from '../../../electron/core/sales/catalog-port';
import { signInOwner } from '../../support/sessions';
import { makeTempDir } from '../../support/temp-dir';

/**
 * An outlet in Sandbox (in-process simulators) with one product pinned to IAK and fast status checks:
 * a ....6666 number stays pending until resolved at the simulator, then the reconciler's own timer
 * (background work, nobody's call) settles it. For restores whose books hold sales.
 */
const pinnedToIak: SaleCatalog = {
  route: (productId) =>
    productId === 'pulsa:iak'
      ? { productId, category: 'pulsa', name: 'Pulsa Telkomsel 10.000', price: 12_000, offers: [{ provider: 'iak', providerCode: 'htelkomsel10000', cost: 10_800 }] }
      : undefined,
  normaliseCustomer: (_category, input) => input.replace(/\D/g, ''),
};

export type Sale = ChannelOutput<'sales:start'>;

export async function openIakOutlet() {
  const temp = makeTempDir();
  const core: Core = await openCore({
    dataDir: temp.dir,
    backupIntervalMs: 0,
    saleCatalog: pinnedToIak,
    sales: { checkDelaysMs: [100], firstCheckWaitMs: { iak: 100 }, reconcileTickMs: 50 },
  });
  await signInOwner(core);
  const as = async <T>(session: string, channel: string, input: unknown = {}): Promise<T> => {
    const result = await core.dispatch(channel, input, session);
    if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
    return result.value as T;
  };
  const read = <T>(sql: string, ...args: unknown[]): T[] => {
    const db = new Database(join(temp.dir, LEDGER_FILE), { readonly: true });
    try {
      return db.prepare(sql).all(...args) as T[];
    } finally {
      db.close();
    }
  };
  /** The provider says "success" for a pending sale (as IAK's back office would, later). */
  const resolveAtProvider = async (session: string, refId: string): Promise<void> => {
    const base = (await as<ChannelOutput<'providers:list'>>(session, 'providers:list')).providers.find((p) => p.id === 'iak')!.baseUrl!;
    const answer = await fetch(`${base}/__sim-state/iak/resolve`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ ref_id: refId, status: 'success' }) });
    if (answer.status !== 200) throw new Error(`resolve ${refId}: ${answer.status}`);
  };
  /** The sale's journal entries after its commit (settle, refund, recovery), with who they carry. */
  const entriesAfterCommit = (saleId: number) =>
    read<{ idem_key: string; user_id: number | null }>('SELECT idem_key, user_id FROM journal_entry WHERE idem_key LIKE ? ORDER BY id', `sale:${saleId}:%`).filter(
      (e) => e.idem_key !== `sale:${saleId}:commit`,
    );
  return {
    core,
    dir: temp.dir,
    as,
    read,
    resolveAtProvider,
    entriesAfterCommit,
    async close() {
      await core.close();
      temp.cleanup();
    },
  };
}
