import type { ComposeOption } from 'echarts/core';
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ReportCharts } from '../../stores/reports';
import { formatRupiah } from '../../format/rupiah';

export type ReportChartOption = ComposeOption<
  BarSeriesOption | LineSeriesOption | GridComponentOption | TooltipComponentOption | LegendComponentOption
>;

export interface ChartTexts {
  gross: string;
  margin: string;
  category(category: string): string;
}

const BRAND = '#0d7a5f';
const MARGIN = '#b45309';
const compact = new Intl.NumberFormat('id-ID', { notation: 'compact', maximumFractionDigits: 1 });

/** "Rp 25 rb" on the axis (short), "Rp 25.000" in the tooltip (exact). */
const axisRupiah = (value: number) => `Rp ${compact.format(value)}`;
const exactRupiah = (value: unknown) => formatRupiah(Number(value));

/**
 * Tooltips as rich text drawn by the chart itself: an HTML tooltip is built with inline `style`
 * attributes, which the strict CSP (style-src 'self') refuses.
 */
const tooltip = (trigger: 'axis' | 'item'): TooltipComponentOption => ({
  trigger,
  renderMode: 'richText',
  valueFormatter: exactRupiah,
});

const grid: GridComponentOption = { left: 8, right: 16, top: 28, bottom: 8, containLabel: true };

/** Gross sales per hour of the day (00-23, outlet's zone). */
export function salesByHourOption(charts: ReportCharts, texts: ChartTexts): ReportChartOption {
  return {
    animation: false,
    grid,
    tooltip: tooltip('axis'),
    xAxis: { type: 'category', data: charts.salesByHour.map((h) => String(h.hour).padStart(2, '0')) },
    yAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: axisRupiah } },
    series: [{ type: 'bar', name: texts.gross, data: charts.salesByHour.map((h) => h.gross), itemStyle: { color: BRAND } }],
  };
}

/** Margin per product category: horizontal bars, the category names readable in full. */
export function marginByCategoryOption(charts: ReportCharts, texts: ChartTexts): ReportChartOption {
  return {
    animation: false,
    grid,
    tooltip: tooltip('axis'),
    xAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: axisRupiah } },
    yAxis: { type: 'category', inverse: true, data: charts.marginByCategory.map((c) => texts.category(c.category)) },
    series: [{ type: 'bar', name: texts.margin, data: charts.marginByCategory.map((c) => c.margin), itemStyle: { color: MARGIN } }],
  };
}

/** The 30 business days ending on the report's day: gross and margin as two lines. */
export function trendOption(charts: ReportCharts, texts: ChartTexts): ReportChartOption {
  return {
    animation: false,
    grid: { ...grid, top: 36 },
    legend: { top: 0, data: [texts.gross, texts.margin] },
    tooltip: tooltip('axis'),
    xAxis: { type: 'category', data: charts.trend30.map((d) => shortDay(d.day)) },
    yAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: axisRupiah } },
    series: [
      { type: 'line', name: texts.gross, data: charts.trend30.map((d) => d.gross), itemStyle: { color: BRAND }, showSymbol: false },
      { type: 'line', name: texts.margin, data: charts.trend30.map((d) => d.margin), itemStyle: { color: MARGIN }, showSymbol: false },
    ],
  };
}

/** "2025-11-24" -> "24/11": the trend's axis has no room for the year. */
export function shortDay(day: string): string {
  return `${day.slice(8, 10)}/${day.slice(5, 7)}`;
}
