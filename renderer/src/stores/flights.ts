import { defineStore } from 'pinia';
import { computed, reactive, ref, shallowRef } from 'vue';
import { usePos } from '../api/pos';
import type { ChannelInput, ChannelOutput, ErrorBody } from '../api/contract-types';
import { sortFlights, type FlightSort, type TransitFilter } from '../components/flights/flight-order';

export type FlightArea = ChannelOutput<'flights:areas'>['areas'][number];
export type FlightSearch = ChannelOutput<'flights:search'>;
export type Flight = FlightSearch['flights'][number];
export type FlightPrice = ChannelOutput<'flights:price'>;
export type FieldError = ChannelOutput<'flights:checkPassengers'>['errors'][number];
export type PassengerType = 'adult' | 'child' | 'infant';
export type PassengerDraft = Required<ChannelInput<'flights:checkPassengers'>['passengers'][number]>;
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
    });
    passengers.value = [
      ...Array.from({ length: searched.adult }, () => blank('adult')),
      ...Array.from({ length: searched.child }, () => blank('child')),
      ...Array.from({ length: searched.infant }, () => blank('infant')),
    ];
    fieldErrors.value = [];
    checkedOk.value = false;
  }

  /** The core's passenger rules; each problem is kept with its passenger and field. */
  async function checkPassengers(international: boolean): Promise<void> {
    const flight = chosen.value;
    if (!flight || checking.value) return;
    checking.value = true;
    checkError.value = null;
    try {
      const answer = await usePos().call('flights:checkPassengers', {
        flightDate: flight.date,
        international,
        airline: flight.airline,
        passengers: passengers.value.map((p) => withoutEmpty(p, international)),
        contact: { email: contact.email, phone: contact.phone },
      });
      if (answer.ok) {
        fieldErrors.value = answer.value.errors;
        checkedOk.value = answer.value.ok;
      } else {
        checkError.value = answer.error;
        checkedOk.value = false;
      }
    } finally {
      checking.value = false;
    }
  }

  function errorFor(passenger: number, field: string): string | undefined {
    return fieldErrors.value.find((e) => e.passenger === passenger && e.field === field)?.message;
  }

  /** Editing a field after a check: the old verdict no longer describes what is typed. */
  function edited(): void {
    checkedOk.value = false;
  }

  return {
    from, to, date, mix, result, searching, searchError, sort, airlineFilter, transitFilter, shown, airlines,
    chosen, price, pricing, priceError, passengers, contact, fieldErrors, checking, checkError, checkedOk,
    step, swap, search, choose, retryPrice, forgetChoice, checkPassengers, errorFor, edited,
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
