import { AppError } from '../../errors/app-error';
import type { Handlers } from '../dispatch';

type ExportHandlers = Pick<Handlers, 'exports:start' | 'exports:status' | 'exports:cancel' | 'exports:list' | 'exports:settings' | 'exports:setSettings'>;

const notYet = (): never => {
  throw new AppError('internal', 'Belum tersedia.');
};

// Placeholder while the export module is built (issue 9).
export function exportHandlers(): ExportHandlers {
  return { 'exports:start': notYet, 'exports:status': notYet, 'exports:cancel': notYet, 'exports:list': notYet, 'exports:settings': notYet, 'exports:setSettings': notYet };
}
