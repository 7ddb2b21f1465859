import type { Ledger } from '../../ledger';
import { cashMovements, depositMovements, reportCharts, summarizeSales, todaySummary } from '../../reports';
import type { Handlers } from '../dispatch';

type ReportHandlers = Pick<Handlers, 'reports:today' | 'reports:summary' | 'reports:depositMovements' | 'reports:cashMovements' | 'reports:charts'>;

/** Laporan and Home: read-only; the channel schemas have already refused impossible dates and ranges. */
export function reportHandlers(ledger: Ledger): ReportHandlers {
  return {
    'reports:today': () => todaySummary(ledger),
    'reports:summary': (range) => summarizeSales(ledger, range),
    'reports:depositMovements': (range) => depositMovements(ledger, range),
    'reports:cashMovements': (range) => cashMovements(ledger, range),
    'reports:charts': ({ day }) => reportCharts(ledger, day),
  };
}
