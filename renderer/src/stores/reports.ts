import { defineStore } from 'pinia';
import { ref } from 'vue';
import { usePos } from '../api/pos';
import { coalesced } from './coalesce';
import { reportSection } from './report-section';
import { includesDay, presetRange, type DayRange, type RangePreset } from './report-range';
import type { ChannelOutput } from '../api/contract-types';
import { userIdFilter, type UserChoice } from '../format/user-label';

export type ReportSummary = ChannelOutput<'reports:summary'>;
export type SalesTotals = ReportSummary['totals'];
export type BreakdownRow = ReportSummary['byCategory'][number] | ReportSummary['byProduct'][number];
export type DepositMovements = ChannelOutput<'reports:depositMovements'>;
export type CashMovements = ChannelOutput<'reports:cashMovements'>;
export type ReportCharts = ChannelOutput<'reports:charts'>;

export const REPORT_SECTIONS = ['summary', 'deposits', 'cash', 'charts'] as const;
export type ReportSectionName = (typeof REPORT_SECTIONS)[number];

/**
 * Laporan: every figure is the core's (`reports:*`), for the chosen business day or range. The
 * four sections load side by side and fail on their own (a provider table that cannot load does
 * not hide the totals). The charts are of one day: the last day of the range.
 */
export const useReportsStore = defineStore('reports', () => {
  const range = ref<DayRange | null>(null);
  /** The outlet's business day the presets were counted from. */
  const today = ref<string | null>(null);
  /** Whose sales the summary (totals and breakdowns) counts; the movements and charts are everyone's. */
  const user = ref<UserChoice>('');
  const pos = () => usePos();
  const sections = {
    summary: reportSection((r) => pos().call('reports:summary', { ...r, ...userIdFilter(user.value) })),
    deposits: reportSection((r) => pos().call('reports:depositMovements', r)),
    cash: reportSection((r) => pos().call('reports:cashMovements', r)),
    charts: reportSection((r) => pos().call('reports:charts', { day: r.to })),
  };
  let stopListening: (() => void) | null = null;

  async function load(): Promise<void> {
    const current = range.value;
    if (!current) return;
    await Promise.all(REPORT_SECTIONS.map((name) => sections[name].load(current)));
  }

  function retry(name: ReportSectionName): Promise<void> {
    return range.value ? sections[name].load(range.value) : Promise.resolve();
  }

  function setRange(next: DayRange): Promise<void> {
    range.value = { from: next.from, to: next.to };
    return load();
  }

  /**
   * Another user's sales: the figures on screen are dropped first (same range, other people: they
   * must never stand under the new choice), then the summary is read again.
   */
  function setUser(choice: UserChoice): Promise<void> {
    user.value = choice;
    const summary = sections.summary;
    summary.data.value = null;
    summary.dataRange.value = null;
    return range.value ? summary.load(range.value) : Promise.resolve();
  }

  function applyPreset(preset: RangePreset): Promise<void> {
    return today.value ? setRange(presetRange(preset, today.value)) : Promise.resolve();
  }

  /**
   * Opens Laporan on the outlet's business day. The first visit shows today; a later visit keeps
   * the range the owner chose and loads it again (sales may have happened since).
   */
  function open(businessDay: string): Promise<void> {
    today.value = businessDay;
    if (!range.value) return applyPreset('today');
    return load();
  }

  // A sale or a ledger entry changes today's figures: reload while the screen is open, at most one
  // reload behind (a burst of events costs two round trips), and only if the range holds today.
  const refreshLive = coalesced(async () => {
    if (range.value && today.value && includesDay(range.value, today.value)) await load();
  });

  function startLive(): void {
    if (stopListening) return;
    const offLedger = pos().on('ledger:changed', () => void refreshLive());
    const offSales = pos().on('sales:updated', () => void refreshLive());
    stopListening = () => {
      offLedger();
      offSales();
    };
  }

  function stopLive(): void {
    stopListening?.();
    stopListening = null;
  }

  return { range, today, user, sections, load, retry, setRange, setUser, applyPreset, open, startLive, stopLive };
});
