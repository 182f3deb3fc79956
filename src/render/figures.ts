import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { statusIcons, statusLabels } from '../i18n/labels.ts';
import type { Cell, Dataset, Figure } from '../model/types.ts';
import type { Column } from '../schema/dataset.ts';
import type { TableSpec } from '../schema/fences.ts';
import { formatNumber } from './numbers.ts';
import { datasetNotes } from './dataset-meta.ts';
import { chartData } from './chart-data.ts';
import { dataCaveat } from './data-caveat.ts';
import { cellText, filterRows } from '../model/rows.ts';
import type { RenderContext } from './context.ts';
import { jsonForScript } from './escape.ts';
import { sourceLinks, sourceName } from './evidence.ts';

/** Unique in the whole report, so the one-document print edition can hold every figure. */
const KEEP_TOGETHER_ROWS = 25;

export const figureId = (figure: Figure): string =>
  figure.number ? `fig-${figure.number}` : `table-${figure.pageId.replaceAll('/', '-') || 'home'}-${figure.at.line}`;

/** "；数据截至 2026-11-26", or "not recorded" where the author gave no date. */
const asOfText = ({ t }: RenderContext, dataset: Dataset) =>
  `${t.semicolon}${t.asOf} ${dataset.collected ?? t.notRecorded}`;

/** "来源：[3] 标题；数据截至 2026-11-26" as plain text, for the words a downloaded chart carries. */
function sourceText(ctx: RenderContext, dataset: Dataset): string {
  const { t } = ctx;
  const names = dataset.sources.flatMap((id) => {
    const source = ctx.report.sources.get(id);
    return source ? [sourceName(source)] : [];
  });
  return `${t.source}${t.colon}${names.join(t.listSeparator)}${asOfText(ctx, dataset)}`;
}

/** "图 2-1 title", the first line of every figure's caption. */
export function figureTitle(ctx: RenderContext, figure: Figure, title: string | undefined): Element {
  return h('p.figure-title', [
    h('span.figure-number', ctx.t.figureLabel(figure.number ?? '')),
    title ? ` ${title}` : '',
  ]);
}

/** "来源：[3] 标题；数据截至 2026-11-26 · 下载 CSV" under every figure and table. */
function sourceLine(ctx: RenderContext, dataset: Dataset): Element {
  const { t, urls } = ctx;
  const parts: (string | Element)[] = [`${t.source}${t.colon}`, ...sourceLinks(ctx, dataset.sources)];
  parts.push(`${asOfText(ctx, dataset)} · `);
  parts.push(h('a', { href: urls.dataset(dataset.id) }, dataset.title));
  const csv = urls.download(dataset.id, 'csv');
  if (csv) parts.push(' · ', h('a', { href: csv, download: '' }, t.downloadCsv));
  return h('p.figure-source', parts);
}

function formatCell(ctx: RenderContext, cell: Cell, column: Column): ElementContent[] {
  if (cell === null) return [h('span.empty', { 'aria-label': '—' }, '—')];
  if (typeof cell === 'object') {
    return [
      h(`span.status.status-${cell.status}`, [
        h('span.status-icon', { 'aria-hidden': 'true' }, statusIcons[cell.status]),
        ' ',
        statusLabels[ctx.locale][cell.status],
      ]),
    ];
  }
  if (typeof cell === 'number') return [{ type: 'text', value: formatNumber(cell, column, ctx.locale) }];
  if (typeof cell === 'boolean') return [{ type: 'text', value: cell ? '✔' : '✘' }];
  return [{ type: 'text', value: cell }];
}

