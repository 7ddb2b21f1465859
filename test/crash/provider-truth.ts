import type { ProviderId } from '../../electron/core/api/schemas';
import type { SimLine } from './crash-core';

/**
 * What each simulator (the provider's side) recorded, read through its inspection routes, reduced
 * to the key our sale can be matched by: IAK ref_id, Klikoo partner_reference_id, Ayoconnect
 * refNumber, and for MMBC (no client reference) the destination number, unique per crash sale; an
 * MMBC flight issue by its booking code (the sale's customer_no), its status the booking's.
 */
export interface ProviderTransaction {
  provider: ProviderId;
  key: string;
  status: string;
}

const keyFields: Record<ProviderId, string[]> = {
  iak: ['ref_id', 'refId'],
  klikoo: ['partner_reference_id', 'partnerReferenceId'],
  ayoconnect: ['refNumber'],
  mmbc: ['destination', 'nomortujuan', 'nomorpelanggan', 'number'],
};

export async function providerTransactions(sim: SimLine): Promise<ProviderTransaction[]> {
  const base = sim.baseUrl.replace(/\/klikoo-b2b$/, '');
  const body = (await (await fetch(`${base}/__sim-state/${sim.provider}/transactions`)).json()) as unknown;
  const rows = (Array.isArray(body) ? body : ((body as { transactions?: unknown[] }).transactions ?? [])) as Record<string, unknown>[];
  return rows.map((row) => {
    const field = row.kind === 'flight' ? 'reference' : keyFields[sim.provider].find((f) => typeof row[f] === 'string');
    if (!field) throw new Error(`${sim.provider} transaction without a key field: ${JSON.stringify(row)}`);
    return { provider: sim.provider, key: String(row[field]), status: String(row.status ?? row.state ?? '') };
  });
}

export async function providerBalance(sim: SimLine): Promise<number> {
  const base = sim.baseUrl.replace(/\/klikoo-b2b$/, '');
  const body = (await (await fetch(`${base}/__sim-state/${sim.provider}/balance`)).json()) as Record<string, unknown>;
  const value = body.balance ?? body.saldo ?? body.deposit;
  if (typeof value !== 'number') throw new Error(`${sim.provider} balance not a number: ${JSON.stringify(body)}`);
  return value;
}
