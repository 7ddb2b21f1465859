import { AppError } from '../../errors/app-error';
import type { Handlers } from '../dispatch';

type ReportHandlers = Pick<Handlers, 'reports:today' | 'reports:summary' | 'reports:depositMovements' | 'reports:cashMovements' | 'reports:charts'>;

const notYet = (): never => {
  throw new AppError('internal', 'Belum tersedia.');
};

// Placeholder while the report module is built (issue 9).
export function reportHandlers(): ReportHandlers {
  return { 'reports:today': notYet, 'reports:summary': notYet, 'reports:depositMovements': notYet, 'reports:cashMovements': notYet, 'reports:charts': notYet };
}
