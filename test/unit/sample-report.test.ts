import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { numericColumnTypes } from '../../src/schema/dataset.ts';
import { diskFiles } from '../../src/node/disk-files.ts';
import { loadReport } from '../../src/model/load-report.ts';
import { repoRoot } from '../helpers/run.ts';
import { datasetCsv } from '../../src/render/downloads.ts';
import { kidsToHtml, sourceEntry } from '../../src/render/ledger.ts';
import { renderContext } from '../../src/render/context.ts';
import { Urls } from '../../src/render/urls.ts';
import type { RootContent } from 'mdast';
import type { Page } from '../../src/model/types.ts';
import {
  attributedQuotes,
  blocksOf,
  ownVoice,
  quotesOf,
  sharedRun,
  squash,
  wordsOf,
  type Passage,
} from '../helpers/article-voice.ts';
import { parseInWorker } from '../../src/node/mermaid-parser.ts';

/** The report in content/ and data/: the source article as an evidence report (issue #5). */
const result = await loadReport(diskFiles(repoRoot), { parseDiagram: parseInWorker });
const report = result.report!;

/** The fact-check ledger: the only allowed origin of verdicts, evidence and quotes. */
interface LedgerClaim {
  id: string;
  chapter: string;
  claim_zh: string;
  verdict: string;
  evidence: { url?: string | null; title: string; quote: string }[];
}
const ledger = (
  parse(readFileSync(join(repoRoot, '..', 'shared', 'research', 'seed-claims.yaml'), 'utf8')) as {
    claims: LedgerClaim[];
  }
).claims;

/** The article under review. */
const article = readFileSync(join(repoRoot, '..', 'shared', 'seed', '000_384acf14d4512ce2.txt'), 'utf8');
/** Readers see a page's frontmatter (summary, findings) as well as its body. */
const frontmatterVoice = (page: Page): Passage[] =>
  [page.summary ?? '', ...(page.findings ?? []).map((f) => f.text)].map((text) => ({ line: 1, text }));

