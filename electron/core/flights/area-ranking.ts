/**
 * Autocomplete of airports for the search form: the cashier types a code ("SUB") or a city, often
 * with a slip ("Jakrta", "Srabaya"). Ranking: exact code, then a code or city (word) prefix, then
 * typo-tolerant matches by edit distance; within a rank, airports of recent routes first, then the
 * provider's own order (it lists the big hubs first).
 */
export interface Area {
  code: string;
  city: string;
}

export interface RankedArea extends Area {
  recent: boolean;
}

const MAX_RESULTS = 20;

export function rankAreas(areas: readonly Area[], rawQuery: string, recentCodes: readonly string[]): RankedArea[] {
  const query = fold(rawQuery);
  const recentOrder = new Map(recentCodes.map((code, i) => [code.toUpperCase(), i]));
  const scored: { area: Area; rank: number; index: number }[] = [];
  areas.forEach((area, index) => {
    const rank = query === '' ? 0 : matchRank(area, query);
    if (rank !== null) scored.push({ area, rank, index });
  });
  const recentIndex = (a: Area) => recentOrder.get(a.code.toUpperCase()) ?? Number.MAX_SAFE_INTEGER;
  scored.sort((a, b) => a.rank - b.rank || recentIndex(a.area) - recentIndex(b.area) || a.index - b.index);
  return scored.slice(0, MAX_RESULTS).map(({ area }) => ({ code: area.code, city: area.city, recent: recentOrder.has(area.code.toUpperCase()) }));
}

/** 0 exact code, 1 code prefix, 2 city prefix, 3 word prefix, 4 + edits for a typo, null = no match. */
function matchRank(area: Area, query: string): number | null {
  const code = fold(area.code);
  const city = fold(area.city);
  if (code === query) return 0;
  if (code.startsWith(query)) return 1;
  if (city.startsWith(query)) return 2;
  const words = city.split(' ');
  if (words.some((w) => w.startsWith(query))) return 3;
  if (query.length < 3) return null;
  const allowed = query.length <= 4 ? 1 : 2;
  // Against the whole city, each word, and the city cut to the typed length (typing is still under way).
  const candidates = [city, ...words, city.slice(0, query.length), city.slice(0, query.length + 1)];
  const best = Math.min(...candidates.map((c) => editDistance(query, c)), query.length === 3 ? editDistance(query, code) : Infinity);
  return best <= allowed ? 4 + best : null;
}

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Optimal string alignment distance: insert, delete, substitute, swap two neighbours = 1 each. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}
