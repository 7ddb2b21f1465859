import type { MmbcClient, MmbcProductInfo } from '../../providers/mmbc';
import { mobileOperatorOf } from '../operators';
import { dataProduct, pulsaProduct } from '../product-id';
import type { MappedPriceList, PriceListResult } from '../types';
import { OfferList } from './offer-list';

/**
 * MMBC `daftarharga`: pulsa and data only (MMBC's PPOB API is undocumented and not sold). `operator`
 * is the brand in capitals, `nominal` the face value, `harga` what the deposit pays. MMBC lists
 * several lines for one denomination ("Reguler", "Jalur 2"): both are offers of the same pulsa.
 * "Pulsa Promo" does not extend the card's active period, so it is a product of its own.
 */
export async function fetchMmbcOffers(client: MmbcClient): Promise<PriceListResult> {
  const result = await client.getPriceList();
  if (!result.ok) return { ok: false, message: `Daftar harga MMBC: ${result.message}` };
  const mapped = mapMmbcPriceList(result.value.products);
  for (const r of result.value.rejected) mapped.skipped.push({ code: r.code ?? `baris ${r.index + 1}`, reason: r.reason });
  return { ok: true, value: mapped };
}

export function mapMmbcPriceList(products: readonly MmbcProductInfo[]): MappedPriceList {
  const list = new OfferList('mmbc');
  for (const p of products) {
    const operator = mobileOperatorOf(p.operator);
    if (!operator) {
      list.skip(p.code, `operator tidak dikenal: ${p.operator}`);
      continue;
    }
    const base = { providerCode: p.code, cost: p.price, active: p.available, description: `${p.description} (${p.status})` };
    const type = p.type.toUpperCase();
    if (type === 'PULSA') {
      const promo = /promo/i.test(p.description);
      list.add({ ...base, ...pulsaProduct(operator, p.nominal, promo), category: 'pulsa', operator, nominal: p.nominal });
    } else if (type.includes('DATA')) {
      list.add({ ...base, ...dataProduct('mmbc', p.code, operator, p.description), category: 'data', operator, nominal: null });
    } else {
      list.skip(p.code, `jenis produk tidak dijual: ${p.type}`);
    }
  }
  return list.result();
}
