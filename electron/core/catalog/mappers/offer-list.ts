import type { ProviderId } from '../../domain/provider-id';
import { rupiah, type Rupiah } from '../../money';
import { isValidProductId } from '../product-id';
import type { MappedPriceList, NormalisedOffer } from '../types';

/**
 * Collects one provider's mapped offers. A line the mapper cannot place (unknown brand, no face
 * value, a category Loket does not sell) is skipped with a reason rather than guessed: a wrong
 * product id would merge it with a product it is not.
 */
export class OfferList {
  private readonly offers: NormalisedOffer[] = [];
  private readonly skipped: MappedPriceList['skipped'] = [];
  private readonly codes = new Set<string>();

  constructor(readonly provider: ProviderId) {}

  add(offer: Omit<NormalisedOffer, 'provider' | 'fee'> & { fee?: Rupiah | null }): void {
    if (!isValidProductId(offer.productId)) return this.skip(offer.providerCode, 'kode produk tidak bisa dijadikan id');
    if (this.codes.has(offer.providerCode)) return this.skip(offer.providerCode, 'kode produk ganda di daftar harga');
    if (offer.category !== 'bill' && offer.cost <= 0) return this.skip(offer.providerCode, 'harga modal nol');
    this.codes.add(offer.providerCode);
    if (offer.category === 'bill' && offer.cost !== 0) return this.skip(offer.providerCode, 'tagihan harus bermodal 0 (diketahui saat inquiry)');
    this.offers.push({ ...offer, provider: this.provider, fee: offer.fee ?? null });
  }

  skip(code: string, reason: string): void {
    this.skipped.push({ code, reason });
  }

  result(): MappedPriceList {
    return { offers: this.offers, skipped: this.skipped };
  }
}

/** A bill's cost in the catalogue: the bill itself is only known at inquiry. */
export const BILL_COST: Rupiah = rupiah(0);

/**
 * The face value in a product's text: "10000", "Token PLN 20.000", "OVO Cash Rp 50.000" -> the last
 * number, dots grouping thousands. Null when there is none.
 */
export function nominalFromText(text: string): Rupiah | null {
  const numbers = text.match(/\d{1,3}(?:\.\d{3})+|\d+/g);
  const last = numbers?.at(-1);
  if (!last) return null;
  const value = Number(last.replace(/\./g, ''));
  return Number.isSafeInteger(value) && value > 0 ? rupiah(value) : null;
}

/** A bill's net provider fee, never negative (a commission above the admin is still fee 0). */
export function netFee(admin: number, commission = 0): Rupiah {
  return rupiah(Math.max(0, admin - commission));
}
