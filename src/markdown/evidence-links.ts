import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Link } from 'mdast';
import type { State } from 'mdast-util-to-hast';
import { resolvePageLink } from '../model/link.ts';
import type { Page } from '../model/types.ts';
import type { RenderContext } from '../render/context.ts';
import { citation, claimMark } from '../render/evidence.ts';

/**
 * `[text](claim:ID)` keeps its text and gains the claim's mark (number, verdict, card);
 * `[text](source:ID)` gains a numbered citation; links to .md files become page URLs.
 */
export function linkHandler(ctx: RenderContext, page: Page) {
  const pageIndex = ctx.report.pages.indexOf(page);
  let marks = 0;
  return (state: State, node: Link): ElementContent | ElementContent[] => {
    const children = state.all(node);
    const [scheme, id = ''] = node.url.split(/:(.*)/s);
    if (scheme === 'claim') {
      return claimMark(ctx, ctx.report.claims.get(id)!, `${pageIndex}-${++marks}`, children);
    }
    if (scheme === 'source') return [...children, citation(ctx, id)];
    return h('a', { href: pageHref(ctx, page, node.url), title: node.title ?? undefined }, children);
  };
}

function pageHref(ctx: RenderContext, page: Page, url: string): string {
  const resolved = resolvePageLink(page.file, url, ctx.report.pageByFile);
  if (resolved.external || !resolved.page) return url;
  return resolved.anchor ? ctx.urls.heading(resolved.page, resolved.anchor) : ctx.urls.page(resolved.page);
}
