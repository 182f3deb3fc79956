import type { ElementContent } from 'hast';
import type { Code } from 'mdast';
import type { State } from 'mdast-util-to-hast';
import type { Page } from '../model/types.ts';
import type { RenderContext } from '../render/context.ts';
import { diagramFigure } from '../render/diagram-figure.ts';
import type { DrawnDiagrams } from '../render/diagram-ids.ts';
import { chartFigure, tableFigure } from '../render/figures.ts';
import { codeBlock } from './code-block.ts';

/** ```chart, ```table and ```mermaid fences become the figures the model already numbered. */
export function codeHandler(ctx: RenderContext, page: Page, diagrams: DrawnDiagrams) {
  const byLine = new Map(page.figures.map((figure) => [figure.at.line, figure]));
  return (state: State, node: Code): ElementContent | ElementContent[] => {
    const figure = byLine.get(node.position?.start.line ?? -1);
    if (!figure) return codeBlock(ctx, state, node);
    if (figure.kind === 'chart') return chartFigure(ctx, figure);
    if (figure.kind === 'table') return tableFigure(ctx, figure);
    return diagramFigure(ctx, figure, diagrams);
  };
}
