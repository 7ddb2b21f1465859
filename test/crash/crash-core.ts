import type { ProviderId } from '../../electron/core/api/schemas';
import type { Core } from '../../electron/core/app/core';
import { openCore } from '../../electron/core/app/open-core';
import { crashCatalog } from './crash-catalog';
import { signInOwner } from '../support/sessions';

export interface SimLine {
  provider: ProviderId;
  baseUrl: string;
  credentials: unknown;
}

/** The headless core exactly as the app opens it, pointed at simulators in another process. */
export async function openCrashCore(dataDir: string, sims: SimLine[]): Promise<Core> {
  const core = await openCore({
    dataDir,
    backupIntervalMs: 0,
    sandbox: Object.fromEntries(sims.map((s) => [s.provider, { baseUrl: s.baseUrl, credentials: s.credentials }])),
    saleCatalog: crashCatalog,
    clientTimeoutMs: 400,
    sales: { checkDelaysMs: [100, 200, 300, 500], firstCheckWaitMs: {}, reconcileTickMs: 50, notFoundGraceMs: 800 },
  });
  // The owner works the counter on OWNER_SESSION (setup on the first open, sign-in after each restart).
  await signInOwner(core);
  return core;
}
