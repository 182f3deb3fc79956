import type { Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { Page } from '../model/types.ts';
import type { RenderContext } from '../render/context.ts';
import { mermaidFigures } from '../render/diagram-ids.ts';
import { linkHandler } from './evidence-links.ts';
import { remarkCjkBreaks } from './cjk-breaks.ts';
import { directiveHandler } from './directives.ts';
import { codeHandler } from './figures.ts';
import { headingHandler } from './headings.ts';
import { rehypeKeepPunctuation } from './keep-punctuation.ts';
import { rehypeSafeUrls } from './safe-urls.ts';

/** A page's Markdown, already parsed by the model, as HTML with Dossier's figures and evidence marks. */
export async function renderPage(
  ctx: RenderContext,
  page: Page,
  options: { headingShift?: number } = {},
): Promise<string> {
  const mermaid = mermaidFigures(page.figures);
  const diagrams = mermaid.length ? await ctx.diagrams.of(mermaid) : new Map<string, string>();
  const processor = unified()
    .use(remarkCjkBreaks)
    .use(remarkRehype, {
      handlers: {
        code: codeHandler(ctx, page, diagrams),
        link: linkHandler(ctx, page),
        heading: headingHandler(ctx, page, options.headingShift),
        yaml: () => undefined,
        containerDirective: directiveHandler(ctx),
      },
    })
    .use(rehypeSafeUrls)
    .use(rehypeKeepPunctuation)
    // Raw nodes come only from our own handlers (the sanitised diagram SVG): remark-rehype drops
    // the author's raw HTML, as it is not given allowDangerousHtml.
    .use(rehypeStringify, { allowDangerousHtml: true });
  const hast = (await processor.run(structuredClone(page.tree) as Root)) as HastRoot;
  return processor.stringify(hast);
}
