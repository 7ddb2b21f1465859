import { use } from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

/**
 * The only ECharts pieces the bundle carries: bar and line series, grid/tooltip/legend, and the SVG
 * renderer (crisp at any zoom, and the same renderer works in Node for a printed report). Never
 * `import 'echarts'`: that pulls every chart type, maps included. Registering twice is harmless.
 */
use([BarChart, LineChart, GridComponent, TooltipComponent, LegendComponent, SVGRenderer]);

/** Charts must be created with the renderer registered above (ECharts defaults to canvas). */
export const CHART_INIT_OPTIONS = { renderer: 'svg' } as const;
