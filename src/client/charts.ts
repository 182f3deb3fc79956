import * as chartjs from 'chart.js';
import type { ChartConfiguration, ChartDataset } from 'chart.js';
import type { ChartData } from '../render/chart-data.ts';
import { okabeIto as palette } from '../render/palette.ts';
import { caveatPadding, caveatPlugin, pointLabelPlugin } from './chart-plugins.ts';
import { downloadPng, downloadSvg } from './chart-downloads.ts';

// Only the parts Dossier's chart types use (not chart.js/auto), to keep chart pages light: the
// bundle keeps just the namespace members named here.
chartjs.Chart.register(
  chartjs.ArcElement,
  chartjs.BarController,
  chartjs.BarElement,
  chartjs.CategoryScale,
  chartjs.DoughnutController,
  chartjs.Filler,
  chartjs.LinearScale,
  chartjs.LineController,
  chartjs.LineElement,
  chartjs.PieController,
  chartjs.PointElement,
  chartjs.ScatterController,
  chartjs.Legend,
  chartjs.Tooltip,
  caveatPlugin,
  pointLabelPlugin,
);

const colour = (i: number) => palette[i % palette.length]!;
// The page's own font stack (the print edition swaps in a font that embeds well in PDF).
const font = { family: getComputedStyle(document.documentElement).getPropertyValue('--font').trim() || 'sans-serif' };

const baseType = (type: ChartData['type']) =>
  type === 'line' || type === 'area'
    ? 'line'
    : type === 'scatter' || type === 'pie' || type === 'doughnut'
      ? type
      : 'bar';

/** One Chart.js dataset per series; a band adds its lower and upper edge, the upper filled down to the lower. */
function datasets(data: ChartData): ChartDataset[] {
  const type = baseType(data.type);
  if (type === 'pie' || type === 'doughnut') {
    return data.series.map((s) => ({
      label: s.name,
      data: s.values as number[],
      backgroundColor: data.labels.map((_, i) => colour(i)),
      borderColor: '#fff',
    }));
  }
  const stacked = data.stacked !== false;
  return data.series.flatMap((s, i): ChartDataset[] => {
    const line: ChartDataset = {
      label: s.name,
      data: s.values as never,
      backgroundColor: data.type === 'area' ? `${colour(i)}99` : colour(i),
      borderColor: colour(i),
      borderWidth: type === 'bar' ? 0 : 2,
      maxBarThickness: 56,
      ...(data.type === 'area' ? { fill: stacked && i > 0 ? '-1' : 'origin' } : {}),
    } as ChartDataset;
    if (!s.band) return [line];
    const edge = { borderWidth: 0, pointRadius: 0, borderColor: colour(i), backgroundColor: `${colour(i)}33` };
    const band = { ...edge, bandEdge: true };
    return [
      line,
      { ...band, label: `${s.name} min`, data: s.band.min, fill: false } as ChartDataset,
      { ...band, label: `${s.name} max`, data: s.band.max, fill: '-1' } as ChartDataset,
    ];
  });
}

/** Everything Chart.js needs to draw one figure, on the page or into the SVG download. */
function chartConfig(data: ChartData): ChartConfiguration {
  const type = baseType(data.type);
  const round = type === 'pie' || type === 'doughnut';
  const horizontal = data.type === 'horizontal-bar';
  const stacked = data.stacked !== false;
  const valueAxis = {
    stacked,
    beginAtZero: true,
    ...(data.stacked === 'percent' ? { max: 100 } : {}),
    title: { display: true, text: data.yTitle, font },
    ticks: { font },
  };
  const categoryAxis = { stacked, title: { display: true, text: data.xTitle, font }, ticks: { font } };
  const scales = horizontal
    ? { x: valueAxis, y: categoryAxis }
    : { x: type === 'scatter' ? { ...categoryAxis, type: 'linear' as const } : categoryAxis, y: valueAxis };
  const withBand = data.series.some((s) => s.band);
  const all = datasets(data);
  // A band's edges are part of its series: no legend entries of their own.
  const isEdge = (i: number | undefined) => i !== undefined && 'bandEdge' in all[i]!;
  return {
    type,
    data: { labels: data.labels, datasets: all as never },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      indexAxis: horizontal ? 'y' : 'x',
      layout: { padding: { top: caveatPadding(data.frame?.caveat) } },
      ...(round ? {} : { scales }),
      plugins: {
        caveat: { text: data.frame?.caveat },
        legend: {
          display: round || data.series.length > 1 || withBand,
          labels: { font, filter: (item: { datasetIndex?: number }) => !isEdge(item.datasetIndex) },
        },
      },
    },
  };
}

/** Draws one chart figure with its download buttons (chart-loader.ts decides when). */
export function drawChart(figure: HTMLElement): void {
  const canvas = figure.querySelector('canvas');
  const json = figure.querySelector('script.chart-data')?.textContent;
  if (!canvas || !json) return;
  const data = JSON.parse(json) as ChartData;
  const chart = new chartjs.Chart(canvas, chartConfig(data));
  const frame = data.frame;
  const png = figure.querySelector<HTMLButtonElement>('button.chart-png');
  const svg = figure.querySelector<HTMLButtonElement>('button.chart-svg');
  if (!frame || !png || !svg) return;
  png.addEventListener('click', () => downloadPng(chart.canvas, frame, font.family));
  // A fresh configuration: Chart.js keeps hold of the data arrays of the chart it draws.
  svg.addEventListener(
    'click',
    () => void downloadSvg(chartConfig(data), chart.width, chart.height, frame, font.family),
  );
  png.parentElement!.hidden = false;
}
