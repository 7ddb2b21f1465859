import { randomUUID } from 'node:crypto';
import { parseProviderAmount, type Rupiah } from '../../../money';
import type { ReadResult } from '../../outcome';
import type { ProductsRequest, PurchaseRequest, TransactionsQuery } from '../contract/requests';
import {
  balanceDataSchema,
  historyDataSchema,
  metaOf,
  postpaidInquiryDataSchema,
  prepaidInquiryDataSchema,
  productsDataSchema,
} from '../contract/responses';
import type { KlikooPostpaidInquiry, KlikooPrepaidInquiry, KlikooProductPage, KlikooTransactionPage } from '../types';
import { readCall } from './answers';
import { readProductPage, readTransactionPage } from './read-mapping';
import type { SignedCaller } from './signed-call';

export const PATHS = {
  balance: '/v1/open-api/balance',
  products: '/v1/open-api/products',
  inquiry: '/v1/open-api/products/inquiry',
  buy: '/v1/open-api/products/buy',
  transactions: '/v1/open-api/transactions',
  inquiryPostpaid: '/v1/open-api/transactions/inquiry-postpaid',
} as const;

export async function getBalance(call: SignedCaller): Promise<ReadResult<{ balance: Rupiah }>> {
  const answer = await call({ method: 'GET', path: PATHS.balance });
  return readCall(answer, balanceDataSchema, (data) => ({ balance: parseProviderAmount(data.balance) }));
}

export interface ProductQuery {
  page?: number;
  limit?: number;
  keyword?: string;
  /** Klikoo category: pulsa, data, plnprepaid, ewallet, maxim, plnpostpaid, bpjs, pdam, ... */
  category?: string;
  enabledOnly?: boolean;
  sort?: ProductsRequest['sort'];
}

export async function listProducts(call: SignedCaller, query: ProductQuery = {}): Promise<ReadResult<KlikooProductPage>> {
  const search: NonNullable<ProductsRequest['search']> = [];
  if (query.keyword) search.push({ field: 'keyword', value: query.keyword });
  if (query.category) search.push({ field: 'categories', value: query.category });
  if (query.enabledOnly) search.push({ field: 'enable', value: 'true' });
  const body: ProductsRequest = {
    limit: query.limit ?? 100,
    page: query.page ?? 1,
    search,
    sort: query.sort ?? { field: 'code', value: 'asc' },
  };
  const answer = await call({ method: 'POST', path: PATHS.products, body });
  return readCall(answer, productsDataSchema, (items, envelope) => readProductPage(items, metaOf(envelope)));
}

export interface PrepaidInquiryInput {
  productCode: string;
  customerNumber: string;
  amount: Rupiah;
  sellingPrice?: Rupiah;
  msisdn?: string;
  /** Fresh UUID by default: whether an inquiry "uses up" its reference is not documented. */
  partnerReferenceId?: string;
}

export async function inquirePrepaid(call: SignedCaller, input: PrepaidInquiryInput): Promise<ReadResult<KlikooPrepaidInquiry>> {
  const body: PurchaseRequest = {
    msidn: input.msisdn ?? input.customerNumber,
    amount: String(input.amount),
    product_code: input.productCode,
    selling_price: String(input.sellingPrice ?? input.amount),
    value: input.customerNumber,
    partner_reference_id: input.partnerReferenceId ?? randomUUID(),
  };
  const answer = await call({ method: 'POST', path: PATHS.inquiry, body });
  return readCall(answer, prepaidInquiryDataSchema, (data, envelope) => {
    const amount = parseProviderAmount(data.amount ?? input.amount);
    return {
      productCode: data.product_code || input.productCode,
      productName: data.product_name,
      customerNumber: data.customer_number || input.customerNumber,
      customerName: data.customer_name,
      powerCapacity: data.power_capacity,
      amount,
      total: data.total === null || data.total === undefined ? amount : parseProviderAmount(data.total),
      message: envelope.response_message,
    };
  });
}

export interface PostpaidInquiryInput {
  productCode: string;
  customerNumber: string;
  /** Months to pay, BPJS only. */
  period?: number;
}

export async function inquirePostpaid(call: SignedCaller, input: PostpaidInquiryInput): Promise<ReadResult<KlikooPostpaidInquiry>> {
  const body = {
    account_number: input.customerNumber,
    product_code: input.productCode,
    ...(input.period === undefined ? {} : { period: String(input.period) }),
  };
  const answer = await call({ method: 'POST', path: PATHS.inquiryPostpaid, body });
  return readCall(answer, postpaidInquiryDataSchema, (data, envelope) => {
    const amount = parseProviderAmount(data.amount);
    const admin = data.admin_fee === null || data.admin_fee === undefined ? 0 : parseProviderAmount(data.admin_fee);
    const total = data.total === null || data.total === undefined ? amount : parseProviderAmount(data.total);
    const bill = data.bill_amount === null || data.bill_amount === undefined ? total - admin : parseProviderAmount(data.bill_amount);
    return {
      productCode: data.product_code || input.productCode,
      productName: data.product_name,
      customerNumber: data.customer_number || data.account_number || input.customerNumber,
      customerName: data.customer_name,
      period: data.period,
      billAmount: parseProviderAmount(bill),
      adminFee: parseProviderAmount(admin),
      total,
      amount,
      message: envelope.response_message,
    };
  });
}

export async function listTransactions(call: SignedCaller, query: TransactionsQuery): Promise<ReadResult<KlikooTransactionPage>> {
  const params: Record<string, string> = { page: String(query.page), limit: String(query.limit) };
  if (query.q) params.q = query.q;
  if (query.from) params.from = query.from;
  if (query.to) params.to = query.to;
  const answer = await call({ method: 'GET', path: PATHS.transactions, query: params });
  return readCall(answer, historyDataSchema, (items, envelope) => readTransactionPage(items, metaOf(envelope)));
}
