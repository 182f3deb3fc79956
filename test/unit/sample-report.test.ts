import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { numericColumnTypes } from '../../src/schema/dataset.ts';
import { diskFiles } from '../../src/node/disk-files.ts';
import { loadReport } from '../../src/model/load-report.ts';
import { repoRoot } from '../helpers/run.ts';
import { parseInWorker } from '../../src/node/mermaid-parser.ts';

/** The report in content/ and data/: the source article as an evidence report (issue #5). */
const result = await loadReport(diskFiles(repoRoot), { parseDiagram: parseInWorker });
const report = result.report!;

/** The fact-check ledger: the only allowed origin of verdicts, evidence and quotes. */
interface LedgerClaim { id: string; claim_zh: string; verdict: string; evidence: { url?: string | null; title: string; quote: string }[] }
const ledger = (parse(readFileSync(join(repoRoot, '..', 'shared', 'research', 'seed-claims.yaml'), 'utf8')) as { claims: LedgerClaim[] }).claims;

/** The article under review, and every passage the chapters mark as quoted from it. */
const article = readFileSync(join(repoRoot, '..', 'shared', 'seed', '000_384acf14d4512ce2.txt'), 'utf8');
const quoted = (readdirSync(join(repoRoot, 'content'), { recursive: true, encoding: 'utf8' }) as string[])
  .filter((f) => f.endsWith('.md'))
  .flatMap((f) => [...readFileSync(join(repoRoot, 'content', f), 'utf8').matchAll(/^:::quote\{source=seed-article[^}]*\}\n([\s\S]*?)\n:::$/gm)]
    .map((m) => ({ file: f, text: m[1]! })));
/** The article's text lost its line layout (code spans were split onto lines); compare without whitespace. */
const squash = (s: string) => s.replace(/\s+/g, '');

describe('the sample report', () => {
  it('passes validate: no error, and no warning other than stances the ledger leaves open', () => {
    const problems = result.diagnostics.filter((d) => d.code !== 'stance-not-recorded');
    expect(problems.map((d) => `${d.file}:${d.line} ${d.message}`)).toEqual([]);
  });

  it('has the article\'s five chapters and all twelve numbered sections, in order', () => {
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
      expect(dataset.usedBy.some((f) => f.kind === 'table'), `${dataset.id} is shown as a table`).toBe(true);
      const numeric = [...dataset.columnsById.values()].some((c) => numericColumnTypes.includes(c.type));
      if (numeric) expect(dataset.usedBy.some((f) => f.kind === 'chart'), `${dataset.id} has a chart`).toBe(true);
      expect(dataset.sources, dataset.id).toContain('seed-article');
    }
  });

  it('renders all the article\'s diagrams, the malformed one rewritten', () => {
    const diagrams = report.pages.flatMap((p) => p.figures).filter((f) => f.kind === 'mermaid');
    expect(diagrams).toHaveLength(11);
    const rewritten = diagrams.find((d) => d.source.includes('信创语言选型依据'))!;
    expect(rewritten.source).not.toContain('–>');
    expect(rewritten.source.split('\n').length).toBeGreaterThan(6);
  });

  it('carries all 45 claims of the fact-check ledger, each cited in the text and sourced to the article', () => {
    expect(report.claims.size).toBe(45);
    for (const claim of report.claims.values()) {
      expect(claim.citedBy.length, `${claim.id} is cited`).toBeGreaterThan(0);
      expect(claim.evidence.map((e) => e.source), claim.id).toContain('seed-article');
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

  it('gives each claim exactly the ledger\'s verdict, evidence and quotes, and nothing the ledger does not give', () => {
    expect([...report.claims.keys()].sort()).toEqual(ledger.map((c) => c.id).sort());
    for (const entry of ledger) {
      const claim = report.claims.get(entry.id)!;
      expect(claim.verdict, entry.id).toBe(entry.verdict);
      expect(claim.statement, entry.id).toBe(entry.claim_zh);
      const cited = claim.evidence.filter((e) => e.source !== 'seed-article').map((e) => {
        const source = report.sources.get(e.source)!;
        return { url: source.url, title: source.url ? undefined : source.title, quote: e.quote };
      });
      expect(cited, entry.id).toEqual(entry.evidence.map((e) => ({ url: e.url ?? undefined, title: e.url ? undefined : e.title, quote: e.quote })));
      expect(claim.confidence, entry.id).toBeUndefined();
      expect(claim.checked, entry.id).toBeUndefined();
    }
    for (const source of report.sources.values()) expect(source.accessed, source.id).toBeUndefined();
  });

  it('has one source per url', () => {
    const urls = [...report.sources.values()].flatMap((s) => (s.url ? [s.url] : []));
    expect(new Set(urls).size).toBe(urls.length);
  });

  it('quotes the article word for word wherever a passage is marked as the article\'s', () => {
    expect(quoted.length).toBeGreaterThanOrEqual(15);
    for (const { file, text } of quoted) {
      const words = text.replace(/\[([^\]]*)\]\(claim:[^)]+\)/g, '$1');
      expect(squash(article), `${file}: ${words}`).toContain(squash(words));
    }
  });

  it('names the article as the article names itself', () => {
    expect(report.sources.get('seed-article')!.title).toBe(article.split('\n')[0]!.replace(/^第一章:/, ''));
  });
});
