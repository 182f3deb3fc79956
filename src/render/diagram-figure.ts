import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Figure } from '../model/types.ts';
import type { RenderContext } from './context.ts';
import { diagramKey, type DrawnDiagrams } from './diagram-ids.ts';
import { sourceLinks } from './evidence.ts';
import { figureId, figureTitle } from './figures.ts';
import { withDiagramId } from './diagram-ids.ts';

type MermaidFigure = Extract<Figure, { kind: 'mermaid' }>;

/**
 * A diagram drawn at build time: its sanitised SVG inline (no script, readable in print and by
 * search), then "图 2-1 title", its sources, and a link to the standalone .svg for zooming.
 */
export function diagramFigure(ctx: RenderContext, figure: MermaidFigure, diagrams: DrawnDiagrams): Element {
  const { t, urls } = ctx;
  const id = figureId(figure);
  const svg = diagrams.get(diagramKey(figure));
  // Without a drawing (a build that failed to draw stops before it writes anything) the source shows.
  const label = [t.figureLabel(figure.number ?? ''), figure.title].filter(Boolean).join(' ');
  // The labels again as the picture's text alternative: one reading for screen readers, and the
  // text the search index takes (Pagefind does not read SVG).
  const picture: ElementContent = svg
    ? h(
        'div.diagram',
        {
          role: 'img',
          'aria-label': [label, svgLabels(svg).join(t.listSeparator)].filter(Boolean).join(t.colon),
          'data-pagefind-index-attrs': 'aria-label',
        },
        [
          {
            type: 'raw',
            value: withDiagramId(svg, `${id.replace(/[^\w-]/g, (c) => c.codePointAt(0)!.toString(36))}-svg`),
          },
        ],
      )
    : h('pre.diagram-source', { 'data-pagefind-ignore': '' }, figure.source);
  const cited = sourceLinks(ctx, figure.sources);
  const open = urls.diagram(id);
  return h('figure.figure.diagram-figure', { id, 'data-keep-together': '' }, [
    picture,
    h('figcaption', [
      figureTitle(ctx, figure, figure.title),
      cited.length ? h('p.figure-source', [`${t.source}${t.colon}`, ...cited]) : '',
      open && svg ? h('p.diagram-open', [h('a', { href: open }, t.openDiagram)]) : '',
    ]),
  ]);
}

const entities: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", '#39': "'" };

/** The text of each label of a drawn diagram, its wrapped lines joined again. */
function svgLabels(svg: string): string[] {
  return [...svg.replace(/<style[\s\S]*?<\/style>/g, '').matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)]
    .map((m) =>
      m[1]!
        .replace(/<tspan[^>]*class="text-outer-tspan[^>]*>/g, ' ')
        .replace(/<[^>]+>/g, '')
        .replace(/&(lt|gt|amp|quot|apos|#39);/g, (_, e: string) => entities[e]!),
    )
    .map((text) => text.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}
