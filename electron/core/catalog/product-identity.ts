/**
 * What makes two providers' lines the same real product, for the products whose lines carry no
 * shared code: data packages (operator + package name + quota + validity) and local billers
 * (utility name with its region). Conservative on purpose: lines merge only when their whole name
 * matches once case, spacing, punctuation and the known spellings of the same word are set aside,
 * so "Tri Happy 6GB 30 Hari" and "Tri Happy 6GB 28 Hari", or "Kab. Bekasi" and "Kota Bekasi", stay
 * two products. A line whose quota or validity cannot be read keeps its per-provider id.
 */

/** Acronyms written in capitals on purpose; any other all-capital word of 4+ letters is a provider's shouting. */
const ACRONYMS = new Set(['PDAM', 'BPJS', 'DANA', 'PALYJA', 'AIGO', 'OWSEM', 'PSTN', 'PBB']);

/** "INDOSAT FREEDOM" -> "Indosat Freedom"; short acronyms (XL, TV, DKI, OMG!) and mixed-case words stay. */
export function tidyCasing(text: string): string {
  return text
    .split(' ')
    .map((word) => {
      const letters = word.replace(/[^A-Za-z]/g, '');
      if (letters.length < 4 || letters !== letters.toUpperCase() || ACRONYMS.has(letters)) return word;
      return word.charAt(0) + word.slice(1).toLowerCase();
    })
    .join(' ');
}

/**
 * A data package's name in one form: "Tri AlwaysOn 6GB, masa aktif 30 Hari" and "Tri AlwaysOn 6GB /
 * 30 Hari" both read "Tri AlwaysOn 6GB 30 Hari"; quota units in capitals, "HARI" as "Hari". The
 * provider's casing stays until the product view picks the best-written name (product-view.ts).
 */
export function tidyDataName(name: string): string {
  const text = name
    .replace(/\bmasa aktif\b/gi, ' ')
    .replace(/\s*[/,]\s+|\s+[/,]\s*/g, ' ')
    .replace(/(\d)\s*(gb|mb)\b/gi, (_m, d: string, unit: string) => `${d}${unit.toUpperCase()}`)
    .replace(/\bhari\b/gi, 'Hari')
    .replace(/\s+/g, ' ')
    .trim();
  return text;
}

/** The part of a data id after `data:<operator>:`, or null when quota or validity is not in the name. */
export function dataIdentity(name: string): string | null {
  const tidy = tidyCasing(tidyDataName(name));
  if (!/\d+(?:[.,]\d+)?(GB|MB)\b/.test(tidy) || !/\d+ Hari\b/.test(tidy)) return null;
  return slug(tidy.replace(/(\d),(\d)/g, '$1.$2'));
}

/**
 * Words the providers spell more than one way, in the one form the counter shows: "Kab." as the
 * "Kabupaten" most billers write, XL's "HotRod" as XL and most lists write it (not "Hotrod").
 * Display only: ids come from billerIdentity/dataIdentity, which already read these forms as one.
 */
const SPELLINGS: readonly (readonly [RegExp, string])[] = [
  [/\bkab\b\.?/gi, 'Kabupaten'],
  [/\bhotrod\b/gi, 'HotRod'],
];

/** A product name with each word in its one shown spelling (see SPELLINGS). */
export function displaySpelling(name: string): string {
  return SPELLINGS.reduce((text, [pattern, form]) => text.replace(pattern, form), name);
}

/** A local biller's name with its spaces collapsed (casing: see tidyCasing). */
export function tidyBillerName(name: string): string {
  return name.replace(/\s+/g, ' ').trim();
}

/** All-capital words of 4+ letters that are not acronyms: fewer means better written. */
export function shoutingWords(name: string): number {
  return name.split(' ').filter((w) => tidyCasing(w) !== w).length;
}

/**
 * The part of a local biller's id after `bill:<type>:`: the name with its region, the forms of the
 * same words made one ("Perumda(m)", "Perumda Air Minum" -> "PDAM"; "Kab." -> "Kabupaten"), then
 * case, spaces and punctuation dropped. "Kota" stays: Kota and Kabupaten are different utilities.
 */
export function billerIdentity(name: string): string | null {
  const key = name
    .toLowerCase()
    .replace(/\bperumda\s+air\s+minum\b|\bperumdam\b|\bperumda\b/g, 'pdam')
    .replace(/\bkab\b\.?/g, 'kabupaten')
    .replace(/[^a-z0-9]+/g, '');
  return key.length > 0 ? key : null;
}

/** Lower case, words joined by '-', only [a-z0-9.+-]: an id part with no spaces or colons. */
function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/\+/g, ' plus ')
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
