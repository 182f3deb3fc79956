import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { verdictIcons, verdictLabels } from '../../src/i18n/labels.ts';
import { memoryFiles } from '../../src/model/files.ts';
import { loadReport } from '../../src/model/load-report.ts';
import { renderContext, type RenderContext } from '../../src/render/context.ts';
import { claimMark } from '../../src/render/evidence.ts';
import { claimEntryBody, kidsToHtml, sourceEntry } from '../../src/render/ledger.ts';
import { PrintUrls, Urls } from '../../src/render/urls.ts';
import { readTree, starterDir } from '../helpers/fixtures.ts';

/**
 * The site's pages and the print edition build a claim and a source with the same builders, so a
 * reader of the PDF learns what a reader of the site does; only where the links lead differs.
 */
const { report } = await loadReport(memoryFiles(readTree(starterDir)));
const site = renderContext(report!, new Urls('/report/'));
const print = renderContext(report!, new PrintUrls('/report/', report!.pages));

const dom = (html: string) => JSDOM.fragment(`<div>${html}</div>`).firstElementChild!;
/** The words a reader sees, spaces collapsed. */
const shown = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('site and print show the same evidence', () => {
  const claims = [...report!.claims.values()];
  const sources = [...report!.sources.values()];

  it.each(claims.map((c) => [c.id, c] as const))('claim %s: the ledger entry reads the same', (_id, claim) => {
    const entry = (ctx: RenderContext) => dom(kidsToHtml(claimEntryBody(ctx, claim)));
    expect(shown(entry(print))).toBe(shown(entry(site)));
    expect(shown(entry(site))).toContain(claim.evidence.length ? (claim.evidence[0]!.quote ?? '') : '');
  });

  it.each(claims.map((c) => [c.id, c] as const))(
    'claim %s: the mark names the same claim, verdict and statement',
    (_id, claim) => {
      const mark = (ctx: RenderContext) => dom(kidsToHtml(claimMark(ctx, claim, 'k')));
      expect(shown(mark(print).querySelector('.claim-mark'))).toBe(shown(mark(site).querySelector('.claim-mark')));
      expect(shown(mark(site).querySelector('.claim-mark'))).toBe(
        `断言 ${claim.number} ${verdictIcons[claim.verdict]}${verdictLabels['zh-CN'][claim.verdict]}`,
      );
      expect(shown(mark(site))).toContain(claim.statement);
      expect(shown(mark(print))).toContain(claim.statement);
    },
  );

  it.each(sources.map((s) => [s.id, s] as const))('source %s: the bibliography entry reads the same', (_id, source) => {
    const entry = (ctx: RenderContext) => dom(kidsToHtml(sourceEntry(ctx, source)));
    expect(shown(entry(print))).toBe(shown(entry(site)));
    expect(shown(entry(site))).toContain(`[${source.number}] ${source.title}`);
  });

  it('links lead to the site pages on the site and inside the document in print', () => {
    const claim = claims.find((c) => c.evidence.length > 0)!;
    const siteLinks = [...dom(kidsToHtml(claimEntryBody(site, claim))).querySelectorAll('a')].map((a) =>
      a.getAttribute('href'),
    );
    const printLinks = [...dom(kidsToHtml(claimEntryBody(print, claim))).querySelectorAll('a')].map((a) =>
      a.getAttribute('href'),
    );
    expect(siteLinks.every((href) => href?.startsWith('/report/'))).toBe(true);
    expect(printLinks.every((href) => href?.startsWith('#'))).toBe(true);
  });
});
