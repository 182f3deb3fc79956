import {
  BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement,
  PointElement, ScatterController, Tooltip,
} from 'chart.js';
import type { ChartData } from '../render/chart-data.ts';
import { markReady } from './ready.ts';

// Only the parts Dossier's chart types use, to keep chart pages light.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, ScatterController, Legend, Tooltip);

/** Okabe–Ito: distinguishable with the common forms of colour blindness. */
const palette = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];
// The page's own font stack (the print edition swaps in a font that embeds well in PDF).
const font = { family: getComputedStyle(document.documentElement).getPropertyValue('--font').trim() || 'sans-serif' };

function draw(figure: HTMLElement): void {
  const canvas = figure.querySelector('canvas');
  const json = figure.querySelector('script.chart-data')?.textContent;
  if (!canvas || !json) return;
  const data = JSON.parse(json) as ChartData;
  const horizontal = data.type === 'horizontal-bar';
  const type = data.type === 'line' ? 'line' : data.type === 'scatter' ? 'scatter' : 'bar';
  const valueAxis = { stacked: data.stacked, beginAtZero: true, title: { display: true, text: data.yTitle, font }, ticks: { font } };
  const categoryAxis = { stacked: data.stacked, title: { display: true, text: data.xTitle, font }, ticks: { font } };
  new Chart(canvas, {
    type,
    data: {
      labels: data.labels,
      datasets: data.series.map((series, i) => ({
        label: series.name,
        data: series.values as never,
        backgroundColor: palette[i % palette.length],
        borderColor: palette[i % palette.length],
        borderWidth: type === 'bar' ? 0 : 2,
        maxBarThickness: 56,
      })),
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      indexAxis: horizontal ? 'y' : 'x',
      scales: horizontal ? { x: valueAxis, y: categoryAxis } : { x: type === 'scatter' ? { ...categoryAxis, type: 'linear' } : categoryAxis, y: valueAxis },
      plugins: { legend: { display: data.series.length > 1, labels: { font } } },
    },
  });
}

document.querySelectorAll<HTMLElement>('figure[data-chart]').forEach(draw);
markReady('charts');
