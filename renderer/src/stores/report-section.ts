import { ref, shallowRef, type Ref, type ShallowRef } from 'vue';
import type { ErrorBody, Result } from '../api/contract-types';
import { sameRange, type DayRange } from './report-range';

/** One part of Laporan (summary, deposit movements, cash, charts): its figures, for which range, and why not. */
export interface ReportSection<T> {
  data: ShallowRef<T | null>;
  /** The range `data` answers; the screen never shows figures under another range's heading. */
  dataRange: ShallowRef<DayRange | null>;
  error: Ref<ErrorBody | null>;
  loading: Ref<boolean>;
  load(range: DayRange): Promise<void>;
}

/**
 * Loads one section for a range. Every call gets a number and only the newest call's answer lands:
 * choosing "kemarin" then "7 hari" quickly can never leave yesterday's totals under "7 hari".
 * Refreshing the same range keeps the last good figures on screen (with the reason above them on a
 * failure); a new range clears them first, so stale figures are never shown as the new range's.
 */
export function reportSection<T>(fetch: (range: DayRange) => Promise<Result<T>>): ReportSection<T> {
  const data = shallowRef<T | null>(null);
  const dataRange = shallowRef<DayRange | null>(null);
  const error = ref<ErrorBody | null>(null);
  const loading = ref(false);
  let latest = 0;

  async function load(range: DayRange): Promise<void> {
    const call = ++latest;
    if (!sameRange(dataRange.value, range)) {
      data.value = null;
      dataRange.value = null;
      error.value = null;
    }
    loading.value = true;
    const result = await fetch(range);
    if (call !== latest) return;
    loading.value = false;
    if (result.ok) {
      data.value = result.value;
      dataRange.value = range;
    }
    error.value = result.ok ? null : result.error;
  }

  return { data, dataRange, error, loading, load };
}
