import { defineStore } from 'pinia';
import { computed, reactive, ref, shallowRef } from 'vue';
import { usePos } from '../api/pos';
import { newRequestId } from '../api/request-id';
import { createRequestAttempts } from '../composables/request-attempt';
import type { ChannelInput, ChannelOutput, ErrorBody } from '../api/contract-types';
import { sortFlights, type FlightSort, type TransitFilter } from '../components/flights/flight-order';

export type FlightArea = ChannelOutput<'flights:areas'>['areas'][number];
export type FlightSearch = ChannelOutput<'flights:search'>;
export type Flight = FlightSearch['flights'][number];
export type FlightPrice = ChannelOutput<'flights:price'>;
export type FieldError = ChannelOutput<'flights:checkPassengers'>['errors'][number];
export type PassengerType = 'adult' | 'child' | 'infant';
/** A passenger as typed: the checked fields plus the baggage choice ('' = the fare's allowance). */
export type PassengerDraft = Required<ChannelInput<'flights:checkPassengers'>['passengers'][number]> & { baggage: string };
export type Booking = ChannelOutput<'flights:booking'>;
export interface PlaceChoice {
  code: string;
  city: string;
}

/**
 * Tiket Pesawat, search side: the search form, the core's results (sorted and filtered here, for
 * display only), the chosen flight's price, and the passenger form checked by the core. Every rule
 * (past dates, infants vs adults, passenger fields) is the core's; its refusals are kept as sent.
 * Only the newest search/price answer lands, so a slow older answer never replaces a newer one.
 */
