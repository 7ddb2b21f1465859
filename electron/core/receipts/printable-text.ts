/**
 * Text a receipt printer can print. Cheap POS-58/POS-80 clones know a few single-byte code pages;
 * the encoder prints `?` for a character it cannot map (`??` for an emoji), which on a customer's
 * name looks like a broken printer. So every text is reduced to printable ASCII first: accents
 * stripped (NFKD), typographic quotes and dashes mapped, emoji and other symbols dropped.
 */
const MAPPED: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '\u00B4': "'", '\u0060': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"', '\u00AB': '"', '\u00BB': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u2026': '...', '\u2022': '*', '\u00B7': '.', '\u00D7': 'x',
  '\u00DF': 'ss', '\u00C6': 'AE', '\u00E6': 'ae', '\u0152': 'OE', '\u0153': 'oe', '\u00D8': 'O', '\u00F8': 'o',
  '\u0141': 'L', '\u0142': 'l', '\u0110': 'D', '\u0111': 'd', '\u00D0': 'D', '\u00F0': 'd', '\u00DE': 'Th', '\u00FE': 'th',
};

/** Whitespace of every kind (NBSP, tabs, newlines) becomes one space: a receipt line is one line. */
const WHITESPACE = /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g;

export function printableText(input: string): string {
  const decomposed = input.normalize('NFKD').replace(/\p{M}/gu, '');
  let out = '';
  for (const ch of decomposed) {
    const mapped = MAPPED[ch];
    if (mapped !== undefined) out += mapped;
    else if (/\s/.test(ch)) out += ' ';
    else if (ch >= ' ' && ch <= '~') out += ch;
    // Anything else (emoji, ZWJ, variation selectors, other scripts) is dropped.
  }
  return out.replace(WHITESPACE, ' ').trim();
}
