import type { Element } from 'hast';
import type { Heading } from 'mdast';
import { defaultHandlers, type State } from 'mdast-util-to-hast';
import type { Page } from '../model/types.ts';

/** Headings take the anchors the model computed, so links checked by validate land on them. */
export function headingHandler(page: Page) {
  const byLine = new Map(page.headings.map((heading) => [heading.at.line, heading]));
  return (state: State, node: Heading): Element => {
    const element = defaultHandlers.heading(state, node);
    const heading = byLine.get(node.position?.start.line ?? -1);
    if (heading) element.properties = { ...element.properties, id: heading.slug };
    return element;
  };
}
