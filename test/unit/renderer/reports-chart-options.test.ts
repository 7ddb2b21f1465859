import { describe, expect, it } from 'vitest';
import { marginByCategoryOption, salesByHourOption, shortDay, trendOption, type ChartTexts } from '../../../renderer/src/components/reports/chart-options';
import { chartsOf } from './reports-fixtures';

const texts: ChartTexts = { gross: 'Penjualan', margin: 'Margin', category: (c) => `cat:${c}` };
const charts = { ...chartsOf('2025-11-24'), marginByCategory: [{ category: 'pulsa' as const, margin: 3_000 }, { category: 'bill' as const, margin: 2_500 }] };

describe('chart options', () => {
  it('sales by hour: 24 bars 00..23 carrying the core\'s gross per hour', () => {
    const option = salesByHourOption(charts, texts);
    expect(option.xAxis).toMatchObject({ type: 'category', data: expect.arrayContaining(['00', '09', '23']) });
    expect((option.xAxis as { data: string[] }).data).toHaveLength(24);
    expect(option.series).toEqual([expect.objectContaining({ type: 'bar', data: charts.salesByHour.map((h) => h.gross) })]);
  });

  it('margin by category: one bar per category, named in the UI language', () => {
    const option = marginByCategoryOption(charts, texts);
    expect(option.yAxis).toMatchObject({ data: ['cat:pulsa', 'cat:bill'] });
    expect(option.series).toEqual([expect.objectContaining({ type: 'bar', data: [3_000, 2_500] })]);
  });

  it('30-day trend: gross and margin lines over the days', () => {
    const option = trendOption(charts, texts);
    expect(option.xAxis).toMatchObject({ data: ['24/11'] });
    expect((option.series as { type: string; name: string }[]).map((s) => [s.type, s.name])).toEqual([['line', 'Penjualan'], ['line', 'Margin']]);
    expect(shortDay('2026-01-03')).toBe('03/01');
  });

  it('money axes step by whole rupiah: an empty day never shows Rp 0,2 ticks', () => {
    expect(salesByHourOption(charts, texts).yAxis).toMatchObject({ type: 'value', minInterval: 1 });
    expect(marginByCategoryOption(charts, texts).xAxis).toMatchObject({ type: 'value', minInterval: 1 });
    expect(trendOption(charts, texts).yAxis).toMatchObject({ type: 'value', minInterval: 1 });
  });

  it('tooltips are drawn by the chart (rich text), never HTML with inline styles the CSP refuses; exact rupiah inside', () => {
    for (const option of [salesByHourOption(charts, texts), marginByCategoryOption(charts, texts), trendOption(charts, texts)]) {
      const tooltip = option.tooltip as { renderMode: string; valueFormatter: (v: number) => string };
      expect(tooltip.renderMode).toBe('richText');
      expect(tooltip.valueFormatter(1_250_000).replace(/\s/g, ' ')).toBe('Rp 1.250.000');
    }
  });
});