describe('the sample report', () => {
  it('passes validate: no error, and no warning other than stances the ledger leaves open', () => {
    const problems = result.diagnostics.filter((d) => d.code !== 'stance-not-recorded');
    expect(problems.map((d) => `${d.file}:${d.line} ${d.message}`)).toEqual([]);
  });

  it("has the article's five chapters and all twelve numbered sections, in order", () => {
    expect(report.chapters.map((c) => c.title)).toEqual([
      'Go语言在国内没有前景',
      '信创政策驱动下的技术栈替代逻辑',
      '头部信创厂商技术选型的实证转向',
      '工程师能力迁移的硬性成本测算',
      '总结与展望',
    ]);
    const numbered = report.pages.map((p) => /^(\d\.\d) /.exec(p.title)?.[1]).filter(Boolean);
    expect(numbered).toEqual(['2.1', '2.2', '2.3', '2.4', '2.5', '3.1', '3.2', '3.3', '4.1', '4.2', '4.3', '4.4']);
  });

  it('turns every table of the article into a dataset and draws every numeric one', () => {
    expect(report.datasets.size).toBe(14);
    for (const dataset of report.datasets.values()) {
      expect(
        dataset.usedBy.some((f) => f.kind === 'table'),
        `${dataset.id} is shown as a table`,
      ).toBe(true);
      const numeric = [...dataset.columnsById.values()].some((c) => numericColumnTypes.includes(c.type));
      if (numeric)
        expect(
          dataset.usedBy.some((f) => f.kind === 'chart'),
          `${dataset.id} has a chart`,
        ).toBe(true);
      expect(dataset.sources, dataset.id).toContain('seed-article');
    }
  });

  it("renders all the article's diagrams, the malformed one rewritten", () => {
    const diagrams = report.pages.flatMap((p) => p.figures).filter((f) => f.kind === 'mermaid');
    expect(diagrams).toHaveLength(11);
    // Each diagram is the article's, and its source line says so.
    for (const diagram of diagrams)
      expect(diagram.kind === 'mermaid' && diagram.sources, diagram.source.slice(0, 40)).toEqual(['seed-article']);
    const rewritten = diagrams.find((d) => d.source.includes('信创语言选型依据'))!;
    expect(rewritten.source).not.toContain('–>');
    expect(rewritten.source.split('\n').length).toBeGreaterThan(6);
  });

  it("carries all 45 claims of the fact-check ledger, each cited in the text and claimed in the article's chapter the ledger names", () => {
    expect(report.claims.size).toBe(45);
    const chapters: Record<string, string> = { 1: '第一章', 2: '第二章', 3: '第三章', 4: '第四章', 5: '第五章' };
    for (const entry of ledger) {
      const claim = report.claims.get(entry.id)!;
      expect(claim.citedBy.length, `${claim.id} is cited`).toBeGreaterThan(0);
      expect(claim.claimedIn, claim.id).toEqual({
        source: 'seed-article',
        locator: chapters[entry.chapter] ?? `第 ${entry.chapter} 节`,
      });
      // Where the claim is made is not evidence about it.
      expect(
        claim.evidence.map((e) => e.source),
        claim.id,
      ).not.toContain('seed-article');
    }
  });

  it('keeps evidence without a url as weak sources', () => {
    const weak = [...report.sources.values()].filter((s) => !s.url && s.id !== 'seed-article');
    expect(weak.length).toBe(5);
    for (const source of weak) expect(source.reliability).toBe('weak');
  });

  it('leads with findings that say plainly where the article is wrong', () => {
    const home = report.pages[0]!;
    const findings = home.findings!.map((f) => f.text).join('\n');
    expect(findings).toContain('Go 1.19');
    expect(findings).toContain('x86-64');
    expect(findings).toContain('只有 etcd');
    const verdicts = new Set(home.findings!.flatMap((f) => f.claims).map((id) => report.claims.get(id)!.verdict));
    expect(verdicts).toEqual(new Set(['contradicted', 'unsupported', 'not-checkable', 'partly-supported']));
  });

  it("gives each claim exactly the ledger's verdict, evidence and quotes, and nothing the ledger does not give", () => {
    expect([...report.claims.keys()].sort()).toEqual(ledger.map((c) => c.id).sort());
    for (const entry of ledger) {
      const claim = report.claims.get(entry.id)!;
      expect(claim.verdict, entry.id).toBe(entry.verdict);
      expect(claim.statement, entry.id).toBe(entry.claim_zh);
      const cited = claim.evidence.map((e) => {
        const source = report.sources.get(e.source)!;
        return { url: source.url, title: source.url ? undefined : source.title, quote: e.quote };
      });
      expect(cited, entry.id).toEqual(
        entry.evidence.map((e) => ({ url: e.url ?? undefined, title: e.url ? undefined : e.title, quote: e.quote })),
      );
      expect(claim.confidence, entry.id).toBeUndefined();
      expect(claim.checked, entry.id).toBeUndefined();
    }
    for (const source of report.sources.values()) expect(source.accessed, source.id).toBeUndefined();
  });

  it('records a stance where the evidence plainly takes one, so each judged claim shows a quote that bears its verdict out', () => {
    const wanted: Record<string, string[]> = {
      supported: ['supports'],
      'partly-supported': ['supports', 'contradicts'],
      contradicted: ['contradicts'],
    };
    for (const claim of report.claims.values()) {
      const stances = claim.evidence.map((e) => e.stance);
      if (wanted[claim.verdict])
        expect(
          stances.some((s) => s && wanted[claim.verdict]!.includes(s)),
          `${claim.id}: ${stances.join(', ')}`,
        ).toBe(true);
    }
    const open = result.diagnostics.filter((d) => d.code === 'stance-not-recorded');
    expect(open.length).toBeLessThanOrEqual(7);
  });

  it("lists in the article's bibliography entry the claims made in it, apart from the claims its evidence backs", () => {
    const article = report.sources.get('seed-article')!;
    expect(article.claimsMade).toHaveLength(45);
    expect(article.claims).toEqual([]);
    const entry = kidsToHtml(sourceEntry(renderContext(report, new Urls('/')), article));
    expect(entry).toContain('出自本来源的断言');
    expect(entry).not.toContain('依据本来源的断言');
  });

  it('has one source per url', () => {
    const urls = [...report.sources.values()].flatMap((s) => (s.url ? [s.url] : []));
    expect(new Set(urls).size).toBe(urls.length);
  });

  it("quotes the article word for word wherever a passage is marked as the article's", () => {
    const quotes = report.pages.flatMap((page) =>
      quotesOf(page.tree, 'seed-article').map((quote) => ({ page, quote })),
    );
    expect(quotes.length).toBeGreaterThanOrEqual(30);
    for (const { page, quote } of quotes) {
      for (const block of blocksOf(quote))
        expect(
          squash(article).includes(squash(wordsOf(block))),
          `${page.file}:${block.position?.start.line} ${wordsOf(block)}`,
        ).toBe(true);
    }
  });

  it('speaks in its own voice outside quotations: no paragraph repeats 30 characters of the article unless quoted and attributed', () => {
    const borrowed: string[] = [];
    for (const page of report.pages) {
      for (const { line, text } of [...frontmatterVoice(page), ...ownVoice(page.tree)]) {
        let own = text;
        for (const quote of attributedQuotes(text)) {
          if (sharedRun(quote, article, 12))
            expect(
              squash(article).includes(squash(quote)),
              `${page.file}:${line} quotes “${quote}” word for word`,
            ).toBe(true);
          own = own.replace(quote, '');
        }
        // An address is no one's wording: the report may give the right URL where the article gave a wrong one.
        const run = sharedRun(own.replace(/https?:\/\/[\w./~%-]+/g, ''), article, 30);
        if (run) borrowed.push(`${page.file}:${line} ${run}`);
      }
    }
    expect(borrowed).toEqual([]);
  });

  it("shows the article's code as quoted from the article", () => {
    for (const page of report.pages) {
      const quotedCode = new Set<RootContent>(quotesOf(page.tree, 'seed-article').flatMap((q) => blocksOf(q)));
      const code = blocksOf(page.tree).filter(
        (b) => b.type === 'code' && !['chart', 'table', 'mermaid'].includes(b.lang ?? ''),
      );
      for (const block of code) expect(quotedCode.has(block), `${page.file}:${block.position?.start.line}`).toBe(true);
    }
  });

  it('keeps the article\'s "~" on its approximate figures: numbers in the model, ~ in the CSV', () => {
    const dataset = report.datasets.get('gmp-vs-virtual-threads')!;
    expect(article).toContain('~15μs');
    expect(dataset.rows.map((r) => r.startup)).toEqual([15, 8]);
    expect([...dataset.columnsById.values()].filter((c) => c.approximate).map((c) => c.id)).toEqual([
      'startup',
      'memory',
    ]);
    expect(datasetCsv(dataset)).toContain(',~15,~2');
  });

  it('names the article as the article names itself', () => {
    expect(report.sources.get('seed-article')!.title).toBe(article.split('\n')[0]!.replace(/^第一章:/, ''));
  });
});
