import { describe, expect, it } from 'vitest';
import { loadReport } from '../../src/model/load-report.ts';
import { memoryFiles } from '../../src/model/files.ts';
import { readTree, starterDir, starterFiles, withoutUnsettledFields } from '../helpers/fixtures.ts';
import { parseInWorker } from '../../src/node/mermaid-parser.ts';

describe('the starter report', async () => {
  const result = await loadReport(starterFiles(), { parseDiagram: parseInWorker });
  const report = result.report!;

  it('passes every check, warnings included', () => {
    expect(result.diagnostics).toEqual([]);
    expect(report).toBeDefined();
  });

  it('orders pages by numeric prefix with chapter openings first', () => {
    expect(report.pages.map((p) => p.id)).toEqual(['', '现状', '现状/生态', '迁移']);
    expect(report.chapters.map((c) => [c.number, c.title, c.pages.length])).toEqual([
      [1, '现状与采用率', 2],
      [2, '数据库驱动与性能', 1],
    ]);
  });

  it('numbers charts and diagrams per chapter, not tables', () => {
    const numbers = report.pages.flatMap((p) => p.figures.map((f) => `${f.kind}:${f.number ?? '-'}`));
    expect(numbers).toEqual(['table:-', 'chart:1-1', 'table:-', 'mermaid:1-2', 'chart:2-1', 'chart:2-2', 'table:-']);
  });

  it('records where each claim and source is cited', () => {
    const claim = report.claims.get('go-loongarch-not-upstream')!;
    expect(claim.citedBy.map((c) => `${c.pageId}@${c.at.line}`)).toEqual(['@16', '现状/生态@20']);
    expect(report.sources.get('etcd-graduation')!.citedBy).toHaveLength(1);
    expect(report.sources.get('seed-article')!.claims).toContain('db-driver-benchmark');
  });

  it("keeps each claim's own quote when two claims cite one source", () => {
    const quoteFrom = (claimId: string, sourceId: string) =>
      report.claims.get(claimId)!.evidence.find((e) => e.source === sourceId)?.quote;
    const adoption = quoteFrom('cn-developer-report-2023-go-37pct', 'seed-article');
    const benchmark = quoteFrom('db-driver-benchmark', 'seed-article');
    expect(adoption).toContain('37%');
    expect(benchmark).toContain('1,842');
    expect(adoption).not.toBe(benchmark);
    const seed = report.sources.get('seed-article')!;
    expect(seed.claims).toEqual([
      'cn-internet-firms-go-core-infra',
      'cn-developer-report-2023-go-37pct',
      'db-driver-benchmark',
    ]);
    expect(seed).not.toHaveProperty('quote');
  });

  it('numbers claims by their place in the ledger', () => {
    expect([...report.claims.values()].map((c) => `${c.number}:${c.id}`).slice(0, 2)).toEqual([
      '1:cn-internet-firms-go-core-infra',
      '2:cn-developer-report-2023-go-37pct',
    ]);
  });

  it("counts a table or chart as citing its dataset's sources on its page", () => {
    const dataset = report.datasets.get('go-adoption-claimed')!;
    expect(dataset.sources.length).toBeGreaterThan(0);
    for (const id of dataset.sources) expect(report.sources.get(id)!.citedBy.map((c) => c.pageId)).toContain('现状');
  });

  it('numbers sources in order of first citation', () => {
    const byNumber = [...report.sources.values()].sort((a, b) => a.number - b.number).map((s) => s.id);
    // The article is first cited in the source line of a table (its dataset's source), before etcd's page.
    expect(byNumber.slice(0, 3)).toEqual(['kratos-readme', 'seed-article', 'etcd-graduation']);
    expect(new Set(byNumber).size).toBe(report.sources.size);
  });

  it('reads CSV rows with their column types', () => {
    const bench = report.datasets.get('db-driver-benchmark')!;
    expect(bench.csvFile).toBe('data/datasets/db-driver-benchmark.csv');
    expect(bench.rows[2]).toMatchObject({ database: 'OceanBase', concurrency: 200, tps: 2590, p99: 29.1 });
    expect(bench.usedBy.map((f) => f.kind)).toEqual(['chart', 'chart', 'table']);
  });

  it('reads compatibility cells as status and note', () => {
    const compat = report.datasets.get('middleware-compat')!;
    expect(compat.rows[1]!['kylin-v10']).toEqual({
      status: 'partial',
      note: '文章称麒麟下 epoll_pwait 超时精度偏差导致延迟',
    });
  });
});

describe('a report whose authors, date, version and classification are not settled yet', () => {
  it('passes every check: the schema asks for none of them', async () => {
    const files = readTree(starterDir);
    files['content/report.yaml'] = withoutUnsettledFields(files['content/report.yaml']!);
    const result = await loadReport(memoryFiles(files), { parseDiagram: parseInWorker });
    expect(result.diagnostics).toEqual([]);
    const meta = result.report!.meta;
    expect(meta.organisation).toBe('Dossier 示例团队');
    expect([meta.authors, meta.date, meta.version, meta.classification]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});
