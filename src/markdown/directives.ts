import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { ContainerDirective } from 'mdast-util-directive';
import type { State } from 'mdast-util-to-hast';
import type { RenderContext } from '../render/context.ts';
import { citation } from '../render/evidence.ts';

/**
 * `:::quote{source=ID locator="…"}` is text of the document under review: a blockquote with its
 * citation. `:::check` is the report's own check note, labelled so it never reads as the article.
 */
export function directiveHandler(ctx: RenderContext) {
  return (state: State, node: ContainerDirective): ElementContent => {
    const children = state.all(node);
    if (node.name === 'check') {
      return h('aside.check-note', [h('p.check-note-label', ctx.t.checkNote), ...children]);
    }
    const sourceId = node.attributes?.source ?? '';
    const source = ctx.report.sources.get(sourceId)!;
    const locator = node.attributes?.locator;
    return h('figure.article-quote', [
      h('blockquote', { cite: source.url }, children),
      h('figcaption', [
        `${ctx.t.quotedFrom}${ctx.t.colon}${source.title}`,
        ...(locator ? [` · ${locator}`] : []),
        ' ',
        citation(ctx, sourceId),
      ]),
    ]);
  };
}
