import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { verdictIcons, verdictLabels } from '../i18n/labels.ts';
import { strongestEvidence } from '../model/queries.ts';
import type { ClaimEntry, SourceEntry } from '../model/types.ts';
import type { Verdict } from '../schema/claim.ts';
import type { RenderContext } from './context.ts';

/**
 * The one builder of each piece of evidence markup, shared by the Markdown handlers, the site's
 * pages and the print edition, so a claim reads the same wherever it appears.
 */

/** The verdict in icon and words (never colour alone). */
function verdictLabel(ctx: RenderContext, verdict: Verdict): ElementContent[] {
  return [
    h('span.badge-icon', { 'aria-hidden': 'true' }, verdictIcons[verdict]),
    h('span.badge-text', verdictLabels[ctx.locale][verdict]),
  ];
}

/** A verdict badge linked to the claim's ledger entry, for lists of claims. */
export function verdictBadge(ctx: RenderContext, claim: Pick<ClaimEntry, 'id' | 'verdict'>): Element {
  const label = verdictLabels[ctx.locale][claim.verdict];
  return h(
    `a.badge.verdict-${claim.verdict}`,
    { href: ctx.urls.claim(claim.id), title: `${ctx.t.verdict}: ${label}` },
    verdictLabel(ctx, claim.verdict),
  );
}

/** "[n] title": how a caption, a dataset or an evidence item names a source. */
export const sourceName = (source: Pick<SourceEntry, 'number' | 'title'>): string =>
  `[${source.number}] ${source.title}`;

/** Each source as "[n] title" linked to its bibliography entry, joined as a list; unknown ids are left out. */
export function sourceLinks(ctx: RenderContext, ids: readonly string[]): (Element | string)[] {
  const known = ids.flatMap((id) => {
    const source = ctx.report.sources.get(id);
    return source ? [h('a', { href: ctx.urls.source(id) }, sourceName(source))] : [];
  });
  return known.flatMap((link, i) => (i ? [ctx.t.listSeparator, link] : [link]));
}

/** `[n]` linked to the bibliography entry: every citation of a source looks like this. */
export function citation(ctx: RenderContext, sourceId: string): Element {
  const source = ctx.report.sources.get(sourceId)!;
  return h('sup.citation', [h('a', { href: ctx.urls.source(sourceId), title: source.title }, `[${source.number}]`)]);
}

/**
 * A claim mark: names the claim (stable number) and its verdict, so the reader sees which claim is
 * judged rather than which words were linked. On the site it opens a card (hover and focus by CSS,
 * tap and click by the popover attribute, no script); the card is also the mark's description for
 * assistive technology. In print the card becomes a footnote with the statement and verdict.
 * `key` makes the card's id unique on its page.
 */
export function claimMark(ctx: RenderContext, claim: ClaimEntry, key: string, text: ElementContent[] = []): Element {
  const { t } = ctx;
  const number = t.claimNumber(claim.number);
  const verdict = verdictLabels[ctx.locale][claim.verdict];
  const quoted = text.length > 0 ? [h('span.claim-text', text), ' '] : [];
  if (ctx.urls.print) {
    return h(`span.claim-ref.verdict-${claim.verdict}`, [
      ...quoted,
      h(`a.claim-mark.verdict-${claim.verdict}`, { href: ctx.urls.claim(claim.id) }, [
        h('span.claim-mark-number', number),
        ' ',
        ...verdictLabel(ctx, claim.verdict),
      ]),
      h('span.claim-footnote', [
        h('span.claim-footnote-number', number),
        `${t.parenthetical(verdict)}${t.colon}${claim.statement}`,
      ]),
    ]);
  }
  const id = `claim-card-${key}`;
  const best = strongestEvidence(claim, ctx.report.sources);
  return h(`span.claim-ref.verdict-${claim.verdict}`, [
    ...quoted,
    h('span.claim-anchor', [
      h(
        `button.claim-mark.verdict-${claim.verdict}`,
        { type: 'button', popovertarget: id, 'aria-describedby': id, 'data-claim-mark': claim.id },
        [h('span.claim-mark-number', number), ' ', ...verdictLabel(ctx, claim.verdict)],
      ),
      h('span.claim-card', { id, popover: '' }, [
        h('span.claim-card-head', [h('strong', number), ` · ${t.verdict}${t.colon}${verdict}`]),
        h('span.claim-card-statement', claim.statement),
        ...(claim.note ? [h('span.claim-card-note', claim.note)] : []),
        ...(best
          ? [
              h('span.claim-card-quote', [
                h('q', best.item.quote!),
                ' ',
                h('span.claim-card-source', [`— ${best.source.title} `, citation(ctx, best.source.id)]),
              ]),
            ]
          : []),
        h('a.claim-card-link', { href: ctx.urls.claim(claim.id) }, t.fullEntry),
      ]),
    ]),
  ]);
}
