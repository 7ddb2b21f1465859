import type { Page } from 'playwright-core';

/**
 * Globals the renderer's own bundle puts on `window` (Vue's and vue-i18n's runtime markers), as
 * test/e2e/counter-smoke.e2e.test.ts reads them on the headless core, where there is no preload.
 */
export const RENDERER_OWN_GLOBALS = ['__INTLIFY_DROP_MESSAGE_COMPILER__', '__VUE_INSTANCE_SETTERS__', '__VUE_SSR_SETTERS__', '__VUE__'];

/**
 * The page's own global names that a blank page of the same browser does not have: what a preload
 * (contextBridge) or the page's own scripts added to `window`. The baseline is a fresh same-origin
 * iframe: preloads run in the main frame only (nodeIntegrationInSubFrames is off), so it holds
 * exactly the browser's standard globals. Frame indices ('0', the baseline iframe itself) are not
 * globals anyone added.
 * (A string script: this project's Node typecheck has no DOM types.)
 */
export function addedGlobals(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(`(() => {
    const frame = document.createElement('iframe');
    frame.style.display = 'none';
    document.body.appendChild(frame);
    try {
      const blank = new Set(Object.getOwnPropertyNames(frame.contentWindow));
      return Object.getOwnPropertyNames(window).filter((name) => !blank.has(name) && !/^\\d+$/.test(name)).sort();
    } finally {
      frame.remove();
    }
  })()`);
}

/** What the page has beyond the renderer's own globals: in the packaged app, only the preload's ['pos']. */
export async function globalsBeyondRenderer(page: Page): Promise<string[]> {
  return (await addedGlobals(page)).filter((name) => !RENDERER_OWN_GLOBALS.includes(name));
}

/** Node and Electron names a sandboxed, context-isolated page must not see, with their typeof. */
export function nodeGlobalsSeen(page: Page): Promise<Record<string, string>> {
  return page.evaluate<Record<string, string>>(`(() => {
    const seen = {};
    for (const name of ['require', 'process', 'module', 'Buffer', 'global', 'electron', 'ipcRenderer']) {
      if (typeof window[name] !== 'undefined') seen[name] = typeof window[name];
    }
    return seen;
  })()`);
}
