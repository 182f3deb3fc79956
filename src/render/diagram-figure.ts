import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Figure } from '../model/types.ts';
import type { RenderContext } from './context.ts';
import { diagramKey, type DrawnDiagrams } from './diagrams.ts';
import { figureId } from './figures.ts';
import { withDiagramId } from './mermaid-svg.ts';

type MermaidFigure = Extract<Figure, { kind: 'mermaid' }>;

/**
 * A diagram drawn at build time: its sanitised SVG inline (no script, readable in print and by
 * search), then "图 2-1 title", its sources, and a link to the standalone .svg for zooming.
 */
export function diagramFigure(ctx: RenderContext, figure: MermaidFigure, diagrams: DrawnDiagrams): Element {
  const { t, urls, report } = ctx;
  const id = figureId(figure);
  const svg = diagrams.get(diagramKey(figure));
  // Without a drawing (a build that failed to draw stops before it writes anything) the source shows.
  const picture: ElementContent = svg
    ? h('div.diagram', [{ type: 'raw', value: withDiagramId(svg, `${id.replace(/[^\w-]/g, (c) => c.codePointAt(0)!.toString(36))}-svg`) }])
    : h('pre.diagram-source', { 'data-pagefind-ignore': '' }, figure.source);
  const cited = figure.sources.flatMap((sourceId) => {
    const source = report.sources.get(sourceId);
    return source ? [h('a', { href: urls.source(sourceId) }, `[${source.number}] ${source.title}`)] : [];
  });
  const sourceParts: (string | Element)[] = [];
  cited.forEach((link, i) => sourceParts.push(...(i ? [t.listSeparator, link] : [link])));
  const open = urls.diagram(id);
  return h('figure.figure.diagram-figure', { id, 'data-keep-together': '' }, [
    picture,
    h('figcaption', [
      h('p.figure-title', [h('span.figure-number', t.figureLabel(figure.number ?? '')), figure.title ? ` ${figure.title}` : '']),
      cited.length ? h('p.figure-source', [`${t.source}${t.colon}`, ...sourceParts]) : '',
      open && svg ? h('p.diagram-open', [h('a', { href: open }, t.openDiagram)]) : '',
    ]),
  ]);
}
