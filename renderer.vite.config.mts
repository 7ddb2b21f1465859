import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import vue from '@vitejs/plugin-vue';

const repoRoot = fileURLToPath(new URL('.', import.meta.url));

/**
 * The dev server injects component CSS as <style> elements, which the strict CSP in index.html
 * (style-src 'self') blocks. Only while serving, allow inline styles so HMR works; the built app
 * keeps the strict policy because every style is extracted to a .css file.
 */
function relaxCspForDevServer(): Plugin {
  return {
    name: 'loket-relax-csp-for-dev',
    apply: 'serve',
    transformIndexHtml(html) {
      return html.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");
    },
  };
}

/** Shared by `vite build --config renderer.vite.config.mts` (headless, e2e) and electron-vite. */
export default defineConfig({
  root: resolve(repoRoot, 'renderer'),
  // Relative asset URLs so the same build loads from file:// in Electron and from the headless server.
  base: './',
  plugins: [vue(), relaxCspForDevServer()],
  define: {
    // vue-i18n feature flags: composition API only, no devtools in production bundles.
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  build: {
    outDir: resolve(repoRoot, 'out/renderer'),
    emptyOutDir: true,
    // Electron's Chromium and Debian's Chromium are both recent; no legacy transforms needed.
    target: 'chrome120',
  },
});