export const useFlightsStore = defineStore('flights', () => {
  const from = ref<PlaceChoice | null>(null);
  const to = ref<PlaceChoice | null>(null);
  const date = ref('');
  const mix = reactive({ adult: 1, child: 0, infant: 0 });

  const result = shallowRef<FlightSearch | null>(null);
  const searching = ref(false);
  const searchError = ref<ErrorBody | null>(null);
  const sort = ref<FlightSort>('price');
  const airlineFilter = ref('');
  const transitFilter = ref<TransitFilter>('all');
  let searchSeq = 0;

  const chosen = shallowRef<Flight | null>(null);
  const price = shallowRef<FlightPrice | null>(null);
  const pricing = ref(false);
  const priceError = ref<ErrorBody | null>(null);
  let priceSeq = 0;

  const passengers = ref<PassengerDraft[]>([]);
  const contact = reactive({ email: '', phone: '' });
  const fieldErrors = ref<FieldError[]>([]);
  const checking = ref(false);
  const checkError = ref<ErrorBody | null>(null);
  const checkedOk = ref(false);
  /** Fields the cashier has left ("0:fullName", "-1:email"): before Pesan, only their errors show. */
  const touched = ref(new Set<string>());
  const showAllErrors = ref(false);
  let checkSeq = 0;

  const booking = ref(false);
  const bookError = ref<ErrorBody | null>(null);
  /** The booking this screen just made (the view opens its detail). */
  const booked = shallowRef<Booking | null>(null);
  const makeId = { fn: newRequestId };
  const bookAttempts = createRequestAttempts(() => makeId.fn());

  const shown = computed(() =>
    sortFlights(result.value?.flights ?? [], sort.value, { airline: airlineFilter.value, transit: transitFilter.value }),
  );
  /** The airlines in this answer, for the filter (code -> name, in name order). */
  const airlines = computed(() => {
    const byCode = new Map<string, string>();
    for (const f of result.value?.flights ?? []) if (!byCode.has(f.airlineCode)) byCode.set(f.airlineCode, f.airline);
    return [...byCode].map(([code, name]) => ({ code, name })).sort((a, b) => a.name.localeCompare(b.name));
  });

  /** Adults can go down only as far as the infants on their laps allow; infants up to adults. */
  function step(type: PassengerType, delta: 1 | -1): void {
    const next = mix[type] + delta;
    if (next < (type === 'adult' ? 1 : 0) || next > 9) return;
    if (type === 'infant' && next > mix.adult) return;
    if (type === 'adult' && next < mix.infant) return;
    mix[type] = next;
  }

  function swap(): void {
    [from.value, to.value] = [to.value, from.value];
  }

  async function search(): Promise<void> {
    if (!from.value || !to.value) return;
    const seq = ++searchSeq;
    searching.value = true;
    searchError.value = null;
    forgetChoice();
    const answer = await usePos().call('flights:search', { from: from.value.code, to: to.value.code, date: date.value, ...mix });
    if (seq !== searchSeq) return;
    searching.value = false;
    if (answer.ok) {
      result.value = answer.value;
      airlineFilter.value = '';
    } else {
      result.value = null;
      searchError.value = answer.error;
    }
  }

  /** getprice for the chosen flight with the mix it was searched for (the rows' totals assume it). */
  async function choose(flight: Flight): Promise<void> {
    const searched = result.value;
    if (!searched) return;
    const seq = ++priceSeq;
    chosen.value = flight;
    price.value = null;
    priceError.value = null;
    pricing.value = true;
    resetPassengers(searched);
    const answer = await usePos().call('flights:price', {
      key: flight.key,
      searchedTotal: flight.totalPrice,
      adult: searched.adult,
      child: searched.child,
      infant: searched.infant,
    });
    if (seq !== priceSeq) return;
    pricing.value = false;
    if (answer.ok) price.value = answer.value;
    else priceError.value = answer.error;
  }

  function retryPrice(): Promise<void> {
    return chosen.value ? choose(chosen.value) : Promise.resolve();
  }

  function forgetChoice(): void {
    priceSeq += 1;
    chosen.value = null;
    price.value = null;
    priceError.value = null;
    pricing.value = false;
    fieldErrors.value = [];
    checkError.value = null;
    checkedOk.value = false;
    bookError.value = null;
  }

  function resetPassengers(searched: FlightSearch): void {
    const blank = (type: PassengerType): PassengerDraft => ({
      type,
      title: '',
      fullName: '',
      dateOfBirth: '',
      passportNumber: '',
      passportCountry: '',
      passportExpiry: '',
      baggage: '',
    });
    passengers.value = [
      ...Array.from({ length: searched.adult }, () => blank('adult')),
      ...Array.from({ length: searched.child }, () => blank('child')),
      ...Array.from({ length: searched.infant }, () => blank('infant')),
    ];
    fieldErrors.value = [];
    checkedOk.value = false;
    touched.value = new Set();
    showAllErrors.value = false;
    contact.email = '';
    contact.phone = '';
    bookError.value = null;
    booked.value = null;
  }

  /**
   * The core's passenger rules; each problem is kept with its passenger and field. `all` (the check
   * button, Pesan) shows every problem; a check on leaving a field shows only the fields left so
   * far, so an untouched form does not shout. Only the newest check's answer lands. True = no problem.
   */
  async function checkPassengers(international: boolean, all = true): Promise<boolean> {
    const flight = chosen.value;
    if (!flight) return false;
    if (all) showAllErrors.value = true;
    const seq = ++checkSeq;
    checking.value = true;
    checkError.value = null;
    const answer = await usePos().call('flights:checkPassengers', {
      flightDate: flight.date,
      international,
      airline: flight.airline,
      passengers: passengers.value.map((p) => withoutEmpty(p, international)),
      contact: { email: contact.email, phone: contact.phone },
    });
    if (seq !== checkSeq) return false;
    checking.value = false;
    if (answer.ok) {
      fieldErrors.value = answer.value.errors;
      checkedOk.value = answer.value.ok;
      return answer.value.ok;
    }
    checkError.value = answer.error;
    checkedOk.value = false;
    return false;
  }

  /** The cashier left a field: check again and show that field's verdict. */
  function leave(passenger: number, field: string, international: boolean): Promise<boolean> {
    touched.value = new Set(touched.value).add(`${passenger}:${field}`);
    return checkPassengers(international, false);
  }

  /** Errors on screen: all after Pesan/Periksa, else only the fields left; booking-level ones after Pesan only. */
  const visibleErrors = computed(() =>
    showAllErrors.value ? fieldErrors.value : fieldErrors.value.filter((e) => touched.value.has(`${e.passenger}:${e.field}`)),
  );

  function errorFor(passenger: number, field: string): string | undefined {
    return visibleErrors.value.find((e) => e.passenger === passenger && e.field === field)?.message;
  }

  /**
   * postbooking through the core (seats held, no money). One press = one request id: a second press
   * while it runs does nothing, and the same form sent again after a lost answer keeps its id, so
   * the core books once. The core's errors (its rules, the provider's lines mapped to fields) go
   * next to their fields; a refusal of the call itself (provider unavailable) is kept as sent.
   */
  async function book(): Promise<Booking | null> {
    const flight = chosen.value;
    if (!flight || booking.value) return null;
    // Either answer saying international asks for passports (the core's booking decides by the route).
    const international = flight.international || price.value?.international === true;
    const payload = {
      key: flight.key,
      passengers: passengers.value.map((p) => ({ ...withoutEmpty(p, international), ...(p.baggage ? { baggage: p.baggage } : {}) })),
      contact: { email: contact.email.trim(), phone: contact.phone.trim() },
    };
    booking.value = true;
    bookError.value = null;
    try {
      const answer = await usePos().call('flights:book', { requestId: bookAttempts.idFor(payload), ...payload });
      bookAttempts.settle(answer);
      if (!answer.ok) {
        bookError.value = answer.error;
        return null;
      }
      if (answer.value.errors.length > 0 || !answer.value.booking) {
        fieldErrors.value = answer.value.errors;
        showAllErrors.value = true;
        checkedOk.value = false;
        return null;
      }
      booked.value = answer.value.booking;
      return answer.value.booking;
    } finally {
      booking.value = false;
    }
  }

  /** Tests make request ids they can predict. */
  function setRequestIds(fn: () => string): void {
    makeId.fn = fn;
  }

  /** Editing a field after a check: the old verdict no longer describes what is typed. */
  function edited(): void {
    checkedOk.value = false;
  }

  return {
    from, to, date, mix, result, searching, searchError, sort, airlineFilter, transitFilter, shown, airlines,
    chosen, price, pricing, priceError, passengers, contact, fieldErrors, visibleErrors, checking, checkError, checkedOk,
    booking, bookError, booked,
    step, swap, search, choose, retryPrice, forgetChoice, checkPassengers, leave, errorFor, edited, book, setRequestIds,
  };
});

/** Fields not asked for are not sent (an empty date of birth is "not given", not a bad date). */
function withoutEmpty(p: PassengerDraft, international: boolean): ChannelInput<'flights:checkPassengers'>['passengers'][number] {
  return {
    type: p.type,
    title: p.title,
    fullName: p.fullName,
    ...(p.dateOfBirth ? { dateOfBirth: p.dateOfBirth } : {}),
    ...(international ? { passportNumber: p.passportNumber, passportCountry: p.passportCountry, passportExpiry: p.passportExpiry } : {}),
  };
}
