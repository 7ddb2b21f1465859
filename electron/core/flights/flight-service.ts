import type { z } from 'zod';
import type { airlineView, flightChannels } from '../api/channels/flights';
import { AppError } from '../errors/app-error';
import type { Ledger } from '../ledger';
import type { MmbcClient } from '../providers/mmbc';
import type { ReadResult } from '../providers/outcome';
import type { ProviderService } from '../providers/registry/provider-service';
import { rankAreas, type Area } from './area-ranking';
import { AirlineLogos } from './airline-logos';
import { CachedList } from './cached-list';
import { decodeFlightKey, estimatedTotal, toFlightView, type PassengerMix } from './flight-rows';
import { isInternationalRoute } from './international';
import { passengerMixProblem } from './passenger-rules';
import { markupFor, readFlightMarkup } from './pricing-rule';
import { readRecentRoutes, recentAirportCodes, rememberRoute } from './recent-routes';

type Out<C extends keyof typeof flightChannels> = z.output<(typeof flightChannels)[C]['output']>;
type Airline = z.output<typeof airlineView>;

/**
 * The search side of Tiket Pesawat over MMBC's flight API: airports and airlines (cached), search,
 * price. Reads only: no seat is held and no money moves. A read the provider did not answer is an
 * error the cashier sees, never an empty result.
 */
export class FlightService {
  readonly areas: CachedList<Area>;
  readonly airlines: CachedList<Airline>;
  /** Logos fetched once into the ledger's settings, answered as data: URLs (the renderer's CSP allows no remote image). */
  private readonly logos: AirlineLogos;

  constructor(private readonly deps: { ledger: Ledger; providers: ProviderService }) {
    const db = deps.ledger.db;
    const now = () => deps.ledger.now();
    this.logos = new AirlineLogos({ db, now });
    this.areas = new CachedList<Area>({ db, now, key: 'flights.cache.areas', label: 'Daftar bandara', fetch: () => this.client().getAreas() });
    this.airlines = new CachedList<Airline>({
      db,
      now,
      key: 'flights.cache.airlines',
      label: 'Daftar maskapai',
      fetch: async () => {
        const result = await this.client().getAirlines();
        return result.ok ? { ok: true, value: result.value.map((a) => ({ code: a.code, name: a.name, logoUrl: a.image?.trim() ? a.image.trim() : null })) } : result;
      },
    });
  }

  async findAreas(query: string): Promise<Out<'flights:areas'>> {
    const list = await this.areas.get();
    const recent = recentAirportCodes(readRecentRoutes(this.deps.ledger.db));
    return { source: list.source, fetchedAt: list.fetchedAt, warning: list.warning, areas: rankAreas(list.items, query, recent) };
  }

  async listAirlines(): Promise<Out<'flights:airlines'>> {
    const list = await this.airlines.get();
    this.logos.refreshInBackground(list.items.map((a) => a.logoUrl));
    const airlines = list.items.map((a) => ({ ...a, logoUrl: this.logos.dataUrlFor(a.logoUrl) ?? a.logoUrl }));
    return { source: list.source, fetchedAt: list.fetchedAt, warning: list.warning, airlines };
  }


  recentRoutes(): Out<'flights:recentRoutes'> {
    const routes = readRecentRoutes(this.deps.ledger.db);
    const cities = this.knownCities();
    return { routes: routes.map((r) => ({ ...r, fromCity: cities.get(r.from) ?? null, toCity: cities.get(r.to) ?? null })) };
  }

  async search(input: { from: string; to: string; date: string } & PassengerMix): Promise<Out<'flights:search'>> {
    this.refuseTrip(input.from, input.to, input.date, input);
    await this.refuseUnknownAirports(input.from, input.to);
    const result = await againOnReset(() => this.client().searchFlights({ from: input.from, to: input.to, date: input.date }));
    const answer = this.answered(result, 'Pencarian penerbangan');
    const searchedAt = this.deps.ledger.now();
    rememberRoute(this.deps.ledger.db, { from: input.from, to: input.to, searchedAt });
    this.logos.refreshInBackground(answer.flights.map((f) => f.image));
    return {
      searchedAt,
      from: input.from,
      to: input.to,
      date: input.date,
      adult: input.adult,
      child: input.child,
      infant: input.infant,
      flights: answer.flights.map((f) => toFlightView(f, input.date, input, (url) => this.logos.dataUrlFor(url))),
      rejected: answer.rejected,
    };
  }

