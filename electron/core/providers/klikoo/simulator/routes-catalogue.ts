import type { SimRequest, SimResponse } from '../../sim-kit';
import { klikooCatalogue, type CatalogueEntry } from '../catalogue';
import { CASE, SERVICE } from '../contract/codes';
import { productsRequestSchema, type ProductsRequest } from '../contract/requests';
import { readBody, type SimContext } from './context';
import { answer } from './respond';

/** GET /v1/open-api/balance -> {balance: "1000000.00"} (rc 200032000, as documented). */
export function handleBalance(ctx: SimContext) {
  return (): SimResponse => answer(200, SERVICE.account, CASE.success, { balance: `${ctx.state.balance}.00` });
}

/** A stable "updated_at" per product so sorting by it is deterministic. */
const UPDATED = Date.UTC(2026, 0, 5, 1, 0, 0);

function productJson(p: CatalogueEntry, index: number): Record<string, unknown> {
  return {
    id: String(1000 + index),
    code: p.code,
    name: p.name,
    category: p.category,
    brand: p.brand,
    type: p.kind,
    agent_price: p.agentPrice,
    nominal: p.nominal ?? null,
    admin_fee: p.bill?.admin ?? p.openDenom?.fee ?? 0,
    enable: p.enabled,
    description: p.description,
    success_rate: 97 + (index % 3),
    time_rate: 5 + (index % 20),
    updated_at: new Date(UPDATED + index * 60_000).toISOString(),
  };
}

function matches(p: Record<string, unknown>, search: NonNullable<ProductsRequest['search']>): boolean {
  return search.every(({ field, value }) => {
    const v = value.trim().toLowerCase();
    if (v === '') return true;
    if (field === 'enable') return String(p.enable) === v;
    if (field === 'categories') return v.split(',').map((c) => c.trim()).includes(String(p.category));
    const hay = [p.code, p.name, p.brand, p.category].map((x) => String(x).toLowerCase());
    return hay.some((h) => h.includes(v));
  });
}

function compare(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b));
}

/** POST /v1/open-api/products: search, sort, page (rc 200042000; list shape is our reading). */
export function handleProducts() {
  const rows = klikooCatalogue.map(productJson);
  return (req: SimRequest): SimResponse => {
    const body = readBody(req, productsRequestSchema, SERVICE.product);
    const filtered = rows.filter((p) => matches(p, body.search ?? []));
    const sort = body.sort ?? { field: 'name', value: 'asc' };
    const dir = sort.value === 'desc' ? -1 : 1;
    filtered.sort((a, b) => dir * compare(a[sort.field], b[sort.field]) || compare(a.code, b.code));
    const totalPages = Math.max(1, Math.ceil(filtered.length / body.limit));
    const start = (body.page - 1) * body.limit;
    const meta = {
      current_page: body.page,
      previous_page: body.page > 1 ? body.page - 1 : 0,
      next_page: body.page < totalPages ? body.page + 1 : 0,
      total_pages: totalPages,
      total_rows: filtered.length,
      per_page: body.limit,
    };
    return answer(200, SERVICE.product, CASE.success, filtered.slice(start, start + body.limit), { meta });
  };
}
