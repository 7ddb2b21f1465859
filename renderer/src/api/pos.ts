import type { PosClient } from './pos-client';

let current: PosClient | null = null;

/**
 * Stores reach the core through this holder instead of importing a transport, so main.ts wires
 * the real client and tests wire a fake one with the same type.
 */
export function setPosClient(client: PosClient): void {
  current = client;
}

export function usePos(): PosClient {
  if (!current) throw new Error('pos client not set: call setPosClient() before using a store');
  return current;
}