/** A dataset as an accessible table; status notes become numbered footnotes under it. */
export function dataTable(
  ctx: RenderContext,
  dataset: Dataset,
  spec: Partial<TableSpec> = {},
  idPrefix = 'table',
  limit?: number,
): Element {
  const columns = (spec.columns ?? [...dataset.columnsById.keys()]).map((id) => dataset.columnsById.get(id)!);
  let rows = filterRows(dataset.rows, spec.filter);
  if (spec.sort) {
    const { by, order } = spec.sort;
    const sign = order === 'desc' ? -1 : 1;
    rows = [...rows].sort((a, b) => sign * compareCells(a[by] ?? null, b[by] ?? null));
  }
  if (limit !== undefined) rows = rows.slice(0, limit);
  const notes: string[] = [];
  const body = rows.map((row) =>
    h(
      'tr',
      columns.map((column, i) => {
        const cell = row[column.id] ?? null;
        const content = formatCell(ctx, cell, column);
        if (cell && typeof cell === 'object' && cell.note) {
          notes.push(cell.note);
          const n = notes.length;
          content.push(h('sup', [h('a', { href: `#${idPrefix}-note-${n}`, id: `${idPrefix}-ref-${n}` }, String(n))]));
        }
        const numeric = typeof cell === 'number';
        return i === 0 || column.id === dataset.keyColumn
          ? h('th', { scope: 'row', 'data-value': cellText(cell) }, content)
          : h('td', { class: numeric ? 'num' : undefined, 'data-value': cellText(cell) }, content);
      }),
    ),
  );
  const head = h(
    'tr',
    columns.map((column) =>
      h('th', { scope: 'col', class: column.type === 'number' || column.type === 'integer' ? 'num' : undefined }, [
        column.label,
        column.approximate ? h('span.approximate', ctx.t.approximate) : '',
        column.unit ? h('span.unit', ctx.t.unit(column.unit)) : '',
        column.better
          ? h('span.better', { title: ctx.t.better[column.better] }, column.better === 'higher' ? ' ↑' : ' ↓')
          : '',
      ]),
    ),
  );
  const compat = dataset.kind === 'compatibility';
  const table = h(`table.data-table${compat ? '.matrix' : ''}`, { id: `${idPrefix}-table`, 'data-sortable': '' }, [
    h('caption', spec.caption ?? dataset.title),
    h('thead', head),
    h('tbody', body),
  ]);
  const children: ElementContent[] = [
    h('div.table-scroll', { tabindex: '0', role: 'region', 'aria-label': spec.caption ?? dataset.title }, [table]),
  ];
  if (notes.length) {
    children.push(
      h(
        'ol.table-notes',
        notes.map((note, i) =>
          h('li', { id: `${idPrefix}-note-${i + 1}` }, [
            note,
            ' ',
            h('a', { href: `#${idPrefix}-ref-${i + 1}`, 'aria-label': '↩' }, '↩'),
          ]),
        ),
      ),
    );
  }
  const remarks = datasetNotes(ctx, dataset);
  if (remarks) children.push(remarks);
  return h('div.table-block', children);
}

function compareCells(a: Cell, b: Cell): number {
  if (a === null) return b === null ? 0 : 1;
  if (b === null) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return cellText(a).localeCompare(cellText(b), 'zh-CN');
}

export function tableFigure(ctx: RenderContext, figure: Extract<Figure, { kind: 'table' }>): Element {
  const dataset = ctx.report.datasets.get(figure.spec.dataset)!;
  const id = figureId(figure);
  // A short table is kept on one page in print; a long one may break between rows.
  const short = filterRows(dataset.rows, figure.spec.filter).length <= KEEP_TOGETHER_ROWS;
  return h('figure.figure.table-figure', { id, 'data-keep-together': short ? '' : undefined }, [
    dataTable(ctx, dataset, figure.spec, id),
    h('figcaption', [sourceLine(ctx, dataset)]),
  ]);
}

/**
 * A chart reads top to bottom like a published figure: number, title and unit above the plot, the
 * source and as-of date below, and the caveat on unverified data drawn on the canvas itself.
 */
export function chartFigure(ctx: RenderContext, figure: Extract<Figure, { kind: 'chart' }>): Element {
  const { t } = ctx;
  const dataset = ctx.report.datasets.get(figure.spec.dataset)!;
  const id = figureId(figure);
  const label = t.figureLabel(figure.number ?? '');
  const caveat = dataCaveat(ctx.report, dataset);
  const title = `${label} ${figure.spec.title}`;
  const data = chartData(dataset, figure.spec, t);
  data.frame = {
    title,
    source: sourceText(ctx, dataset),
    file: `${id}-${dataset.id}`,
    ...(data.unit ? { unit: t.unitLine(data.unit) } : {}),
    ...(caveat ? { caveat: t.caveat[caveat] } : {}),
  };
  const { x, series, y, band } = figure.spec;
  const columns = [
    x,
    ...(series ? [series] : []),
    ...(typeof y === 'string' ? [y] : y),
    ...(band ? [band.min, band.max] : []),
  ];
  const height =
    data.type === 'horizontal-bar'
      ? `height:${Math.min(40, 6 + 2.5 * data.labels.length * Math.max(1, data.series.length / 2))}rem`
      : undefined;
  return h('figure.figure.chart-figure', { id, 'data-chart': '', 'data-keep-together': '' }, [
    h('figcaption', [
      figureTitle(ctx, figure, figure.spec.title),
      data.frame.unit ? h('p.figure-unit', data.frame.unit) : '',
    ]),
    h('div.chart-box', { style: height }, [
      h(
        'canvas',
        { role: 'img', 'aria-label': [title, data.frame.caveat].filter(Boolean).join(t.semicolon) },
        t.noScriptChart,
      ),
    ]),
    h('script.chart-data', { type: 'application/json' }, jsonForScript(data)),
    h('div.figure-foot', [
      figure.spec.caption ? h('p.figure-caption', figure.spec.caption) : '',
      sourceLine(ctx, dataset),
      h('p.chart-downloads', { hidden: true }, [
        h('button.chart-png', { type: 'button' }, t.downloadPng),
        ' ',
        h('button.chart-svg', { type: 'button' }, t.downloadSvg),
      ]),
    ]),
    h('details.chart-table', [
      h('summary', t.showData),
      dataTable(
        ctx,
        dataset,
        { columns: [...new Set(columns)], ...(figure.spec.filter ? { filter: figure.spec.filter } : {}) },
        id,
      ),
    ]),
  ]);
}
