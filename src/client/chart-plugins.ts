import type { Chart, Plugin } from 'chart.js';
import type { ScatterPoint } from '../render/chart-data.ts';

/** Dark red, apart from every Okabe–Ito colour, so the caveat never reads as a series. */
const CAVEAT_COLOUR = '#a01818';
const CAVEAT_HEIGHT = 22;

// Merged into Chart.js's own interface, so the type parameter must keep Chart.js's name.
declare module 'chart.js' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface PluginOptionsByType<TType> {
    caveat?: { text?: string };
  }
}

// The SVG download draws into a drawing context that is no element: it takes Chart.js's own font.
const familyOf = (chart: Chart) =>
  (chart.canvas instanceof HTMLCanvasElement
    ? getComputedStyle(chart.canvas).fontFamily
    : chart.options.font?.family) || 'sans-serif';
const fontOf = (chart: Chart, weight: string, size: number) => `${weight} ${size}px ${familyOf(chart)}`;

/**
 * Draws the verdict on unverified data in the canvas's top-right corner (room kept by the layout's
 * top padding), so a screenshot or a copy pasted into slides keeps it.
 */
export const caveatPlugin: Plugin = {
  id: 'caveat',
  afterDraw(chart, _args, options: { text?: string }) {
    if (!options.text) return;
    const { ctx, width } = chart;
    ctx.save();
    ctx.font = fontOf(chart, '600', 13);
    ctx.fillStyle = CAVEAT_COLOUR;
    ctx.textAlign = 'right';
    ctx.textBaseline = 'top';
    ctx.fillText(options.text, width - 4, 4);
    ctx.restore();
    if (chart.canvas instanceof HTMLCanvasElement) chart.canvas.dataset.caveat = options.text;
  },
};
export const caveatPadding = (text: string | undefined) => (text ? CAVEAT_HEIGHT : 0);

/** Names each scatter point by its row's key column, beside the point. */
export const pointLabelPlugin: Plugin = {
  id: 'pointLabels',
  afterDatasetsDraw(chart) {
    const { ctx } = chart;
    let drawn = 0;
    ctx.save();
    ctx.font = fontOf(chart, '400', 12);
    ctx.fillStyle = '#222';
    ctx.textBaseline = 'bottom';
    chart.data.datasets.forEach((dataset, i) => {
      const meta = chart.getDatasetMeta(i);
      if (meta.type !== 'scatter' || meta.hidden) return;
      meta.data.forEach((point, j) => {
        const label = (dataset.data[j] as ScatterPoint | undefined)?.label;
        if (!label) return;
        // Beside the point, or to its left where the label would run off the plot.
        const left = point.x + 6 + ctx.measureText(label).width > chart.chartArea.right;
        ctx.textAlign = left ? 'right' : 'left';
        ctx.fillText(label, left ? point.x - 6 : point.x + 6, point.y - 4);
        drawn++;
      });
    });
    ctx.restore();
    if (chart.canvas instanceof HTMLCanvasElement) chart.canvas.dataset.pointLabels = String(drawn);
  },
};
