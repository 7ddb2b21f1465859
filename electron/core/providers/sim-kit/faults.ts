/**
 * Faults a simulator injects on demand, per endpoint. `when: 'after'` means the provider DID the
 * work (charged the deposit, created the transaction) and then the answer was lost or mangled:
 * the case that must end `unknown`, never `failed`, in the client.
 */
export type FaultMode = 'delay' | 'no_answer' | 'http_500' | 'http_502' | 'html' | 'malformed_json' | 'reset';

export interface FaultSpec {
  mode: FaultMode;
  /** 'before': fail without processing; 'after': process, then fail the answer. Default 'after'. */
  when?: 'before' | 'after';
  /** For 'delay': how long to wait before answering normally. */
  ms?: number;
  /** How many calls it applies to (default: until cleared). */
  times?: number;
}

export class FaultTable {
  private readonly faults = new Map<string, FaultSpec & { remaining: number }>();

  set(endpoint: string, spec: FaultSpec): void {
    this.faults.set(endpoint, { ...spec, remaining: spec.times ?? Number.POSITIVE_INFINITY });
  }

  clear(endpoint?: string): void {
    if (endpoint === undefined) this.faults.clear();
    else this.faults.delete(endpoint);
  }

  /** Takes one use of the fault armed for this endpoint, if any. */
  take(endpoint: string): FaultSpec | undefined {
    const fault = this.faults.get(endpoint);
    if (!fault) return undefined;
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.faults.delete(endpoint);
    return fault;
  }

  list(): Record<string, FaultSpec> {
    return Object.fromEntries(this.faults);
  }
}

export const faultModes: readonly FaultMode[] = ['delay', 'no_answer', 'http_500', 'http_502', 'html', 'malformed_json', 'reset'];

export function isFaultSpec(value: unknown): value is FaultSpec {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.mode === 'string' &&
    (faultModes as readonly string[]).includes(v.mode) &&
    (v.when === undefined || v.when === 'before' || v.when === 'after') &&
    (v.ms === undefined || (typeof v.ms === 'number' && v.ms >= 0)) &&
    (v.times === undefined || (typeof v.times === 'number' && v.times >= 1))
  );
}
