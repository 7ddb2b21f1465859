import { BookingService, type BookingServiceDeps } from './booking-service';
import { BOOKINGS_PER_PASS, startBookingSync } from './booking-sync';

export interface OpenedBookings {
  service: BookingService;
  /** Stops the status sync and the sale listener (a running pass is awaited). */
  close(): Promise<void>;
}

/**
 * The booking side assembled: bookings follow their issue sales ('sales:updated', and once at start
 * for a crash between a sale's commit and its link) and open bookings are checked in the background.
 */
export function openBookings(deps: BookingServiceDeps & { syncIntervalMs?: number }): OpenedBookings {
  const service = new BookingService(deps);
  service.linkAll();
  const unsubscribe = deps.events.on((event, payload) => {
    if (event !== 'sales:updated') return;
    try {
      service.onSaleUpdated((payload as { saleId: number }).saleId);
    } catch (err) {
      console.error('[loket] booking could not follow its sale:', err);
    }
  });
  const stopSync = startBookingSync(() => service.syncSome(BOOKINGS_PER_PASS), deps.syncIntervalMs);
  return {
    service,
    close: async () => {
      unsubscribe();
      await stopSync();
    },
  };
}
