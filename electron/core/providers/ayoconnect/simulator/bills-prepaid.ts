import type { CatalogueItem } from '../catalogue';
import { customerName, paymentTimeLabel, rngFor } from './seed';
import type { GeneratedBill } from './sim-types';

/**
 * Prepaid products (pulsa, data, PLN token, e-wallet, Google Play, games) also go through inquiry
 * (inquiry page): the "bill" is the product price plus admin, in the shape of the Google Play
 * sample (billId "1" "Harga Produk", billId "0" "Biaya Administrasi").
 */
export interface PrepaidInput {
  product: CatalogueItem;
  accountNumber: string;
  /** Open-denomination products: the amount the customer asked for. */
  price: number;
  zoneId?: string;
  now: number;
}

export function prepaidBill(input: PrepaidInput): GeneratedBill {
  const { product } = input;
  const admin = product.adminFee;
  const name = nameFor(input);
  const numberKey = product.category === 'Pulsa' || product.category === 'Paket Data' ? 'Nomor HP' : 'Nomor Pelanggan';
  const customerDetails = [
    { key: 'Nama Pelanggan', value: name },
    { key: 'Tanggal & Waktu Pembayaran', value: paymentTimeLabel(input.now) },
    { key: numberKey, value: input.accountNumber },
  ];
  if (input.zoneId !== undefined) customerDetails.push({ key: 'Zone ID', value: input.zoneId });
  return {
    customerName: name,
    billDetails: [
      { billId: '1', billInfo: [], isMandatory: true, key: 'Harga Produk', value: input.price },
      { billId: '0', billInfo: [], isMandatory: true, key: 'Biaya Administrasi', value: admin },
    ],
    totalAdmin: admin,
    amount: input.price + admin,
    customerDetails,
    productDetails: productDetails(input),
    extraFields: [],
    denom: product.kind === 'open-denom' ? String(input.price) : '',
    validity: product.category === 'Paket Data' ? (/(\d+) Hari/.exec(product.name)?.[0] ?? '') : '',
  };
}

function nameFor(input: PrepaidInput): string {
  const rng = rngFor(input.product.code, input.accountNumber);
  if (input.product.kind === 'pln-token') return customerName(rng);
  if (input.product.kind === 'game') return `Player${input.accountNumber.slice(-4)}`;
  if (input.product.category === 'Dompet Digital') return `${input.product.biller} ${customerName(rng).split(' ')[0]}`;
  return 'N/A';
}

function productDetails(input: PrepaidInput): Array<{ key: string; value: string }> {
  const details = [{ key: 'Nama Produk', value: input.product.name }];
  if (input.product.kind === 'pln-token') {
    const rng = rngFor('tarif', input.accountNumber);
    details.push({ key: 'Tarif/Daya', value: rng.pick(['R1/900VA', 'R1/1300VA', 'R1/2200VA', 'R2/3500VA']) });
    details.push({ key: 'Nomor Meter', value: input.accountNumber });
  }
  return details;
}
