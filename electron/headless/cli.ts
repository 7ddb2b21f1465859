import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ChannelOutput, Result } from '../core/api/contract';
import { defaultDataDir } from '../core/app/data-dir';
import { openCore } from '../core/app/open-core';
import { HEADLESS_SESSION, startHeadlessServer } from './server';
import { startBanner } from './start-banner';

/**
 * `npm run web`: the whole app without Electron, in a browser. Prints the URL (with its per-run
 * token) and each provider's mode (Sandbox/Live), and stops cleanly on SIGINT/SIGTERM so the database is closed properly.
 */
async function main(): Promise<void> {
  const dataDir = defaultDataDir();
  const port = Number(process.env.LOKET_PORT ?? 5180);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`LOKET_PORT is not a port: ${process.env.LOKET_PORT}`);
  const rendererDir = resolve(process.env.LOKET_RENDERER_DIR ?? 'out/renderer');
  if (!existsSync(rendererDir)) console.warn(`[loket] ${rendererDir} not found: API only (run "npm run web" to build the screens).`);
  const core = await openCore({ dataDir });
  const server = await startHeadlessServer({ core, port, rendererDir });
  // app:info needs no sign-in: the modes are known before anyone signs in.
  const info = (await core.dispatch('app:info', {}, HEADLESS_SESSION)) as Result<ChannelOutput<'app:info'>>;
  for (const line of startBanner(server.url, dataDir, info.ok ? info.value.providers : [])) console.log(line);
  let stopping = false;
  const stop = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    await server.close();
    await core.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((err: unknown) => {
  console.error(`[loket] cannot start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
