import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { confidenceLabels } from '../i18n/labels.ts';
import type { ClaimOrigin, Evidence } from '../schema/claim.ts';
import type { Citation, ClaimEntry, SourceEntry } from '../model/types.ts';
import { entryFor } from './navigation.ts';
import type { RenderContext } from './context.ts';
import { sourceLinks, verdictBadge } from './evidence.ts';

/**
 * Full entries of the claim ledger and the bibliography: one builder each, used by the site's
 * ledger and bibliography pages and by the PDF's appendices, so print carries everything the site does.
 */

/** What a builder may return among its children: elements and plain text. */
type Kid = Element | string;

/** HTML of a builder's result, for Astro pages (`set:html`). */
export function kidsToHtml(kids: Kid | Kid[]): string {
  const list = Array.isArray(kids) ? kids : [kids];
  return toHtml({ type: 'root', children: list.map((k) => (typeof k === 'string' ? { type: 'text', value: k } : k)) });
}

/** Links to the pages citing a claim or source, each page once, in reading order. */
export function citedOn(ctx: RenderContext, citedBy: Citation[]): Kid[] {
  const ids = [...new Set(citedBy.map((c) => c.pageId))];
  if (ids.length === 0) return [ctx.t.notCited];
  return ids.flatMap((id, i) => {
    const page = ctx.report.pageById.get(id)!;
    const { number, title } = entryFor(ctx.report, page);
    return [
      ...(i > 0 ? [ctx.t.listSeparator] : []),
      h('a', { href: ctx.urls.page(page) }, page.id === '' ? ctx.t.summary : [number, title].join(' ')),
    ];
  });
}

const field = (label: string, value: Kid | Kid[], wide = false): Element =>
  h(wide ? 'div.wide' : 'div', [h('dt', label), h('dd', value)]);

/** One evidence item: the quote relied on for this claim, its stance, and the source with its reliability. */
function evidenceItem(ctx: RenderContext, item: Evidence): Element {
  const { t } = ctx;
  const source = ctx.report.sources.get(item.source)!;
  return h('li.evidence-item', [
    item.quote
      ? h('blockquote.evidence-quote', item.quote)
      : h('p.evidence-quote.none', `${t.quote}${t.colon}${t.notRecorded}`),
    h('p.evidence-meta', [
      h('span', `${t.stance}${t.colon}${item.stance ? t.stanceLabels[item.stance] : t.notRecorded}`),
      t.semicolon,
      h('span', [`${t.source}${t.colon}`, ...sourceLinks(ctx, [source.id])]),
      t.semicolon,
      h('span', `${t.reliability}${t.colon}${t.reliabilityLabels[source.reliability]}`),
      ...(item.locator ? [t.semicolon, h('span', `${t.locator}${t.colon}${item.locator}`)] : []),
    ]),
    ...(item.note ? [h('p.evidence-note', item.note)] : []),
  ]);
}

/** Where the claim is made: "[1] 文章标题 · 第 2.3 节". */
function claimOrigin(ctx: RenderContext, origin: ClaimOrigin): Kid[] {
  const source = ctx.report.sources.get(origin.source)!;
  return [
    h('a', { href: ctx.urls.source(source.id) }, `[${source.number}] ${source.title}`),
    ...(origin.locator ? [` · ${origin.locator}`] : []),
  ];
}

/** Everything the ledger knows about a claim, below its statement. */
export function claimEntryBody(ctx: RenderContext, claim: ClaimEntry): Element {
  const { t } = ctx;
  return h('dl.claim-meta', [
    ...(claim.claimedIn ? [field(t.claimedIn, claimOrigin(ctx, claim.claimedIn))] : []),
    field(t.verdict, [verdictBadge(ctx, claim)]),
    field(t.confidence, claim.confidence ? confidenceLabels[ctx.locale][claim.confidence] : t.notRecorded),
    field(t.checked, claim.checked ?? t.notRecorded),
    field(t.note, claim.note ?? t.notRecorded, true),
    field(
      `${t.evidence}${t.parenthetical(claim.evidence.length)}`,
      claim.evidence.length
        ? [
            h(
              'ol.evidence-list',
              claim.evidence.map((item) => evidenceItem(ctx, item)),
            ),
          ]
        : t.noEvidence,
      true,
    ),
    field(t.citedOn, citedOn(ctx, claim.citedBy), true),
  ]);
}

/** A bibliography entry: the document, its reliability, the claims made in it and the claims whose evidence cites it. */
export function sourceEntry(ctx: RenderContext, source: SourceEntry): Kid[] {
  const { t } = ctx;
  const claimList = (label: string, ids: string[]) => {
    const claims = ids.map((id) => ctx.report.claims.get(id)!);
    return claims.length
      ? [
          h('p.source-claims', [
            `${label}${t.colon}`,
            ...claims.flatMap((c, i) => [
              ...(i > 0 ? [t.listSeparator] : []),
              h('a', { href: ctx.urls.claim(c.id) }, t.claimNumber(c.number)),
            ]),
          ]),
        ]
      : [];
  };
  return [
    h('p.source-title', [
      h('span.source-number', `[${source.number}]`),
      ' ',
      source.url ? h('a', { href: source.url, rel: 'external noreferrer' }, source.title) : source.title,
      ...(source.publisher ? [h('span.source-publisher', ` · ${source.publisher}`)] : []),
      ...(source.authors?.length ? [h('span', ` · ${source.authors.join(t.listSeparator)}`)] : []),
    ]),
    ...(source.url ? [h('p.source-url', source.url)] : []),
    h('p.source-meta', [
      `${t.sourceType}${t.colon}${t.sourceTypeLabels[source.type]}`,
      t.semicolon,
      h('strong', `${t.reliability}${t.colon}${t.reliabilityLabels[source.reliability]}`),
      t.semicolon,
      `${t.published}${t.colon}${source.published ?? t.notRecorded}`,
      ...(source.url ? [t.semicolon, `${t.accessed}${t.colon}${source.accessed ?? t.notRecorded}`] : []),
    ]),
    ...(source.note ? [h('p.source-note', source.note)] : []),
    ...claimList(t.claimsMade, source.claimsMade),
    ...claimList(t.claimsRelying, source.claims),
    ...(source.citedBy.length
      ? [h('p.source-cited', [`${t.citedOn}${t.colon}`, ...citedOn(ctx, source.citedBy)])]
      : []),
  ];
}
