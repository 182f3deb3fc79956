import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Dataset } from '../model/types.ts';
import type { RenderContext } from './context.ts';
import { sourceLinks } from './evidence.ts';

const entry = (term: string, value: ElementContent | string | undefined, notRecorded: string) =>
  h('div', [h('dt', term), h('dd', value === undefined ? [h('span.not-recorded', notRecorded)] : [value])]);

/**
 * Everything the author wrote about a dataset besides its rows: kind, description, what was measured
 * and on whom, method, environment, sources, date, and what each column means. The dataset page and
 * the print edition both show it from here, so neither can leave a field out.
 */
export function datasetMeta(ctx: RenderContext, dataset: Dataset, headingLevel: 2 | 3): Element[] {
  const { t, report } = ctx;
  const none = t.notRecorded;
  const sources = dataset.sources.map((id) => {
    const s = report.sources.get(id)!;
    const dates = [s.published && `${t.published} ${s.published}`, s.accessed && `${t.accessed} ${s.accessed}`]
      .filter(Boolean)
      .join(' · ');
    return h('li', [...sourceLinks(ctx, [id]), dates ? ` · ${dates}` : '']);
  });
  const meta = h('dl.dataset-meta', [
    entry(t.datasetKind, t.kindLabels[dataset.kind], none),
    ...(dataset.kind === 'adoption'
      ? [
          entry(t.metric, dataset.metric, none),
          entry(t.population, dataset.population, none),
          entry(t.sampleSize, dataset.sampleSize === undefined ? undefined : String(dataset.sampleSize), none),
        ]
      : []),
    entry(t.method, dataset.method, none),
    entry(t.collected, dataset.collected, none),
    entry(t.source, sources.length ? h('ul', sources) : undefined, none),
  ]);
  const heading = (text: string) => h(`h${headingLevel}`, text);
  const out: Element[] = [];
  if (dataset.description) out.push(h('p.dataset-description', dataset.description));
  out.push(meta);
  if (dataset.kind === 'benchmark') {
    out.push(
      h('section.dataset-environment', [
        heading(t.environment),
        h(
          'dl.environment',
          Object.entries(dataset.environment).map(([k, v]) => h('div', [h('dt', k), h('dd', v)])),
        ),
      ]),
    );
  }
  out.push(h('section.dataset-columns', [heading(t.columnsHeading), columnTable(ctx, dataset)]));
  return out;
}

/** Each column's label, unit, direction and meaning, as written in the dataset file. */
function columnTable(ctx: RenderContext, dataset: Dataset): Element {
  const { t } = ctx;
  const rows = [...dataset.columnsById.values()].map((c) =>
    h('tr', [
      h('th', { scope: 'row' }, c.label),
      h('td', c.unit ?? '—'),
      h(
        'td',
        [c.description ?? '', c.better ? `${c.description ? ' · ' : ''}${t.better[c.better]}` : ''].join('') || '—',
      ),
    ]),
  );
  return h('table.column-table', [
    h(
      'thead',
      h('tr', [
        h('th', { scope: 'col' }, t.column),
        h('th', { scope: 'col' }, t.unitHeading),
        h('th', { scope: 'col' }, t.meaning),
      ]),
    ),
    h('tbody', rows),
  ]);
}

/** The author's remarks on a dataset, printed under every table of it. */
export function datasetNotes(ctx: RenderContext, dataset: Dataset): Element | undefined {
  if (!dataset.notes?.length) return undefined;
  return h('div.dataset-notes', [
    h('p.dataset-notes-title', ctx.t.datasetNotes),
    h(
      'ul',
      dataset.notes.map((note) => h('li', note)),
    ),
  ]);
}
