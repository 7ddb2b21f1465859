import { defineStore } from 'pinia';
import { reactive, ref, shallowRef } from 'vue';
import { usePos } from '../api/pos';
import { newRequestId } from '../api/request-id';
import { createRequestAttempts } from '../composables/request-attempt';
import { coalesced } from './coalesce';
import type { ChannelInput, ChannelOutput, ErrorBody } from '../api/contract-types';

export type Booking = ChannelOutput<'flights:booking'>;
export type BookingSummary = ChannelOutput<'flights:bookings'>['bookings'][number];
export type BookingStatus = Booking['status'];
/** '' = every status; 'open' = waiting or pending (the core's word). */
export type BookingStatusFilter = '' | NonNullable<ChannelInput<'flights:bookings'>['status']>;
type SaleDetail = ChannelOutput<'sales:get'>;

/** Sale states that mean the issue is still on its way (the reconciler or a status check settles them). */
const IN_FLIGHT = new Set(['committed', 'sent', 'pending', 'unknown']);

/** Where an issue stands, from the booking the core holds (never guessed on screen). */
export type IssueOutcome = 'none' | 'issued' | 'in_progress' | 'failed';
export function issueOutcome(b: Pick<Booking, 'status' | 'saleId' | 'saleState'>): IssueOutcome {
  if (b.status === 'issued' || b.saleState === 'success') return 'issued';
  if (b.saleId === null || b.saleState === null) return b.status === 'pending' ? 'in_progress' : 'none';
  if (b.saleState === 'failed') return 'failed';
  return IN_FLIGHT.has(b.saleState) ? 'in_progress' : 'none';
}

/**
 * Tiket Pesawat, booking side: the bookings list (flights:bookings with the screen's filters; only
 * the newest answer lands) and one booking's detail with its actions: status check, issue (a sale:
 * the request-id rule of every money-moving form), e-ticket. The detail follows the core through
 * `flights:bookingUpdated` and `sales:updated` (the reconciler settles an issue in doubt).
 */
