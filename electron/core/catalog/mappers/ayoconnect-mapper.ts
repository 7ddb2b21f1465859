import { addRupiah } from '../../money';
import type { AyoconnectClient, AyoconnectProduct } from '../../providers/ayoconnect';
import { mobileOperatorOf, walletOf } from '../operators';
import { dataProduct, plnTokenProduct, pulsaProduct, walletProduct } from '../product-id';
import type { MappedPriceList, PriceListResult } from '../types';
import { billProduct, type BillKind } from './bills';
import { BILL_COST, nominalFromText, OfferList } from './offer-list';

/**
 * Ayoconnect `partner/products`: `category` in Ayoconnect's words ("Pulsa", "Paket Data",
 * "Listrik", "Dompet Digital", "Pascabayar", "BPJS", "PDAM", ...), `biller` names the brand, the
 * face value is only in the name ("Telkomsel 10.000"). A prepaid line costs `amount + adminFee`
 * (its inquiry bills exactly that); open denominations (amount 0) and vouchers/games are skipped.
 */
export async function fetchAyoconnectOffers(client: AyoconnectClient): Promise<PriceListResult> {
  const result = await client.listProducts();
  if (!result.ok) return { ok: false, message: `Daftar produk Ayoconnect: ${result.message}` };
  const mapped = mapAyoconnectProducts(result.value.products);
  if (result.value.skipped > 0) mapped.skipped.push({ code: '?', reason: `${result.value.skipped} baris tidak terbaca` });
  return { ok: true, value: mapped };
}

const BILL_KINDS: Record<string, BillKind> = {
  pascabayar: 'hp',
  listrik: 'pln_postpaid',
  bpjs: 'bpjs',
  pdam: 'pdam',
  'telepon rumah': 'telkom',
  'internet dan tv kabel': 'internet_tv',
};

export function mapAyoconnectProducts(products: readonly AyoconnectProduct[]): MappedPriceList {
  const list = new OfferList('ayoconnect');
  for (const p of products) {
    if (p.type.toLowerCase() === 'postpaid') addBill(list, p);
    else addPrepaid(list, p);
  }
  return list.result();
}

function addBill(list: OfferList, p: AyoconnectProduct): void {
  const kind = BILL_KINDS[p.category.toLowerCase()];
  const product = kind ? billProduct('ayoconnect', p.code, kind, p.name, p.biller) : null;
  if (!product) return list.skip(p.code, `jenis tagihan tidak dikenal: ${p.category}`);
  list.add({ ...product, providerCode: p.code, category: 'bill', nominal: null, description: p.description, cost: BILL_COST, fee: p.adminFee, active: p.active });
}

function addPrepaid(list: OfferList, p: AyoconnectProduct): void {
  const category = p.category.toLowerCase();
  const base = { providerCode: p.code, active: p.active, description: p.description, cost: addRupiah(p.price, p.adminFee) };
  if (p.price <= 0) return list.skip(p.code, 'nominal bebas tidak didukung');
  if (category === 'paket data') {
    const operator = mobileOperatorOf(p.biller);
    if (!operator) return list.skip(p.code, `operator tidak dikenal: ${p.biller}`);
    return list.add({ ...base, ...dataProduct('ayoconnect', p.code, operator, p.name), category: 'data', operator, nominal: null });
  }
  const nominal = nominalFromText(p.name);
  if (nominal === null) return list.skip(p.code, 'nominal tidak diketahui');
  if (category === 'listrik') return list.add({ ...base, ...plnTokenProduct(nominal), category: 'pln_token', operator: 'pln', nominal });
  if (category === 'dompet digital') {
    const wallet = walletOf(p.biller) ?? walletOf(p.name);
    if (!wallet) return list.skip(p.code, `dompet digital tidak dikenal: ${p.biller}`);
    return list.add({ ...base, ...walletProduct(wallet, nominal), category: 'ewallet', operator: wallet, nominal });
  }
  if (category === 'pulsa') {
    const operator = mobileOperatorOf(p.biller);
    if (!operator) return list.skip(p.code, `operator tidak dikenal: ${p.biller}`);
    return list.add({ ...base, ...pulsaProduct(operator, nominal), category: 'pulsa', operator, nominal });
  }
  list.skip(p.code, `kategori tidak dijual: ${p.category}`);
}
