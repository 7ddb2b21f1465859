import type { KlikooClient, KlikooProduct } from '../../providers/klikoo';
import { mobileOperatorOf, walletOf } from '../operators';
import { dataProduct, plnTokenProduct, pulsaProduct, walletProduct } from '../product-id';
import type { MappedPriceList, PriceListResult } from '../types';
import { billProduct, type BillKind } from './bills';
import { BILL_COST, OfferList } from './offer-list';

/**
 * Klikoo `products` (every page): `category` says what a line is (pulsa, data, plnprepaid,
 * ewallet, maxim, and the postpaid billers), `brand` names the operator, `agentPrice` is the buy
 * price, or for postpaid the net fee per bill. Open denominations (DNOPEN) have no face value and
 * Maxim driver top-ups are not a category Loket sells: both are skipped.
 */
export async function fetchKlikooOffers(client: KlikooClient): Promise<PriceListResult> {
  const result = await client.listAllProducts();
  if (!result.ok) return { ok: false, message: `Daftar produk Klikoo: ${result.message}` };
  const mapped = mapKlikooProducts(result.value.products);
  mapped.skipped.push(...result.value.rejected);
  return { ok: true, value: mapped };
}

const BILL_KINDS: Record<string, BillKind> = {
  plnpostpaid: 'pln_postpaid',
  bpjs: 'bpjs',
  pdam: 'pdam',
  telkom: 'telkom',
  hppostpaid: 'hp',
  multifinance: 'multifinance',
  tvinternet: 'internet_tv',
};

export function mapKlikooProducts(products: readonly KlikooProduct[]): MappedPriceList {
  const list = new OfferList('klikoo');
  for (const p of products) add(list, p);
  return list.result();
}

function add(list: OfferList, p: KlikooProduct): void {
  const category = p.category.toLowerCase();
  const base = { providerCode: p.code, active: p.enabled, description: p.description || p.name };
  if (p.kind === 'postpaid') {
    const kind = BILL_KINDS[category];
    const product = kind ? billProduct('klikoo', p.code, kind, p.name, p.brand) : null;
    if (!product) return list.skip(p.code, `jenis tagihan tidak dikenal: ${p.category}`);
    return list.add({ ...base, ...product, category: 'bill', nominal: null, cost: BILL_COST, fee: p.agentPrice });
  }
  const priced = { ...base, cost: p.agentPrice };
  if (category === 'data') {
    const operator = mobileOperatorOf(p.brand);
    if (!operator) return list.skip(p.code, `operator tidak dikenal: ${p.brand}`);
    return list.add({ ...priced, ...dataProduct('klikoo', p.code, operator, p.name), category: 'data', operator, nominal: null });
  }
  if (category !== 'pulsa' && category !== 'plnprepaid' && category !== 'ewallet') {
    return list.skip(p.code, `kategori tidak dijual: ${p.category}`);
  }
  const nominal = p.nominal ?? null;
  if (nominal === null) return list.skip(p.code, 'nominal bebas tidak didukung');
  if (category === 'plnprepaid') return list.add({ ...priced, ...plnTokenProduct(nominal), category: 'pln_token', operator: 'pln', nominal });
  if (category === 'ewallet') {
    const wallet = walletOf(p.brand);
    if (!wallet) return list.skip(p.code, `dompet digital tidak dikenal: ${p.brand}`);
    return list.add({ ...priced, ...walletProduct(wallet, nominal), category: 'ewallet', operator: wallet, nominal });
  }
  const operator = mobileOperatorOf(p.brand);
  if (!operator) return list.skip(p.code, `operator tidak dikenal: ${p.brand}`);
  list.add({ ...priced, ...pulsaProduct(operator, nominal), category: 'pulsa', operator, nominal });
}
