import type Database from 'better-sqlite3';

/** The last routes searched, newest first, at most 8 (the `setting` table; one route once). */
export const MAX_RECENT_ROUTES = 8;
const KEY = 'flights.recentRoutes';

export interface RecentRoute {
  from: string;
  to: string;
  searchedAt: number;
}

export function readRecentRoutes(db: Database.Database): RecentRoute[] {
  const row = db.prepare('SELECT value FROM setting WHERE key = ?').get(KEY) as { value: string } | undefined;
  if (!row) return [];
  try {
    const list = JSON.parse(row.value) as RecentRoute[];
    return Array.isArray(list) ? list.filter((r) => typeof r.from === 'string' && typeof r.to === 'string' && Number.isFinite(r.searchedAt)).slice(0, MAX_RECENT_ROUTES) : [];
  } catch {
    return [];
  }
}

export function rememberRoute(db: Database.Database, route: RecentRoute): void {
  const list = [route, ...readRecentRoutes(db).filter((r) => !(r.from === route.from && r.to === route.to))].slice(0, MAX_RECENT_ROUTES);
  db.prepare('INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(KEY, JSON.stringify(list));
}

/** Airport codes of the recent routes, most recent first, each once. */
export function recentAirportCodes(routes: readonly RecentRoute[]): string[] {
  return [...new Set(routes.flatMap((r) => [r.from, r.to]))];
}
