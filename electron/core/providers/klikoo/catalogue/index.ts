import type { CatalogueEntry } from './entry';
import { postpaidCatalogue } from './postpaid';
import { prepaidCatalogue } from './prepaid';

export type { CatalogueCategory, CatalogueEntry } from './entry';

/** The simulator's whole seeded catalogue (prepaid then postpaid). */
export const klikooCatalogue: readonly CatalogueEntry[] = [...prepaidCatalogue, ...postpaidCatalogue];

export function findCatalogueEntry(code: string): CatalogueEntry | undefined {
  return klikooCatalogue.find((p) => p.code === code);
}
