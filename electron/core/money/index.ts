export * from './rupiah';
export { parseProviderAmount } from './parse-provider-amount';
export { parseCashierAmount } from './parse-cashier-amount';
export { formatRupiah } from './format-rupiah';
export * from './limits';
