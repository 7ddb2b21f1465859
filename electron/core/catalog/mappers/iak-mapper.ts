import type { IakClient, IakPostpaidProduct, IakPrepaidProduct } from '../../providers/iak';
import { mobileOperatorOf, walletOf } from '../operators';
import { dataProduct, plnTokenProduct, pulsaProduct, walletProduct } from '../product-id';
import type { MappedPriceList, PriceListResult } from '../types';
import { billProduct, type BillKind } from './bills';
import { BILL_COST, netFee, nominalFromText, OfferList } from './offer-list';

/**
 * IAK: prepaid `pricelist` (types pulsa, data, pln, etoll) and postpaid `pricelist-pasca` (fee =
 * admin per bill, komisi = our commission). IAK names the brand in `product_description`
 * ("Telkomsel", "Three", "GoPay E-Money", "Telkomsel Paket Internet").
 */
export async function fetchIakOffers(client: IakClient): Promise<PriceListResult> {
  const prepaid = await client.pricelist({ status: 'all' });
  if (!prepaid.ok) return { ok: false, message: `Daftar harga prabayar IAK: ${prepaid.message}` };
  const postpaid = await client.postpaidPricelist({ status: 'all' });
  if (!postpaid.ok) return { ok: false, message: `Daftar harga pascabayar IAK: ${postpaid.message}` };
  const mapped = mapIakPriceList(prepaid.value.products, postpaid.value.products);
  for (const r of [...prepaid.value.rejected, ...postpaid.value.rejected]) mapped.skipped.push({ code: r.code, reason: r.reason });
  return { ok: true, value: mapped };
}

export function mapIakPriceList(prepaid: readonly IakPrepaidProduct[], postpaid: readonly IakPostpaidProduct[]): MappedPriceList {
  const list = new OfferList('iak');
  for (const p of prepaid) addPrepaid(list, p);
  for (const p of postpaid) addPostpaid(list, p);
  return list.result();
}

function addPrepaid(list: OfferList, p: IakPrepaidProduct): void {
  const type = p.type.toLowerCase();
  const base = { providerCode: p.code, cost: p.price, active: p.active, description: describe(p) };
  if (type === 'pln') {
    const nominal = nominalFromText(p.nominal);
    if (nominal === null) return list.skip(p.code, 'nominal token tidak diketahui');
    return list.add({ ...base, ...plnTokenProduct(nominal), category: 'pln_token', operator: 'pln', nominal });
  }
  if (type === 'etoll') {
    const wallet = walletOf(p.operator) ?? walletOf(p.nominal);
    const nominal = nominalFromText(p.nominal);
    if (!wallet) return list.skip(p.code, `dompet digital tidak dikenal: ${p.operator}`);
    if (nominal === null) return list.skip(p.code, 'nominal bebas tidak didukung');
    return list.add({ ...base, ...walletProduct(wallet, nominal), category: 'ewallet', operator: wallet, nominal });
  }
  const operator = mobileOperatorOf(p.operator);
  if (!operator) return list.skip(p.code, `operator tidak dikenal: ${p.operator}`);
  if (type === 'pulsa') {
    const nominal = nominalFromText(p.nominal);
    if (nominal === null) return list.skip(p.code, 'nominal pulsa tidak diketahui');
    return list.add({ ...base, ...pulsaProduct(operator, nominal), category: 'pulsa', operator, nominal });
  }
  if (type === 'data') {
    const product = dataProduct('iak', p.code, operator, p.nominal || p.details);
    return list.add({ ...base, ...product, category: 'data', operator, nominal: null });
  }
  list.skip(p.code, `jenis produk tidak dijual: ${p.type}`);
}

function describe(p: IakPrepaidProduct): string {
  const details = p.details.trim() === '-' ? '' : p.details.trim();
  return [p.operator, p.nominal, details].filter(Boolean).join(' · ');
}

const POSTPAID_KINDS: Record<string, BillKind> = {
  hp: 'hp',
  pln: 'pln_postpaid',
  bpjs: 'bpjs',
  internet: 'telkom',
  tv: 'internet_tv',
  pdam: 'pdam',
  gas: 'gas',
  finance: 'multifinance',
};

function addPostpaid(list: OfferList, p: IakPostpaidProduct): void {
  const kind = POSTPAID_KINDS[p.type.toLowerCase()];
  const product = kind ? billProduct('iak', p.code, kind, p.name) : null;
  if (!product) return list.skip(p.code, `jenis tagihan tidak dikenal: ${p.type}`);
  list.add({
    ...product,
    providerCode: p.code,
    category: 'bill',
    nominal: null,
    description: [p.name, p.province].filter(Boolean).join(' · '),
    cost: BILL_COST,
    fee: netFee(p.fee, p.commission),
    active: p.active,
  });
}
