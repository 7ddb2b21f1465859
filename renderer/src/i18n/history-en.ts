import type { HistoryMessages } from './history-id';

/** Riwayat: the sales list and a sale's detail. */
export const historyEn: HistoryMessages = {
  title: 'Sales history',
  search: 'Search number or ref',
  searchPlaceholder: 'customer number, ref, SN',
  state: 'Status',
  allStates: 'All statuses',
  from: 'From',
  to: 'To',
  apply: 'Search',
  empty: 'No matching sales.',
  loading: 'Loading…',
  time: 'Time',
  detail: 'Sale details',
  chooseSale: 'Choose a sale to see its details.',
  events: 'State changes',
  billLines: 'Bill lines',
  created: 'Created',
  settled: 'Settled',
  message: 'Message',
  refund: 'Refund',
  refundState: { none: '—', due: 'To give back', paid: 'Given back' },
  source: {
    cashier: 'cashier',
    provider: 'provider',
    poll: 'status check',
    callback: 'callback',
    recovery: 'recovery',
    operator: 'operator',
  },
};
