import { productCategories } from './product-category';

/**
 * What a sale row records: every product category, plus `flight` (a ticket issued from a booking,
 * priced by the booking, not by the catalogue).
 */
export const saleKinds = [...productCategories, 'flight'] as const;
export type SaleKind = (typeof saleKinds)[number];

/** Flight booking statuses: postbooking lists waiting/cancel/expired/issued, getstatusbooking adds pending. */
export const bookingStatuses = ['waiting', 'pending', 'issued', 'cancel', 'expired'] as const;
export type BookingStatusWord = (typeof bookingStatuses)[number];
