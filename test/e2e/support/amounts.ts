import type { Page } from 'playwright-core';

/**
 * Amount cells that do not show their whole text at the current window size: wider content than
 * box (scrollWidth > clientWidth, i.e. cut or ellipsised) or sticking out of the window. Returns
 * "testid: text" for each, so a failure names what a person could not read.
 * (A string script: this project's Node typecheck has no DOM types.)
 */
export function clippedAmounts(page: Page, selector: string): Promise<string[]> {
  return page.evaluate<string[]>(`(() => {
    const bad = [];
    for (const el of document.querySelectorAll(${JSON.stringify(selector)})) {
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) continue;
      if (el.scrollWidth > el.clientWidth || rect.right > window.innerWidth + 0.5) {
        bad.push((el.getAttribute('data-testid') || el.className) + ': ' + el.textContent.trim());
      }
    }
    return bad;
  })()`);
}

/** How many elements the selector finds that are on screen (so a check of none is not a pass by accident). */
export function visibleCount(page: Page, selector: string): Promise<number> {
  return page.evaluate<number>(`[...document.querySelectorAll(${JSON.stringify(selector)})].filter((el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  }).length`);
}
