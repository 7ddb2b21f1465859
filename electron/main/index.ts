import path from 'node:path';
import { app } from 'electron';
import { openCore } from '../core/app/open-core';
import { openDesktopSecrets } from './desktop-secrets';
import { startMain } from './lifecycle';
import { createOsPrinters } from './printing/os-printers';

// Bundled to out/main/index.js (CommonJS): the preload and the renderer are built next to it.
void startMain({
  // Runs after app 'ready' (lifecycle opens the core then), when safeStorage and printing windows can be used.
  openCore: (options) => openCore({ ...options, secrets: openDesktopSecrets(options.dataDir), osPrinters: createOsPrinters() }),
  rendererDir: path.join(__dirname, '../renderer'),
  preloadPath: path.join(__dirname, '../preload/index.js'),
  env: process.env,
  platform: process.platform,
}).catch((err: unknown) => {
  console.error('[loket] main process failed to start:', err);
  app.exit(1);
});
