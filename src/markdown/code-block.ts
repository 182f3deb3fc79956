import type { Element, ElementContent } from 'hast';
import type { Code } from 'mdast';
import { defaultHandlers, type State } from 'mdast-util-to-hast';
import type { RenderContext } from '../render/context.ts';

/**
 * A code block scrolls sideways on a narrow screen, so keyboard users must be able to focus it
 * (WCAG 2.1.1): it becomes a labelled, focusable region, named after its language when given.
 */
export function codeBlock(ctx: RenderContext, state: State, node: Code): ElementContent {
  const pre = defaultHandlers.code(state, node) as Element;
  pre.properties = {
    ...pre.properties,
    tabIndex: 0,
    role: 'region',
    ariaLabel: ctx.t.codeBlock(node.lang ?? undefined),
  };
  return pre;
}
