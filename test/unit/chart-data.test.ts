import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { memoryFiles } from '../../src/model/files.ts';
import { loadReport } from '../../src/model/load-report.ts';
import { chartData } from '../../src/render/chart-data.ts';
import { renderContext } from '../../src/render/context.ts';
import { chartFigure } from '../../src/render/figures.ts';
import { dataCaveat } from '../../src/render/data-caveat.ts';
import { chartSpecSchema, type ChartSpecInput } from '../../src/schema/fences.ts';
import { ui } from '../../src/i18n/ui.ts';
import { Urls } from '../../src/render/urls.ts';
import { readTree, starterDir } from '../helpers/fixtures.ts';

const files = readTree(starterDir);
files['data/datasets/builds.yaml'] = `kind: table
id: builds
title: 构建耗时
columns:
  - { id: version, label: 版本 }
  - { id: os, label: 系统 }
  - { id: median, label: 中位数, type: number, unit: s }
  - { id: fastest, label: 最快, type: number, unit: s }
  - { id: slowest, label: 最慢, type: number, unit: s }
rows:
  - { version: "1.21", os: 麒麟, median: 30, fastest: 25, slowest: 41 }
  - { version: "1.21", os: 统信, median: 10, fastest: 9, slowest: 12 }
  - { version: "1.22", os: 麒麟, median: 15, fastest: 14, slowest: 20 }
  - { version: "1.22", os: 统信, median: 45, fastest: 40, slowest: 50 }
sources: []
method: 测试
collected: 2026-11-26
`;
files['data/sources.yaml'] += `- { id: forum-post, title: 论坛帖子, type: web, reliability: weak }
`;
const { report } = await loadReport(memoryFiles(files));
const dataset = report!.datasets.get('builds')!;
const t = ui('zh-CN');
const draw = (spec: Omit<ChartSpecInput, 'dataset' | 'title'>) =>
  chartData(dataset, chartSpecSchema.parse({ dataset: 'builds', title: '图', ...spec }), t);

describe('chart data for each chart type', () => {
  it('pie and doughnut: one slice per x value, from the one y column', () => {
    for (const type of ['pie', 'doughnut'] as const) {
      const data = draw({ type, x: 'os', y: 'median', filter: { version: '1.21' } });
      expect(data.labels).toEqual(['麒麟', '统信']);
      expect(data.series).toEqual([{ name: '中位数', values: [30, 10] }]);
    }
  });

  it("100 % stacked bars: each category's series add up to 100, on a share axis", () => {
    const data = draw({ type: 'bar', stacked: 'percent', x: 'version', y: 'median', series: 'os' });
    expect(data.yTitle).toBe('中位数占比（%）');
    expect(data.series.map((s) => s.name)).toEqual(['麒麟', '统信']);
    expect(data.series.map((s) => s.values)).toEqual([
      [75, 25],
      [25, 75],
    ]);
  });

  it('area: series by category, stacked when asked', () => {
    const data = draw({ type: 'area', stacked: true, x: 'version', y: 'median', series: 'os' });
    expect(data).toMatchObject({ type: 'area', stacked: true, labels: ['1.21', '1.22'] });
    expect(data.series.map((s) => s.values)).toEqual([
      [30, 15],
      [10, 45],
    ]);
  });

  it('line with a band: the min and max columns beside each series', () => {
    const data = draw({
      type: 'line',
      x: 'version',
      y: 'median',
      series: 'os',
      band: { min: 'fastest', max: 'slowest' },
    });
    expect(data.series[0]).toEqual({ name: '麒麟', values: [30, 15], band: { min: [25, 14], max: [41, 20] } });
    expect(data.yTitle).toBe('中位数（s）');
  });

  it("approximate values keep their qualifier in the legend, the tooltip's series name and the axis title", () => {
    const columnsById = new Map(
      [...dataset.columnsById].map(([id, c]) => [id, id === 'median' ? { ...c, approximate: true } : c]),
    );
    const data = chartData(
      { ...dataset, columnsById },
      chartSpecSchema.parse({ dataset: 'builds', title: '图', type: 'bar', x: 'version', y: ['median', 'fastest'] }),
      t,
    );
    expect(data.series.map((s) => s.name)).toEqual(['中位数（约数）', '最快']);
    expect(data.yTitle).toBe('中位数（约数） / 最快（s）');
  });

  it("the figure's data table shows the band columns too, so the range can be read without the chart", () => {
    const ctx = renderContext(report!, new Urls('/'));
    const spec = chartSpecSchema.parse({
      dataset: 'builds',
      title: '构建',
      type: 'line',
      x: 'version',
      y: 'median',
      band: { min: 'fastest', max: 'slowest' },
    });
    const html = toHtml(
      chartFigure(ctx, { kind: 'chart', pageId: '', at: { file: 'x.md', line: 1, column: 1 }, number: '1-1', spec }),
    );
    for (const label of ['中位数', '最快', '最慢']) expect(html).toContain(`>${label}<`);
  });

  it("scatter: each point carries its row's key, and the unit is said above the plot", () => {
    const data = draw({ type: 'scatter', x: 'fastest', y: 'slowest' });
    expect(data.series[0]!.values).toEqual([
      { x: 25, y: 41, label: '1.21' },
      { x: 9, y: 12, label: '1.21' },
      { x: 14, y: 20, label: '1.22' },
      { x: 40, y: 50, label: '1.22' },
    ]);
    expect(data.unit).toBe('s');
  });
});

describe('the caveat on unverified data', () => {
  const withSources = (sources: string[]) => dataCaveat(report!, { ...dataset, sources });
  it('is "article" when the article is the only source, "weak" with weak sources, none once a sound source backs it', () => {
    expect(withSources(['seed-article'])).toBe('article');
    expect(withSources(['seed-article', 'forum-post'])).toBe('weak');
    expect(withSources(['forum-post'])).toBe('weak');
    expect(withSources(['seed-article', 'go119-loong64'])).toBeUndefined();
    expect(withSources(['etcd-graduation'])).toBeUndefined();
  });

  it("is worded in the chart's data, for the canvas to draw", () => {
    const ctx = renderContext(report!, new Urls('/'));
    const spec = chartSpecSchema.parse({
      dataset: 'db-driver-benchmark',
      title: '压测',
      type: 'bar',
      x: 'database',
      y: 'p99',
    });
    const html = toHtml(
      chartFigure(ctx, { kind: 'chart', pageId: '', at: { file: 'x.md', line: 1, column: 1 }, number: '1-1', spec }),
    );
    expect(html).toContain('"caveat":"文章数据，未经核实"');
    expect(html.indexOf('figure-title')).toBeLessThan(html.indexOf('<canvas'));
    expect(html.indexOf('<canvas')).toBeLessThan(html.indexOf('figure-source'));
  });
});
