import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Dataset, Figure } from '../model/types.ts';
import { Urls } from './urls.ts';
import type { RenderContext } from './context.ts';
import { datasetMeta } from './dataset-meta.ts';
import { dataTable, figureId } from './figures.ts';

type TableFigure = Extract<Figure, { kind: 'table' }>;

/** A chapter table that already prints every row and column of the dataset, if there is one. */
export function printedInFull(dataset: Dataset): TableFigure | undefined {
  return dataset.usedBy.find(
    (f): f is TableFigure =>
      f.kind === 'table' &&
      !f.spec.filter &&
      (!f.spec.columns || new Set(f.spec.columns).size === dataset.columnsById.size),
  );
}

/**
 * A dataset in the PDF's data appendix: everything written about it, then its rows as the author's
 * `pdf` setting asks, unless a chapter already printed them all, which is then referred to by page.
 */
export function datasetAppendix(ctx: RenderContext, dataset: Dataset): Element {
  const { t, report } = ctx;
  const total = dataset.rows.length;
  const online = new Urls(ctx.urls.base).download(dataset.id, 'csv')!;
  const children: ElementContent[] = [h('h2', dataset.title), ...datasetMeta(ctx, dataset, 3)];
  const inChapter = printedInFull(dataset);
  const note = (text: string, ...more: ElementContent[]) => h('p.dataset-print-note', [text, ...more]);
  if (inChapter) {
    const page = report.pageById.get(inChapter.pageId)!;
    // The reference names the page where the table's rows start, not where its figure opens.
    children.push(
      note(t.printedInChapter(total, page.title), h('a.page-ref', { href: `#${figureId(inChapter)}-table` })),
    );
  } else if (dataset.pdf === 'link') {
    children.push(note(t.rowsNotPrinted(total, online)));
  } else {
    const limit = typeof dataset.pdf === 'object' && dataset.pdf.rows < total ? dataset.pdf.rows : undefined;
    children.push(dataTable(ctx, dataset, {}, `appendix-${dataset.id}`, limit));
    if (limit !== undefined) children.push(note(t.rowsPrinted(limit, total, online)));
  }
  return h('section.dataset-appendix', { id: `dataset-${dataset.id}`, dataPrintUnit: '' }, children);
}
