import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router';
import { JOBS, PAGES } from './jobs';
import HomeView from './views/HomeView.vue';
import PlaceholderView from './views/PlaceholderView.vue';
import SettingsView from './views/SettingsView.vue';
import TopUpView from './views/TopUpView.vue';
import BillsView from './views/BillsView.vue';
import HistoryView from './views/HistoryView.vue';
import LedgerView from './views/LedgerView.vue';
import ShiftView from './views/ShiftView.vue';

const VIEWS: Partial<Record<string, RouteRecordRaw['component']>> = {
  home: HomeView,
  topup: TopUpView,
  bills: BillsView,
  flights: () => import('./views/FlightsView.vue'),
  history: HistoryView,
  reports: () => import('./views/ReportsView.vue'),
  settings: SettingsView,
};

/** Screens that sell: without an open shift they show "Kasir belum dibuka" instead (App.vue). */
const NEEDS_SHIFT = new Set<string>(['topup', 'bills']);

const routes: RouteRecordRaw[] = JOBS.map((job) => ({
  path: job.path,
  name: job.name,
  component: VIEWS[job.name] ?? PlaceholderView,
  meta: { labelKey: job.labelKey, needsShift: NEEDS_SHIFT.has(job.name), owner: job.owner },
}));
// Pages that are not a cashier's job (no F-key): the counter's shift, and the owner's Buku besar.
const PAGE_VIEWS = { shift: ShiftView, ledger: LedgerView, audit: () => import('./views/AuditView.vue') } satisfies Record<(typeof PAGES)[number]['name'], unknown>;
for (const page of PAGES) {
  routes.push({ path: page.path, name: page.name, component: PAGE_VIEWS[page.name], meta: { labelKey: page.labelKey, owner: page.owner } });
}
routes.push({ path: '/:rest(.*)*', redirect: '/' });

/*
 * `meta.owner`: an owner page. For a cashier the shell shows "Halaman ini hanya untuk pemilik" in
 * its place (App shell), so a typed URL or an F-key never opens it; the core refuses its channels.
 */

/**
 * Hash history: the same build loads from file:// in Electron (no server to rewrite paths) and
 * from the headless server, and the query string stays free for the one-time token.
 */
export function createLoketRouter() {
  return createRouter({ history: createWebHashHistory(), routes });
}
