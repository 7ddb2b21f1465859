/**
 * The counter's jobs, in menu order; the F-key is the position (F1 = first). `owner`: only the
 * owner sees it in the menu; a cashier who opens it (URL, F-key) gets the owner-only notice, and
 * the core refuses the owner channels behind it whatever the screen does.
 */
export const JOBS = [
  { name: 'home', path: '/', key: 'F1', labelKey: 'nav.home', owner: false },
  { name: 'topup', path: '/topup', key: 'F2', labelKey: 'nav.topup', owner: false },
  { name: 'bills', path: '/bills', key: 'F3', labelKey: 'nav.bills', owner: false },
  { name: 'flights', path: '/flights', key: 'F4', labelKey: 'nav.flights', owner: false },
  { name: 'history', path: '/history', key: 'F5', labelKey: 'nav.history', owner: false },
  { name: 'reports', path: '/reports', key: 'F6', labelKey: 'nav.reports', owner: true },
  { name: 'settings', path: '/settings', key: 'F7', labelKey: 'nav.settings', owner: true },
] as const;

export type Job = (typeof JOBS)[number];

/** Pages beside the jobs, reached from the menu (no F-key). `owner`: as for JOBS. */
export const PAGES = [
  { name: 'shift', path: '/kasir', labelKey: 'counter.nav.shift', owner: false },
  { name: 'ledger', path: '/buku-besar', labelKey: 'counter.nav.ledger', owner: true },
  { name: 'audit', path: '/audit', labelKey: 'audit.nav', owner: true },
] as const;
