import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import rendererConfig from './renderer.vite.config.mjs';
import { inlineChannelNames } from './electron/preload/inline-channel-names';

const root = __dirname;

/**
 * package.json has no "type", so main and preload are emitted as CommonJS `.js`: main at
 * out/main/index.js (package.json "main"), the preload at out/preload/index.js. The preload runs
 * sandboxed, where only 'electron' can be required: every dependency is bundled into it.
 */
export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      // dependencies (better-sqlite3, zod, axios) stay in node_modules; our own sources are bundled.
      externalizeDeps: true,
      rolldownOptions: { input: { index: resolve(root, 'electron/main/index.ts') } },
    },
  },
  preload: {
    plugins: [inlineChannelNames()],
    build: {
      outDir: resolve(root, 'out/preload'),
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].js' },
      },
    },
  },
  renderer: {
    ...rendererConfig,
    build: {
      ...rendererConfig.build,
      // electron-vite leaves the renderer unminified by default; ship what the web build ships
      // (Vite's default minifier for scripts and styles).
      minify: true,
      // electron-vite looks for src/renderer/index.html by default; ours is renderer/index.html.
      rolldownOptions: { ...rendererConfig.build?.rolldownOptions, input: resolve(root, 'renderer/index.html') },
    },
  },
});
