import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';

/**
 * The operator prefix table (resources/operator-prefixes.json): data, so a new prefix needs an
 * edit and a restart, not a release. Loaded once at start; a missing or malformed file stops the
 * start with a message naming the file, because a silently empty table would mislabel every number.
 */
export const PREFIX_FILE_NAME = 'operator-prefixes.json';

const operatorEntry = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9._]*$/, 'id huruf kecil, mis. "telkomsel"'),
    name: z.string().min(1),
    prefixes: z.array(z.string().regex(/^08\d{2,6}$/, 'prefiks berbentuk 08xx')).min(1),
    brands: z.array(z.string().min(1)).optional(),
  })
  .strict();

const prefixFile = z.object({
  version: z.literal(1),
  updated: z.string().optional(),
  note: z.string().optional(),
  operators: z.array(operatorEntry).min(1),
});

export interface OperatorInfo {
  id: string;
  name: string;
  /** Product operators sold to this operator's numbers besides itself (by.u for Telkomsel). */
  brands: string[];
}

export class PrefixTable {
  private readonly byPrefix = new Map<string, OperatorInfo>();
  private readonly byId = new Map<string, OperatorInfo>();
  private readonly longest: number;

  constructor(entries: z.output<typeof operatorEntry>[]) {
    for (const entry of entries) {
      const info = { id: entry.id, name: entry.name, brands: entry.brands ?? [] };
      if (this.byId.has(info.id)) throw new Error(`operator "${info.id}" tercantum dua kali`);
      this.byId.set(info.id, info);
      for (const prefix of entry.prefixes) {
        const other = this.byPrefix.get(prefix);
        if (other) throw new Error(`prefiks ${prefix} tercantum untuk ${other.id} dan ${info.id}`);
        this.byPrefix.set(prefix, info);
      }
    }
    this.longest = Math.max(...[...this.byPrefix.keys()].map((p) => p.length));
  }

  /** The operator of a local-form number (or its first digits), longest prefix first. */
  lookup(local: string): OperatorInfo | null {
    for (let length = Math.min(this.longest, local.length); length >= 4; length -= 1) {
      const info = this.byPrefix.get(local.slice(0, length));
      if (info) return info;
    }
    return null;
  }

  operator(id: string): OperatorInfo | null {
    return this.byId.get(id) ?? null;
  }

  /** The product operators a number of `operator` can take: itself and its brands. */
  productOperators(operator: string): string[] {
    return [operator, ...(this.byId.get(operator)?.brands ?? [])];
  }
}

export function parsePrefixTable(json: unknown): PrefixTable {
  return new PrefixTable(prefixFile.parse(json).operators);
}

export function loadPrefixTable(file: string = defaultPrefixFile()): PrefixTable {
  try {
    return parsePrefixTable(JSON.parse(readFileSync(file, 'utf8')));
  } catch (err) {
    const reason = err instanceof z.ZodError ? err.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') : (err as Error).message;
    throw new Error(`Tabel prefiks operator ${file} tidak bisa dibaca: ${reason}`);
  }
}

/**
 * Where the table is: next to the packaged app's resources (Electron's process.resourcesPath, when
 * the build ships it there), else resources/ in the nearest folder above this code that has one
 * (the repo in development and tests; the app root when bundled into out/main).
 */
export function defaultPrefixFile(): string {
  const candidates: string[] = [];
  const resourcesPath = (process as { resourcesPath?: string }).resourcesPath;
  if (resourcesPath) candidates.push(join(resourcesPath, PREFIX_FILE_NAME));
  let dir = resolve(__dirname);
  for (let depth = 0; depth < 8; depth += 1) {
    candidates.push(join(dir, 'resources', PREFIX_FILE_NAME));
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  const found = candidates.find((file) => existsSync(file));
  if (!found) throw new Error(`Tabel prefiks operator (${PREFIX_FILE_NAME}) tidak ditemukan. Dicari di: ${candidates.join(', ')}`);
  return found;
}
