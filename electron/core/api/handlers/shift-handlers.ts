import type { EventBus } from '../../app/event-bus';
import { AppError } from '../../errors/app-error';
import type { Ledger } from '../../ledger';
import type { DeliveryOptions } from '../../receipts/network-printer';
import type { OsPrinterPort } from '../../receipts/os-printer-port';
import { salesOpenNow } from '../../shifts/carried-over';
import { closeDay, dayRecap, unclosedDays, type DayRecap } from '../../shifts/day-close';
import { ShiftBook, type ShiftWrite } from '../../shifts/shift-book';
import { shiftCashierName } from '../../shifts/shift-cashier';
import { toShiftView } from '../../shifts/shift-record';
import { currentShift, shiftReport } from '../../shifts/shift-report';
import { printShiftReport, shiftReportPdf } from '../../shifts/shift-report-printing';
import type { Handlers } from '../dispatch';

type ShiftHandlers = Pick<Handlers, 'shifts:current' | 'shifts:open' | 'shifts:previewOpen' | 'shifts:previewClose' | 'shifts:close' | 'shifts:report' | 'shifts:list' | 'shifts:printReport' | 'shifts:reportPdf' | 'day:status' | 'day:unclosed' | 'day:close'>;

export interface ShiftHandlerDeps {
  ledger: Ledger;
  events: EventBus;
  osPrinters?: OsPrinterPort;
  delivery?: DeliveryOptions;
  /**
   * The automatic export of a closed day (the owner's folder). Run after the close is recorded; its
   * failure never undoes the close. `{ path: null, error: null }` means the owner turned it off.
   */
  autoExportDay?: (day: string) => Promise<{ path: string | null; error: string | null }>;
}

/** Shifts (buka/tutup kasir) and the day close behind the contract; every rule lives in electron/core/shifts. */
export function shiftHandlers(deps: ShiftHandlerDeps): ShiftHandlers {
  const { ledger, events } = deps;
  const book = new ShiftBook(ledger);
  const announce = (write: ShiftWrite) => {
    if (!write.changed) return write.shift;
    if (write.entryId !== null) events.emit('ledger:changed', { entryId: write.entryId });
    events.emit('shifts:changed', { shiftId: write.shift.id });
    return write.shift;
  };
  const autoExport = async (day: string): Promise<DayRecap['autoExport']> => {
    if (!deps.autoExportDay) return null;
    try {
      const result = await deps.autoExportDay(day);
      return result.path === null && result.error === null ? null : result;
    } catch (err) {
      console.error(`[loket] automatic export of ${day} failed:`, err);
      return { path: null, error: err instanceof Error ? err.message : String(err) };
    }
  };
  return {
    'shifts:current': () => {
      const open = book.repo.open();
      return { current: open ? currentShift(ledger, open) : null };
    },
    'shifts:open': (input, call) => toShiftView(announce(book.open({ ...input, cashier: shiftCashierName(input.cashier, call.user) }))),
    'shifts:previewOpen': (input) => book.previewOpen(input.float),
    'shifts:previewClose': (input) => {
      const preview = book.previewClose(input.counted);
      return { expectedCash: preview.expectedCash, countedCash: preview.countedCash, difference: preview.difference, carriedOver: salesOpenNow(ledger.db) };
    },
    'shifts:close': (input) => shiftReport(ledger, announce(book.close(input))),
    'shifts:report': (input) => shiftReport(ledger, book.get(input.id)),
    'shifts:list': (input) => {
      const today = ledger.businessDay();
      const to = input.to ?? today;
      const from = input.from ?? to;
      if (from > to) throw new AppError('invalid_input', `Tanggal awal ${from} sesudah tanggal akhir ${to}.`);
      return { shifts: book.repo.between(from, to).map(toShiftView) };
    },
    'shifts:printReport': (input) => printShiftReport(ledger, shiftReport(ledger, book.get(input.id)), { ...deps.delivery, osPrinters: deps.osPrinters }),
    'shifts:reportPdf': (input) => shiftReportPdf(ledger, shiftReport(ledger, book.get(input.id))),
    'day:status': (input) => dayRecap(ledger, input.day ?? ledger.businessDay()),
    'day:unclosed': () => ({ days: unclosedDays(ledger) }),
    'day:close': async (input) => {
      const { recap, changed } = closeDay(ledger, input);
      if (!changed) return recap;
      events.emit('shifts:changed', { shiftId: null });
      return { ...recap, autoExport: await autoExport(input.day) };
    },
  };
}
