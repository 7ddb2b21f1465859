import path from 'node:path';
import { resolveConfig as resolveElectronConfig } from 'electron-vite';
import { resolveConfig, type InlineConfig } from 'vite';
import { describe, expect, it } from 'vitest';

/**
 * Issue 7 item 17: the desktop app's renderer (electron-vite, whose renderer default is minify:
 * false) ships minified like the web build (renderer.vite.config.mts, Vite's defaults). Both configs
 * are resolved through their own plugins, as a build would run them.
 */
async function desktopRenderer() {
  const electron = await resolveElectronConfig({ configFile: path.resolve('electron.vite.config.ts'), logLevel: 'silent' }, 'build', 'production');
  const renderer = electron.config?.renderer as InlineConfig | undefined;
  if (!renderer) throw new Error('electron.vite.config.ts has no renderer config');
  return resolveConfig({ ...renderer, configFile: false, logLevel: 'silent' }, 'build', 'production');
}

const webRenderer = () => resolveConfig({ configFile: path.resolve('renderer.vite.config.mts'), logLevel: 'silent' }, 'build', 'production');

describe('desktop renderer bundle', () => {
  it('is minified (scripts and styles) with the same minifier as the web build', async () => {
    const [desktop, web] = await Promise.all([desktopRenderer(), webRenderer()]);
    expect(web.build.minify).toBeTruthy();
    expect(desktop.build.minify).toBe(web.build.minify);
    expect(desktop.build.cssMinify).toBeTruthy();
    expect(desktop.build.cssMinify).toBe(web.build.cssMinify);
  }, 30_000);
});
