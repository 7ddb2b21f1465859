import { join } from 'node:path';
import { openCore } from '../../../electron/core/app/open-core';
import type { Core } from '../../../electron/core/app/core';
import type { ExportJobView } from '../../../electron/core/exports';
import { openLedger } from '../../../electron/core/ledger';
import { channelCaller } from '../../support/core-fixture';
import { makeTempDir } from '../../support/temp-dir';
import { insertSettledSales } from './export-fixture';
import { signInOwner } from '../../support/sessions';

/** The whole core on a data dir that already holds `count` settled sales of `day` (written before it opens). */
export async function openCoreWithSales(count: number, day: string, prefix: string) {
  const temp = makeTempDir('loket-export-core-');
  const db = await openLedger({ file: join(temp.dir, 'loket.db'), backupDir: join(temp.dir, 'backups') });
  insertSettledSales(db, count, day, prefix);
  db.close();
  const core: Core = await openCore({ dataDir: temp.dir, backupIntervalMs: 0, sandbox: {} });
  await signInOwner(core);
  const call = channelCaller(core);
  return {
    core,
    dir: temp.dir,
    call,
    /** Resolves with the job's final view (from its last progress event). */
    ended(jobId: string): Promise<ExportJobView> {
      return new Promise((resolve) => {
        const off = core.onEvent((event, payload) => {
          const view = payload as ExportJobView;
          if (event === 'exports:progress' && view.jobId === jobId && view.state !== 'running') {
            off();
            resolve(view);
          }
        });
      });
    },
    async close() {
      await core.close();
      temp.cleanup();
    },
  };
}
