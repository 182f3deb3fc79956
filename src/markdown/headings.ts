import type { Element } from 'hast';
import type { Heading } from 'mdast';
import { defaultHandlers, type State } from 'mdast-util-to-hast';
import type { Page } from '../model/types.ts';
import type { RenderContext } from '../render/context.ts';

/**
 * Headings take the anchors the model computed, so links checked by validate land on them.
 * `shift` moves them down a level where a page sits inside a larger document (the print edition).
 */
export function headingHandler(ctx: RenderContext, page: Page, shift = 0) {
  const byLine = new Map(page.headings.map((heading) => [heading.at.line, heading]));
  return (state: State, node: Heading): Element => {
    const element = defaultHandlers.heading(state, node);
    element.tagName = `h${Math.min(6, node.depth + shift)}`;
    const heading = byLine.get(node.position?.start.line ?? -1);
    if (heading) element.properties = { ...element.properties, id: ctx.urls.headingId(page, heading.slug) };
    return element;
  };
}
