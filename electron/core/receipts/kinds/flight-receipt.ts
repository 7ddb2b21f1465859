import { formatRupiah } from '../../money';
import type { SaleRecord } from '../../sales/sale-record';
import { field, text, type ReceiptLine } from '../receipt-model';
import { detailText } from '../sale-details';
import type { KindReceipt } from './kind-receipt';

/**
 * A flight ticket (MMBC): the itinerary the customer travels on. The sale's customer number is the
 * booking code; its details hold kodeBooking, maskapai, penerbangan, rute, berangkat
 * ("20-12-2026 08:00"), penumpang ("Mr. Budi Santoso; Mrs. Sari Dewi") and, once issued,
 * ticket_number: one number per passenger joined by "|", or "Confirm" (Citilink, AirAsia: no
 * numbers, the booking code is the ticket).
 */
function passengers(sale: SaleRecord): string[] {
  return (detailText(sale, 'penumpang') ?? '').split(';').map((p) => p.trim()).filter((p) => p !== '');
}

function ticketNumbers(sale: SaleRecord): string[] {
  const value = detailText(sale, 'ticket_number') ?? sale.serial ?? '';
  return value.split('|').map((n) => n.trim()).filter((n) => /\d/.test(n));
}

export const flightReceipt: KindReceipt = {
  title: 'TIKET PESAWAT',
  subject: (sale) => {
    const lines: ReceiptLine[] = [field('Kode Booking', detailText(sale, 'kodeBooking') ?? sale.customerNo)];
    const flight = [detailText(sale, 'maskapai'), detailText(sale, 'penerbangan')].filter((v): v is string => v !== null).join(' ');
    if (flight) lines.push(field('Penerbangan', flight));
    const route = detailText(sale, 'rute');
    if (route) lines.push(field('Rute', route));
    const departs = detailText(sale, 'berangkat');
    if (departs) lines.push(field('Berangkat', departs));
    const names = passengers(sale);
    if (names.length === 0) return lines;
    // Ticket numbers only when there is one per passenger: a partial list could pin a number on the wrong person.
    const numbers = ticketNumbers(sale);
    const perPassenger = sale.state === 'success' && numbers.length === names.length;
    lines.push(text('Penumpang:'));
    names.forEach((name, i) => lines.push(perPassenger ? field(`${i + 1}. ${name}`, numbers[i] ?? '') : text(`${i + 1}. ${name}`)));
    return lines;
  },
  delivered: (sale) => {
    const ticket = detailText(sale, 'ticket_number') ?? sale.serial;
    if (!ticket) return [];
    const numbers = ticketNumbers(sale);
    if (numbers.length === 0) return [field('Status Tiket', ticket)]; // "Confirm": the booking code is the ticket
    return numbers.length === passengers(sale).length ? [] : [field('No. Tiket', numbers.join(', '))];
  },
  amounts: (sale) => [field('TOTAL BAYAR', formatRupiah(sale.price), true)],
};