export const useBookingsStore = defineStore('bookings', () => {
  const filters = reactive({ status: '' as BookingStatusFilter, travelDate: '', query: '' });
  const list = shallowRef<BookingSummary[]>([]);
  const listLoaded = ref(false);
  const listLoading = ref(false);
  const listError = ref<ErrorBody | null>(null);
  let listSeq = 0;

  const current = shallowRef<Booking | null>(null);
  /** The booking the screen asked for (kept for "Coba lagi" when it could not be loaded). */
  const wantedId = ref<number | null>(null);
  const detailError = ref<ErrorBody | null>(null);
  /** The failed issue sale's reason and refund, from sales:get (the booking does not carry it). */
  const issueSale = shallowRef<SaleDetail | null>(null);
  let detailSeq = 0;

  const refreshing = ref(false);
  const refreshWarning = ref<string | null>(null);
  const refreshError = ref<ErrorBody | null>(null);
  const issuing = ref(false);
  const issueError = ref<ErrorBody | null>(null);
  const fetchingTicket = ref(false);
  const ticketError = ref<ErrorBody | null>(null);
  const makeId = { fn: newRequestId };
  const issueAttempts = createRequestAttempts(() => makeId.fn());

  const loadList = coalesced(async () => {
    const seq = ++listSeq;
    listLoading.value = true;
    const query = filters.query.trim();
    const answer = await usePos().call('flights:bookings', {
      ...(filters.status ? { status: filters.status } : {}),
      ...(filters.travelDate ? { travelDate: filters.travelDate } : {}),
      ...(query ? { query } : {}),
    });
    if (seq !== listSeq) return;
    listLoading.value = false;
    listLoaded.value = true;
    if (answer.ok) list.value = answer.value.bookings;
    listError.value = answer.ok ? null : answer.error;
  });

  /** Shows this booking (an answer the screen already has, e.g. flights:book's) and loads what goes with it. */
  function show(booking: Booking): void {
    detailSeq += 1;
    wantedId.value = booking.id;
    setCurrent(booking);
    detailError.value = null;
    clearActions();
  }

  async function open(bookingId: number): Promise<void> {
    wantedId.value = bookingId;
    if (current.value?.id !== bookingId) {
      current.value = null;
      issueSale.value = null;
      clearActions();
    }
    await reload(bookingId);
  }

  async function reload(bookingId: number): Promise<void> {
    const seq = ++detailSeq;
    const answer = await usePos().call('flights:booking', { bookingId });
    if (seq !== detailSeq) return;
    if (answer.ok) setCurrent(answer.value);
    detailError.value = answer.ok ? null : answer.error;
  }

  function close(): void {
    detailSeq += 1;
    wantedId.value = null;
    current.value = null;
    issueSale.value = null;
    detailError.value = null;
    clearActions();
  }

  function clearActions(): void {
    refreshWarning.value = null;
    refreshError.value = null;
    issueError.value = null;
    ticketError.value = null;
  }

  function setCurrent(booking: Booking): void {
    current.value = booking;
    if (issueOutcome(booking) === 'failed' && booking.saleId !== null) void loadIssueSale(booking.id, booking.saleId);
    else issueSale.value = null;
  }

  async function loadIssueSale(bookingId: number, saleId: number): Promise<void> {
    const answer = await usePos().call('sales:get', { id: saleId });
    if (answer.ok && current.value?.id === bookingId) issueSale.value = answer.value;
  }

  /** "Cek status": the provider's status now; an unanswered check changes nothing and says so. */
  async function refreshStatus(): Promise<void> {
    const booking = current.value;
    if (!booking || refreshing.value) return;
    refreshing.value = true;
    refreshError.value = null;
    refreshWarning.value = null;
    try {
      const answer = await usePos().call('flights:refreshStatus', { bookingId: booking.id });
      if (current.value?.id !== booking.id) return;
      if (answer.ok) {
        detailSeq += 1;
        setCurrent(answer.value.booking);
        refreshWarning.value = answer.value.warning;
      } else refreshError.value = answer.error;
    } finally {
      refreshing.value = false;
    }
    void loadList();
  }

  /**
   * getissued as a sale at the booking's selling price. One press at a time; the same booking and
   * price sent again after a lost answer keeps its request id (the core issues once). A refusal
   * (expired, deposit, no open shift) is kept as sent and nothing is assumed recorded.
   */
  async function issue(): Promise<boolean> {
    const booking = current.value;
    if (!booking || issuing.value) return false;
    const payload = { bookingId: booking.id, expectedPrice: booking.sellingPrice };
    issuing.value = true;
    issueError.value = null;
    try {
      const answer = await usePos().call('flights:issue', { requestId: issueAttempts.idFor(payload), ...payload });
      issueAttempts.settle(answer);
      if (answer.ok) {
        if (current.value?.id === booking.id) {
          detailSeq += 1;
          setCurrent(answer.value.booking);
          // An issue in doubt may have settled while this answer travelled (its event came first): read it again.
          if (issueOutcome(answer.value.booking) === 'in_progress') void reload(booking.id);
        }
      } else {
        issueError.value = answer.error;
        // The refusal may come from a booking that moved (expired, issued elsewhere): show the core's record.
        void reload(booking.id);
      }
      return answer.ok;
    } finally {
      issuing.value = false;
      void loadList();
    }
  }

  /** The e-ticket PDF as the core keeps it; null (reason kept) when it could not be had. */
  async function eticket(): Promise<{ fileName: string; base64: string } | null> {
    const booking = current.value;
    if (!booking || fetchingTicket.value) return null;
    fetchingTicket.value = true;
    ticketError.value = null;
    try {
      const answer = await usePos().call('flights:eticket', { bookingId: booking.id });
      ticketError.value = answer.ok ? null : answer.error;
      return answer.ok ? answer.value : null;
    } finally {
      fetchingTicket.value = false;
    }
  }

  let stopListening: (() => void) | null = null;

  /** Follows the core while the screen is open: a booking or its issue sale moved. */
  function start(): void {
    if (stopListening) return;
    const pos = usePos();
    const offBooking = pos.on('flights:bookingUpdated', ({ bookingId }) => {
      if (current.value?.id === bookingId) void reload(bookingId);
      if (listLoaded.value) void loadList();
    });
    const offSale = pos.on('sales:updated', ({ saleId }) => {
      const booking = current.value;
      if (booking && booking.saleId === saleId) void reload(booking.id);
    });
    stopListening = () => {
      offBooking();
      offSale();
    };
  }

  function stop(): void {
    stopListening?.();
    stopListening = null;
  }

  /** Tests make request ids they can predict. */
  function setRequestIds(fn: () => string): void {
    makeId.fn = fn;
  }

  return {
    filters, list, listLoaded, listLoading, listError, current, wantedId, detailError, issueSale,
    refreshing, refreshWarning, refreshError, issuing, issueError, fetchingTicket, ticketError,
    loadList, show, open, reload, close, refreshStatus, issue, eticket, start, stop, setRequestIds,
  };
});
