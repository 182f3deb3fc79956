import { posix } from 'node:path';
import type { Diagnostics } from './diagnostics.ts';
import type { PageLink } from './load-pages.ts';
import type { Reference } from './references.ts';
import type { Citation, ClaimEntry, Dataset, Page, SourceEntry } from './types.ts';
import { didYouMean, listOf } from '../i18n/words.ts';

interface Linkable {
  pages: Page[];
  sources: Map<string, SourceEntry>;
  claims: Map<string, ClaimEntry>;
  datasets: Map<string, Dataset>;
}

const declaredIn: Record<'source' | 'claim' | 'dataset', string> = {
  source: 'data/sources.yaml',
  claim: 'data/claims.yaml',
  dataset: 'data/**/*.yaml',
};

/** Resolves every recorded reference and records back-links (who cites a claim or a source). */
export function resolveReferences(
  model: Linkable,
  references: Reference[],
  diags: Diagnostics,
  isBroken: (kind: 'source' | 'claim' | 'dataset', id: string) => boolean,
): void {
  for (const ref of references) {
    if (ref.kind === 'column' || ref.kind === 'filter') continue; // column-refs.ts
    const table = ref.kind === 'source' ? model.sources : ref.kind === 'claim' ? model.claims : model.datasets;
    const target = table.get(ref.id);
    if (!target) {
      if (isBroken(ref.kind, ref.id)) continue; // its declaration is reported already
      diags.add(
        'unknown-ref',
        ref.at,
        { kind: ref.kind, id: ref.id, where: declaredIn[ref.kind] },
        didYouMean(ref.id, table.keys()),
      );
      continue;
    }
    if (ref.citedOn === undefined) continue;
    const citation = { pageId: ref.citedOn, at: { file: ref.at.file, line: ref.at.line, column: ref.at.column } };
    if ('citedBy' in target) target.citedBy.push(citation);
    // A chart or table names its dataset's sources in its caption: they are cited on its page too.
    else for (const id of target.sources) model.sources.get(id)?.citedBy.push(citation);
  }
  const inReadingOrder = readingOrder(model.pages);
  for (const entry of [...model.claims.values(), ...model.sources.values()]) entry.citedBy.sort(inReadingOrder);
  for (const claim of model.claims.values()) {
    for (const id of new Set(claim.evidence.map((item) => item.source))) model.sources.get(id)?.claims.push(claim.id);
    if (claim.claimedIn) model.sources.get(claim.claimedIn.source)?.claimsMade.push(claim.id);
  }
}

export type PageLinkTarget<P> =
  { external: true } | { external: false; path: string; page: P | undefined; anchor: string | undefined };

/**
 * Where a link in a page's Markdown leads: another site, or a page (`../02-x/y.md`, a folder's
 * index.md, or the same page for `#标题`) and a heading anchor. Validation and rendering both ask here.
 */
export function resolvePageLink<P>(fromFile: string, url: string, byFile: ReadonlyMap<string, P>): PageLinkTarget<P> {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return { external: true };
  const [path = '', anchor] = decodeURI(url).split('#');
  const file = path === '' ? fromFile : posix.normalize(posix.join(posix.dirname(fromFile), path));
  return {
    external: false,
    path,
    page: byFile.get(file) ?? byFile.get(posix.join(file, 'index.md')),
    anchor: anchor || undefined,
  };
}

export const pagesByFile = (pages: Page[]): ReadonlyMap<string, Page> =>
  new Map(pages.map((page) => [page.file, page]));

/** Citations by page in reading order, then by line and column. */
function readingOrder(pages: Page[]): (a: Citation, b: Citation) => number {
  const index = new Map(pages.map((page, i) => [page.id, i]));
  return (a, b) => index.get(a.pageId)! - index.get(b.pageId)! || a.at.line - b.at.line || a.at.column - b.at.column;
}

/** Checks that links between pages (`../02-x/y.md#标题`, `#标题`) land on a page and a heading. */
export function checkPageLinks(byFile: ReadonlyMap<string, Page>, links: PageLink[], diags: Diagnostics): void {
  for (const link of links) {
    const resolved = resolvePageLink(link.file, link.url, byFile);
    if (resolved.external) continue;
    const { path, page: target, anchor } = resolved;
    if (!target) {
      const fromHere = [...byFile.keys()].map((other) => posix.relative(posix.dirname(link.file), other));
      diags.add('broken-link', link.at, { target: link.url }, didYouMean(path, fromHere));
      continue;
    }
    if (anchor) {
      const slugs = target.headings.map((h) => h.slug);
      if (!slugs.includes(anchor)) {
        diags.add(
          'broken-anchor',
          link.at,
          {
            page: target.file,
            anchor,
            expected: listOf(
              slugs.map((s) => `#${s}`),
              diags.locale,
            ),
          },
          didYouMean(anchor, slugs),
        );
      }
    }
  }
}

/** Numbers sources in order of first citation, then of first use by a claim, then as declared. */
export function numberSources(model: Linkable): void {
  const order: string[] = [];
  const seen = new Set<string>();
  const take = (id: string) => {
    if (!seen.has(id) && model.sources.has(id)) {
      seen.add(id);
      order.push(id);
    }
  };
  const inReadingOrder = readingOrder(model.pages);
  const citations = [...model.sources.values()].flatMap((s) => s.citedBy.map((c) => ({ id: s.id, c })));
  citations.sort((a, b) => inReadingOrder(a.c, b.c));
  citations.forEach(({ id }) => take(id));
  for (const claim of model.claims.values())
    [...(claim.claimedIn ? [claim.claimedIn] : []), ...claim.evidence].forEach((item) => take(item.source));
  for (const id of model.sources.keys()) take(id);
  order.forEach((id, i) => (model.sources.get(id)!.number = i + 1));
}
