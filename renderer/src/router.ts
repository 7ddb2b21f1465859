import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router';
import { JOBS } from './jobs';
import HomeView from './views/HomeView.vue';
import PlaceholderView from './views/PlaceholderView.vue';

const routes: RouteRecordRaw[] = JOBS.map((job) => ({
  path: job.path,
  name: job.name,
  component: job.name === 'home' ? HomeView : PlaceholderView,
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
