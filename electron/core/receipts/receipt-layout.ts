import type { Receipt, ReceiptLine } from './receipt-model';

/** Paper widths Loket prints on, in characters of the printer's normal font (font A). */
export type PaperWidth = '58mm' | '80mm';
export const PAPER_COLUMNS: Record<PaperWidth, number> = { '58mm': 32, '80mm': 48 };

/**
 * One printed row. `width` 2 doubles each character's width (so the row holds half as many),
 * `height` 2 doubles its height. A row's text never passes columns / width.
 */
export type LayoutRow =
  | { type: 'text'; text: string; align: 'left' | 'center' | 'right'; bold: boolean; width: 1 | 2; height: 1 | 2 }
  | { type: 'qr'; payload: string };

/**
 * The receipt laid out for a paper width: wrapping, label/value alignment and the large token
 * happen here, once, so the ESC/POS bytes, the PDF and the preview break lines the same way.
 */
export function layoutReceipt(receipt: Receipt, paper: PaperWidth): LayoutRow[] {
  const columns = PAPER_COLUMNS[paper];
  return receipt.lines.flatMap((line) => layoutLine(line, columns));
}

function layoutLine(line: ReceiptLine, columns: number): LayoutRow[] {
  const row = (value: string, align: 'left' | 'center' | 'right' = 'left', bold = false, width: 1 | 2 = 1, height: 1 | 2 = 1): LayoutRow => ({
    type: 'text',
    text: value,
    align,
    bold,
    width,
    height,
  });
  switch (line.type) {
    case 'title':
      return wrap(line.text, columns).map((t) => row(t, 'center', true, 1, 2));
    case 'text':
      return wrap(line.text, columns).map((t) => row(t, line.align, line.bold));
    case 'rule':
      return [row('-'.repeat(columns))];
    case 'qr':
      return [{ type: 'qr', payload: line.payload }];
    case 'token':
      // Double width and height: 5 groups of 4 fit one 80 mm row (24 of 24), two rows on 58 mm.
      return packGroups(line.groups, Math.floor(columns / 2)).map((t) => row(t, 'center', true, 2, 2));
    case 'field': {
      const gap = columns - line.label.length - line.value.length;
      if (gap >= 1) return [row(`${line.label}${' '.repeat(gap)}${line.value}`, 'left', line.bold)];
      return [...wrap(line.label, columns).map((t) => row(t, 'left', line.bold)), ...wrap(line.value, columns - 2).map((t) => row(`  ${t}`, 'left', line.bold))];
    }
  }
}

/** Groups joined with '-' and broken between groups, never inside one. */
function packGroups(groups: string[], width: number): string[] {
  const rows: string[] = [];
  let current = '';
  for (const g of groups) {
    const next = current ? `${current}-${g}` : g;
    if (next.length <= width || !current) current = next;
    else {
      rows.push(current);
      current = g;
    }
  }
  if (current) rows.push(current);
  return rows;
}

/** Word wrap to `width` characters; a word longer than a row is cut (a reference must print whole, over two rows). */
export function wrap(value: string, width: number): string[] {
  const rows: string[] = [];
  let current = '';
  for (const word of value.split(' ').filter(Boolean)) {
    let rest = word;
    while (rest.length > 0) {
      const joined = current ? `${current} ${rest}` : rest;
      if (joined.length <= width) {
        current = joined;
        rest = '';
      } else if (current) {
        rows.push(current);
        current = '';
      } else {
        rows.push(rest.slice(0, width));
        rest = rest.slice(width);
      }
    }
  }
  if (current) rows.push(current);
  return rows.length > 0 ? rows : [''];
}
