import { AppError } from '../../errors/app-error';
import type { Handlers } from '../dispatch';

type ShiftHandlers = Pick<Handlers, 'shifts:current' | 'shifts:open' | 'shifts:previewClose' | 'shifts:close' | 'shifts:report' | 'shifts:list' | 'shifts:printReport' | 'shifts:reportPdf' | 'day:status' | 'day:close'>;

const notYet = (): never => {
  throw new AppError('internal', 'Belum tersedia.');
};

// Placeholder while the shift module is built (issue 9).
export function shiftHandlers(): ShiftHandlers {
  return { 'shifts:current': notYet, 'shifts:open': notYet, 'shifts:previewClose': notYet, 'shifts:close': notYet, 'shifts:report': notYet, 'shifts:list': notYet, 'shifts:printReport': notYet, 'shifts:reportPdf': notYet, 'day:status': notYet, 'day:close': notYet };
}
