import { type z } from 'zod';
import { parseProviderAmount } from '../../../money';
import { type pageMetaSchema, productItemSchema, transactionSchema } from '../contract/responses';
import type { KlikooPageMeta, KlikooProduct, KlikooProductPage, KlikooTransactionPage } from '../types';
import { readTransaction } from './map-transaction';

type Meta = z.infer<typeof pageMetaSchema> | undefined;

export function readMeta(meta: Meta, itemCount: number): KlikooPageMeta {
  const perPage = meta?.per_page ?? itemCount;
  return {
    currentPage: meta?.current_page ?? 1,
    totalPages: meta?.total_pages ?? 1,
    totalRows: meta?.total_rows ?? itemCount,
    perPage,
  };
}

function readEnabled(value: boolean | string | null | undefined): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') return value.trim().toLowerCase() !== 'false';
  return true;
}

/** One product row; a row whose price is not whole rupiah is rejected, never guessed. */
export function readProduct(item: unknown): { ok: true; product: KlikooProduct } | { ok: false; code: string; reason: string } {
  const parsed = productItemSchema.safeParse(item);
  if (!parsed.success) {
    const code = typeof item === 'object' && item !== null ? String((item as { code?: unknown }).code ?? '?') : '?';
    return { ok: false, code, reason: 'baris produk tidak sesuai format' };
  }
  const p = parsed.data;
  try {
    return {
      ok: true,
      product: {
        code: p.code,
        name: p.name,
        category: p.category,
        brand: p.brand,
        kind: p.type.toLowerCase() === 'postpaid' ? 'postpaid' : 'prepaid',
        agentPrice: parseProviderAmount(p.agent_price),
        nominal: p.nominal === null || p.nominal === undefined || p.nominal === '' ? undefined : parseProviderAmount(p.nominal),
        enabled: readEnabled(p.enable),
        description: p.description,
      },
    };
  } catch (err) {
    return { ok: false, code: p.code, reason: err instanceof Error ? err.message : String(err) };
  }
}

export function readProductPage(items: unknown[], meta: Meta): KlikooProductPage {
  const page: KlikooProductPage = { products: [], rejected: [], meta: readMeta(meta, items.length) };
  for (const item of items) {
    const read = readProduct(item);
    if (read.ok) page.products.push(read.product);
    else page.rejected.push({ code: read.code, reason: read.reason });
  }
  return page;
}

export function readTransactionPage(items: unknown[], meta: Meta): KlikooTransactionPage {
  const page: KlikooTransactionPage = { transactions: [], rejected: [], meta: readMeta(meta, items.length) };
  for (const item of items) {
    const parsed = transactionSchema.safeParse(item);
    if (!parsed.success) {
      page.rejected.push({ transactionId: '?', reason: 'baris transaksi tidak sesuai format' });
      continue;
    }
    const read = readTransaction(parsed.data);
    if (read.ok) page.transactions.push(read.tx);
    else page.rejected.push({ transactionId: parsed.data.transaction_id, reason: read.reason });
  }
  return page;
}
