import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router';
import { JOBS } from './jobs';
import HomeView from './views/HomeView.vue';
import PlaceholderView from './views/PlaceholderView.vue';
import SettingsView from './views/SettingsView.vue';
import TopUpView from './views/TopUpView.vue';
import BillsView from './views/BillsView.vue';
import HistoryView from './views/HistoryView.vue';

const VIEWS: Partial<Record<string, RouteRecordRaw['component']>> = {
  home: HomeView,
  topup: TopUpView,
  bills: BillsView,
  history: HistoryView,
  settings: SettingsView,
};

const routes: RouteRecordRaw[] = JOBS.map((job) => ({
  path: job.path,
  name: job.name,
  component: VIEWS[job.name] ?? PlaceholderView,
  meta: { labelKey: job.labelKey },
}));
routes.push({ path: '/:rest(.*)*', redirect: '/' });

/**
 * Hash history: the same build loads from file:// in Electron (no server to rewrite paths) and
 * from the headless server, and the query string stays free for the one-time token.
 */
export function createLoketRouter() {
  return createRouter({ history: createWebHashHistory(), routes });
}
