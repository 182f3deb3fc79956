import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { verdictLabels } from '../../src/i18n/labels.ts';
import { diskFiles } from '../../src/node/disk-files.ts';
import { loadReport } from '../../src/model/load-report.ts';
import { pageTexts, pdfinfo } from '../helpers/poppler.ts';

/** The evidence the PDF carries: every quote of the ledger, and a footnote for each claim mark. */
const squash = (text: string) => text.replace(/\s+/g, '');

async function pdfOf(which: 'site' | 'sample') {
  const built = inject(which);
  const report = (await loadReport(diskFiles(built.root))).report!;
  const file = join(built.dist, `${report.meta.id}.pdf`);
  const texts = pageTexts(file, Number(pdfinfo(file).Pages), 'raw');
  // A note may run across a page break: read the pages without their running header and footer.
  const { title, classification } = report.meta;
  const running = (line: string) =>
    /^第 \d+ 页 \/ 共 \d+ 页$/.test(line.trim()) ||
    (line.includes(title) && !!classification && line.includes(classification));
  const body = texts.map((text) =>
    text
      .split('\n')
      .filter((line) => !running(line))
      .join('\n'),
  );
  return { report, texts, all: squash(body.join('')) };
}

describe('evidence in the PDF briefing', () => {
  it('prints every evidence quote, stance and source of the sample ledger', async () => {
    const { report, all } = await pdfOf('sample');
    const quotes = [...report.claims.values()].flatMap((c) =>
      c.evidence.filter((e) => e.quote).map((e) => ({ id: c.id, quote: e.quote! })),
    );
    expect(quotes.length).toBeGreaterThan(40);
    for (const { id, quote } of quotes) expect(all, `${id}: ${quote}`).toContain(squash(quote));
    for (const claim of report.claims.values()) {
      // The start of each entry (a long statement may run across a page break and its running header).
      expect(all, claim.id).toContain(squash(`断言 ${claim.number} ${claim.statement}`).slice(0, 24));
      if (claim.note) expect(all, claim.id).toContain(squash(claim.note));
    }
  });

  it('gives each claim mark in the text a footnote with the statement and verdict', async () => {
    const { report, texts } = await pdfOf('site');
    const appendix = texts.findIndex((t) => t.includes('附录 A 断言台账') && t.includes('核查结论'));
    const body = squash(texts.slice(2, appendix).join(''));
    const marked = [...report.claims.values()].filter((c) => c.citedBy.length > 0);
    expect(marked.length).toBeGreaterThan(3);
    for (const claim of marked)
      expect(body, claim.id).toContain(
        squash(`断言 ${claim.number}（${verdictLabels['zh-CN'][claim.verdict]}）：${claim.statement}`),
      );
    // No second number beside a mark: a footnote counter after "断言 11 ✘ 与证据相悖" would read as another
    // claim. (A number followed by "." is the next item of a numbered list, such as the key findings.)
    const labels = Object.values(verdictLabels['zh-CN']).join('|');
    const counted = [...body.matchAll(new RegExp(`断言\\d+\\S{0,2}?(?:${labels})\\d+(?![.\\d])`, 'g'))].map(
      (m) => m[0],
    );
    expect(counted).toEqual([]);
  });
});