  async price(input: { key: string; searchedTotal?: number } & PassengerMix): Promise<Out<'flights:price'>> {
    const key = decodeFlightKey(input.key);
    if (!key) throw new AppError('invalid_input', 'Data penerbangan tidak dikenal. Cari ulang penerbangannya.');
    this.refuseTrip(key.from, key.to, key.date, input);
    const client = this.client();
    const query = { from: key.from, to: key.to, date: key.date, flight: key.flight };
    const mixed = input.child + input.infant > 0;
    // With children or infants the search's fare (one adult) is compared with an adult-only price, asked at the same time.
    const [party, oneAdult] = await Promise.all([
      againOnReset(() => client.getPrice({ ...query, adult: input.adult, child: input.child, infant: input.infant })),
      mixed ? againOnReset(() => client.getPrice({ ...query, adult: 1, child: 0, infant: 0 })) : Promise.resolve(null),
    ]);
    const quote = this.answered(party, 'Cek harga', key.flight);
    const adultNow = oneAdult === null ? Math.round(quote.totalFare / input.adult) : oneAdult.ok ? oneAdult.value.totalFare : key.adultPrice;
    const searchedTotal = input.searchedTotal ?? estimatedTotal(key.adultPrice, input).total;
    const changed = mixed ? adultNow !== key.adultPrice : quote.totalFare !== key.adultPrice * input.adult;
    const [departTime, arriveTime] = (quote.time ?? '').split('-').map((t) => t.trim());
    const markup = markupFor(readFlightMarkup(this.deps.ledger.db), input.adult + input.child + input.infant);
    return {
      key: input.key,
      airline: quote.airline,
      flightNumber: quote.flightCode,
      from: quote.from,
      to: quote.to,
      date: quote.date,
      departTime: departTime || null,
      arriveTime: arriveTime || null,
      transitLabel: quote.transit ?? null,
      flightClass: quote.flightClass ?? null,
      seatsLeft: quote.seatsLeft ?? null,
      adult: input.adult,
      child: input.child,
      infant: input.infant,
      publishFare: quote.publishFare,
      tax: quote.tax,
      total: quote.totalFare,
      changedFrom: changed && searchedTotal !== quote.totalFare ? searchedTotal : null,
      pricedAt: this.deps.ledger.now(),
      international: isInternationalRoute(key.from, key.to),
      // The outlet's markup for this party (per passenger, infants included), as a booking would fix it now.
      sellingPrice: quote.totalFare + markup,
      markup,
    };
  }

  /** Refusals that need no provider: same city, a past date (the outlet's business day), the passenger mix. */
  private refuseTrip(from: string, to: string, date: string, mix: PassengerMix): void {
    if (from === to) throw new AppError('invalid_input', 'Kota asal dan kota tujuan tidak boleh sama.');
    const today = this.deps.ledger.businessDay();
    if (date < today) throw new AppError('invalid_input', `Tanggal berangkat ${dmy(date)} sudah lewat (hari ini ${dmy(today)}).`);
    const problem = passengerMixProblem(mix);
    if (problem) throw new AppError('invalid_input', problem);
  }

  /**
   * Against the provider's airport list: the stored copy when it knows both codes (no extra call
   * before the search), else the list fetched again (a city MMBC added since); without any list the
   * provider judges.
   */
  private async refuseUnknownAirports(from: string, to: string): Promise<void> {
    const knows = (items: readonly Area[]) => {
      const codes = new Set(items.map((a) => a.code.toUpperCase()));
      return { from: codes.has(from), to: codes.has(to) };
    };
    const stored = this.areas.peek();
    if (stored && knows(stored).from && knows(stored).to) return;
    let known: { from: boolean; to: boolean };
    try {
      known = knows((await this.areas.get()).items);
    } catch {
      return;
    }
    if (!known.from) throw new AppError('invalid_input', `Kode bandara asal "${from}" tidak dikenal. Pilih kota dari daftar.`);
    if (!known.to) throw new AppError('invalid_input', `Kode bandara tujuan "${to}" tidak dikenal. Pilih kota dari daftar.`);
  }

  private knownCities(): Map<string, string> {
    const row = this.deps.ledger.db.prepare('SELECT value FROM setting WHERE key = ?').get('flights.cache.areas') as { value: string } | undefined;
    try {
      const items = row ? (JSON.parse(row.value) as { items: Area[] }).items : [];
      return new Map(items.map((a) => [a.code, a.city]));
    } catch {
      return new Map();
    }
  }

  private answered<T>(result: ReadResult<T>, what: string, flight?: string): T {
    if (result.ok) return result.value;
    if (result.code === 'no_result') {
      // getprice answers "no result" both for a flight gone and for too few seats left for the party.
      throw new AppError('not_found', `Penerbangan ${flight ?? ''} tidak tersedia lagi di MMBC (jadwal berubah atau kursi tidak cukup untuk jumlah penumpang ini). Cari ulang penerbangannya.`.replace('  ', ' '));
    }
    if (result.code === 'invalid_input') throw new AppError('invalid_input', result.message);
    throw new AppError('provider_unavailable', `${what} belum berhasil: ${result.message} Tidak ada hasil yang ditampilkan; coba lagi.`);
  }

  private client(): MmbcClient {
    return this.deps.providers.client('mmbc') as MmbcClient;
  }
}

/**
 * A read whose connection was cut is asked once more: after the provider (or the modem) comes back,
 * the first request may go out on a kept-alive socket that died meanwhile. Reads only: safe to repeat.
 */
async function againOnReset<T>(read: () => Promise<ReadResult<T>>): Promise<ReadResult<T>> {
  const first = await read();
  return !first.ok && first.code === 'connection_reset' ? read() : first;
}

function dmy(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}-${m}-${y}`;
}
