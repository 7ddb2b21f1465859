/** The cashier's jobs, in menu order; the F-key is the position (F1 = first). */
export const JOBS = [
  { name: 'home', path: '/', key: 'F1', labelKey: 'nav.home' },
  { name: 'topup', path: '/topup', key: 'F2', labelKey: 'nav.topup' },
  { name: 'bills', path: '/bills', key: 'F3', labelKey: 'nav.bills' },
  { name: 'flights', path: '/flights', key: 'F4', labelKey: 'nav.flights' },
  { name: 'history', path: '/history', key: 'F5', labelKey: 'nav.history' },
  { name: 'reports', path: '/reports', key: 'F6', labelKey: 'nav.reports' },
  { name: 'settings', path: '/settings', key: 'F7', labelKey: 'nav.settings' },
] as const;

export type Job = (typeof JOBS)[number];

/**
 * Pages beside the jobs, reached from the menu (no F-key). `owner`: listed only in owner view. The
 * core has no roles until issue 11, so this hides a page from the cashier's menu, it guards nothing.
 */
export const PAGES = [
  { name: 'shift', path: '/kasir', labelKey: 'counter.nav.shift', owner: false },
  { name: 'ledger', path: '/buku-besar', labelKey: 'counter.nav.ledger', owner: true },
] as const;
