import type { Page } from 'playwright-core';

/**
 * Every piece of text on the page that a person cannot read whole at this window size:
 *  - a box that cuts its content (overflow hidden/clip or text-overflow ellipsis) while its content is
 *    wider than the box (scrollWidth > clientWidth);
 *  - text whose own rectangle sticks out of the visible rectangle of the box that holds it (its nearest
 *    non-inline ancestor, cut to any clipping ancestor and to the page's width).
 *  - a box that scrolls sideways (overflow auto/scroll, content wider than the box): part of its text
 *    is out of sight until someone scrolls, as Riwayat's Ref column was at 1280 (QA of issue 12).
 * Returns "where: text" for each, so a failure names what could not be read. Hidden elements are
 * skipped, and text inside a box that scrolls sideways is measured against that box only (the box
 * itself is already reported).
 * (A string script: this project's Node typecheck has no DOM types.)
 */
/**
 * Boxes that scroll sideways by design: the receipt preview is the printer's paper (32/48 columns,
 * a double-width title row) and scrolls in a narrow panel rather than reflowing what will be printed.
 */
const DELIBERATE_SCROLLERS = ['receipt-preview'];

export function overflowingTexts(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(`(() => {
    const bad = [];
    const deliberate = ${JSON.stringify(DELIBERATE_SCROLLERS)};
    const name = (el) => el.getAttribute('data-testid') || (el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : ''));
    const short = (text) => text.replace(/\\s+/g, ' ').trim().slice(0, 80);
    const visible = (el) => {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) return false;
      const s = getComputedStyle(el);
      return s.visibility !== 'hidden' && s.display !== 'none';
    };
    const cuts = (s) => ['hidden', 'clip'].includes(s.overflowX) || s.textOverflow === 'ellipsis';
    const scrolls = (s) => ['auto', 'scroll'].includes(s.overflowX);
    const docWidth = document.documentElement.clientWidth;

    for (const el of document.body.querySelectorAll('*')) {
      if (!visible(el) || ['SCRIPT', 'STYLE', 'svg', 'CANVAS', 'INPUT', 'SELECT', 'TEXTAREA', 'OPTION'].includes(el.tagName)) continue;
      const style = getComputedStyle(el);
      const text = short(el.textContent || '');
      if (text && cuts(style) && el.scrollWidth > el.clientWidth + 1) {
        bad.push(name(el) + ' cuts: ' + text);
        continue;
      }
      if (text && scrolls(style) && el.scrollWidth > el.clientWidth + 1 && !deliberate.includes(el.getAttribute('data-testid'))) {
        bad.push(name(el) + ' scrolls sideways (' + el.scrollWidth + ' > ' + el.clientWidth + ' px): ' + text);
      }
      const own = [...el.childNodes].filter((n) => n.nodeType === 3 && n.textContent.trim() !== '');
      if (own.length === 0) continue;
      // The box that holds this text: the element itself unless it is inline, then its nearest block.
      let box = el;
      while (box.parentElement && getComputedStyle(box).display === 'inline') box = box.parentElement;
      let left = box.getBoundingClientRect().left, right = box.getBoundingClientRect().right;
      // Clipping ancestors narrow what is visible. A box that really scrolls sideways (a wide table in
      // its scroller) can be read by scrolling: from there on, outer boxes and the window do not count.
      let scroller = false;
      for (let a = box.parentElement; a && a !== document.body; a = a.parentElement) {
        const s = getComputedStyle(a);
        if (scrolls(s) && a.scrollWidth > a.clientWidth + 1) { scroller = true; break; }
        if (cuts(s) || scrolls(s)) {
          const r = a.getBoundingClientRect();
          left = Math.max(left, r.left); right = Math.min(right, r.right);
        }
      }
      if (!scroller) { left = Math.max(left, 0); right = Math.min(right, docWidth); }
      for (const node of own) {
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const r of range.getClientRects()) {
          if (r.width === 0) continue;
          if (r.left < left - 1 || r.right > right + 1) {
            bad.push(name(el) + ' sticks out (' + Math.round(r.left) + '..' + Math.round(r.right) + ' in ' + Math.round(left) + '..' + Math.round(right) + '): ' + short(node.textContent));
            break;
          }
        }
      }
    }
    return [...new Set(bad)];
  })()`);
}

/** How many lines the text of this element takes (a realistic amount must take one). */
export function lineCount(page: Page, testId: string): Promise<number> {
  return page.evaluate<number>(`(() => {
    const el = document.querySelector('[data-testid="${testId}"]');
    const range = document.createRange();
    range.selectNodeContents(el);
    return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
  })()`);
}

/**
 * A picture of the whole screen: the shell scrolls inside <main>, so the window is made as tall as
 * the content for the shot (the width, which decides the layout, stays), then put back.
 */
export async function screenshotWhole(page: Page, path: string): Promise<void> {
  const size = page.viewportSize();
  if (!size) throw new Error('no viewport size');
  const tallest = await page.evaluate<number>(
    `Math.max(document.documentElement.scrollHeight, ...[...document.querySelectorAll('main, main *')].filter((el) => getComputedStyle(el).overflowY === 'auto').map((el) => el.scrollHeight + el.getBoundingClientRect().top))`,
  );
  await page.setViewportSize({ width: size.width, height: Math.min(Math.ceil(tallest), 4000) });
  await page.screenshot({ path });
  await page.setViewportSize(size);
}
