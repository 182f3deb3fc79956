import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Link } from 'mdast';
import type { State } from 'mdast-util-to-hast';
import { verdictIcons, verdictLabels } from '../i18n/ui.ts';
import { resolvePageLink } from '../model/link.ts';
import type { Page, Report } from '../model/types.ts';
import type { RenderContext } from '../render/context.ts';

/**
 * `[text](claim:ID)` keeps its text and gains the claim's verdict badge (icon + words, linked to
 * the ledger); `[text](source:ID)` gains a numbered citation; links to .md files become page URLs.
 */
export function linkHandler(ctx: RenderContext, page: Page) {
  const byFile = pagesByFile(ctx.report);
  return (state: State, node: Link): ElementContent | ElementContent[] => {
    const children = state.all(node);
    const [scheme, id = ''] = node.url.split(/:(.*)/s);
    if (scheme === 'claim') {
      const claim = ctx.report.claims.get(id)!;
      return h(`span.claim.verdict-${claim.verdict}`, [
        ...children,
        ' ',
        verdictBadge(ctx, claim.id, claim.verdict),
      ]);
    }
    if (scheme === 'source') {
      const source = ctx.report.sources.get(id)!;
      return [
        ...children,
        h('sup.citation', [h('a', { href: ctx.urls.source(id), title: source.title }, `[${source.number}]`)]),
      ];
    }
    return h('a', { href: pageHref(ctx, page, node.url, byFile), title: node.title ?? undefined }, children);
  };
}

// One lookup table per report, not one per rendered page.
const byFileCache = new WeakMap<Report, ReadonlyMap<string, Page>>();
function pagesByFile(report: Report): ReadonlyMap<string, Page> {
  let map = byFileCache.get(report);
  if (!map) byFileCache.set(report, (map = new Map(report.pages.map((p) => [p.file, p]))));
  return map;
}

export function verdictBadge(ctx: RenderContext, claimId: string, verdict: keyof typeof verdictIcons): Element {
  const label = verdictLabels[ctx.locale][verdict];
  return h(`a.badge.verdict-${verdict}`, { href: ctx.urls.claim(claimId), title: `${ctx.t.verdict}: ${label}` }, [
    h('span.badge-icon', { 'aria-hidden': 'true' }, verdictIcons[verdict]),
    h('span.badge-text', label),
  ]);
}

function pageHref(ctx: RenderContext, page: Page, url: string, byFile: ReadonlyMap<string, Page>): string {
  const resolved = resolvePageLink(page.file, url, byFile);
  if (resolved.external || !resolved.page) return url;
  return resolved.anchor ? ctx.urls.heading(resolved.page, resolved.anchor) : ctx.urls.page(resolved.page);
}
