import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planMigration } from '../../src/migrate/migrate.ts';
import { memoryFiles } from '../../src/model/files.ts';
import { loadReport } from '../../src/model/load-report.ts';
import { fixturesDir, readTree, starterWith } from '../helpers/fixtures.ts';
import { parseInWorker } from '../../src/node/mermaid-parser.ts';

/** The starter report written in format 1, with comments an author might have added. */
const formatOne = () => starterWith(join(fixturesDir, 'format-1'));

function migrated(files: Record<string, string>) {
  const plan = planMigration(memoryFiles(files));
  return { plan, files: { ...files, ...plan.outputs } };
}

const comments = (text: string) => text.split('\n').flatMap((line) => /(?:^|\s)#\s*(.*)$/.exec(line)?.[1] ?? []);

describe('format 1 → 2 migration', () => {
  it('turns the format-1 starter into a report that validates, with stances left to the author', async () => {
    const before = await loadReport(memoryFiles(formatOne()));
    expect(before.diagnostics.map((d) => d.code)).toEqual(['format-outdated']);

    const { plan, files } = migrated(formatOne());
    expect(plan.outcome).toBe('planned');
    expect(Object.keys(plan.outputs).sort()).toEqual(['content/report.yaml', 'data/claims.yaml', 'data/sources.yaml']);
    const after = await loadReport(memoryFiles(files), { parseDiagram: parseInWorker });
    expect(after.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(new Set(after.diagnostics.map((d) => d.code))).toEqual(new Set(['stance-not-recorded']));
    const claims = after.report!.claims;
    expect(claims.get('cn-internet-firms-go-core-infra')!.evidence).toEqual([
      { source: 'seed-article' },
      { source: 'kratos-readme', quote: 'Kratos是bilibili开源的一套Go微服务框架,包含大量微服务相关框架及工具。' },
    ]);
    // What format 1 recorded is kept, and nothing a checker did not record is made up.
    expect(claims.get('go-loongarch-not-upstream')).toMatchObject({ confidence: 'high', checked: '2026-11-26' });
    for (const claim of claims.values()) for (const item of claim.evidence) expect(item.stance).toBeUndefined();
    expect(after.report!.sources.get('kratos-readme')).toMatchObject({
      accessed: '2026-11-26',
      reliability: 'secondary',
    });
    expect(files['data/claims.yaml']).toContain(
      '- source: seed-article # stance 待核查：supports | contradicts | context',
    );
  });

  it('changes nothing on a second run', () => {
    const once = migrated(formatOne()).files;
    const twice = planMigration(memoryFiles(once));
    expect(twice).toMatchObject({ outcome: 'current', changes: [], outputs: {} });
  });

  it('keeps every comment, the key order and every line it does not change', () => {
    const old = formatOne();
    const { files } = migrated(old);
    // A comment on a quote travels with the quote, so comments are compared across the three files.
    const yamlFiles = ['content/report.yaml', 'data/claims.yaml', 'data/sources.yaml'];
    const kept = yamlFiles.flatMap((file) => comments(files[file]!)).join('\n');
    for (const comment of yamlFiles.flatMap((file) => comments(old[file]!))) expect(kept).toContain(comment);
    expect(files['content/report.yaml']).toBe(old['content/report.yaml']!.replace('\nid:', '\nformat: 2\nid:'));
    const keys = (text: string) => [...text.matchAll(/^(?:- | {2})(\w+):/gm)].map((m) => m[1]);
    expect(keys(files['data/claims.yaml']!)).toEqual(
      keys(old['data/claims.yaml']!).map((key) => (key === 'sources' ? 'evidence' : key)),
    );
    // sources.yaml: only the quote lines leave and reliability lines arrive; every other line is byte-identical.
    const without = (text: string, key: string) =>
      text
        .split('\n')
        .filter((line) => !line.startsWith(`  ${key}:`))
        .join('\n');
    expect(without(files['data/sources.yaml']!, 'reliability')).toBe(
      without(old['data/sources.yaml']!, 'quote').replace(/\n {2}reliability:.*/g, ''),
    );
    expect(without(old['data/sources.yaml']!, 'quote')).toContain('  reliability: primary');
    for (const file of Object.keys(old).filter((f) => f.startsWith('data/datasets/') || f.endsWith('.md')))
      expect(files[file]).toBe(old[file]);
  });

  it('keeps a quote cited by two claims with its source, as a note, and names both claims', async () => {
    const old = formatOne();
    old['data/claims.yaml'] = old['data/claims.yaml']!.replace(
      'sources: [seed-article, kratos-readme]',
      'sources: [seed-article, kratos-readme, cncf-project-maintainers]',
    );
    const { plan, files } = migrated(old);
    const warnings = plan.diagnostics.filter((d) => d.code === 'migrate-quote-kept');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ file: 'data/sources.yaml', line: 29, severity: 'warning' });
    expect(warnings[0]!.message).toBe(
      '来源“cncf-project-maintainers”的引文 quote 被 2 条断言引用（cn-internet-firms-go-core-infra、cncf-graduated-tidb-etcd-kratos），已并入该来源的 note；请核对这些断言，把引文移到它所属的证据条目',
    );
    const after = await loadReport(memoryFiles(files), { parseDiagram: parseInWorker });
    expect(after.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const source = after.report!.sources.get('cncf-project-maintainers')!;
    expect(source.note).toBe('原引文：Graduated,TiKV,Siddon Tang,PingCAP,... (no TiDB and no Kratos entry)');
    const items = [...after.report!.claims.values()]
      .flatMap((c) => c.evidence)
      .filter((e) => e.source === 'cncf-project-maintainers');
    expect(items).toEqual([{ source: 'cncf-project-maintainers' }, { source: 'cncf-project-maintainers' }]);
  });

  it('adds a kept quote to an existing note, and words the warning in the report language', () => {
    const old = formatOne();
    old['content/report.yaml'] = old['content/report.yaml']!.replace('locale: zh-CN', 'locale: en');
    old['data/claims.yaml'] = old['data/claims.yaml']!.replace(
      'sources: [go119-loong64]',
      'sources: [go119-loong64, cncf-project-maintainers]',
    );
    old['data/sources.yaml'] = old['data/sources.yaml']!.replace(
      '  type: dataset\n',
      '  type: dataset\n  note: Read on 26 November.\n',
    );
    const { plan, files } = migrated(old);
    expect(plan.diagnostics.map((d) => d.message)).toEqual([
      'the quote of source "cncf-project-maintainers" is cited by 2 claims (cncf-graduated-tidb-etcd-kratos, go-loongarch-not-upstream); it was kept in the source\'s note: review these claims and move it to the evidence item it belongs to',
    ]);
    expect(files['data/sources.yaml']).toContain(
      '  note: "Read on 26 November. Quote: Graduated,TiKV,Siddon Tang,PingCAP,... (no TiDB and no Kratos entry)" # quote of format 1 cited by several claims (cncf-graduated-tidb-etcd-kratos, go-loongarch-not-upstream); move it to its evidence\n',
    );
    expect(files['data/sources.yaml']).not.toContain('  quote:');
  });

  it('refuses a report whose YAML does not parse, naming the file and line, and plans no change', () => {
    const old = formatOne();
    old['data/sources.yaml'] = old['data/sources.yaml']!.replace('  type: news\n', '  type: [news\n');
    const plan = planMigration(memoryFiles(old));
    expect(plan.outcome).toBe('refused');
    expect(plan.outputs).toEqual({});
    expect(plan.diagnostics[0]).toMatchObject({ code: 'yaml-unclosed', file: 'data/sources.yaml', severity: 'error' });
    expect(plan.diagnostics[0]!.line).toBeGreaterThan(1);
  });

  it('refuses a report written for a format newer than this Dossier knows', () => {
    const files = readTree(join(fixturesDir, 'starter'));
    files['content/report.yaml'] = files['content/report.yaml']!.replace('format: 2', 'format: 9');
    const plan = planMigration(memoryFiles(files));
    expect(plan.outcome).toBe('refused');
    expect(plan.diagnostics.map((d) => `${d.file}:${d.line} ${d.code}`)).toEqual([
      'content/report.yaml:2 format-newer',
    ]);
  });
});

describe('migration edge cases', () => {
  it('replaces an explicit format: 1 in place, keeping its comment', () => {
    const old = formatOne();
    old['content/report.yaml'] = old['content/report.yaml']!.replace(
      'locale: zh-CN\n',
      'locale: zh-CN\nformat: 1   # 旧格式\n',
    );
    const { files } = migrated(old);
    expect(files['content/report.yaml']).toContain('locale: zh-CN\nformat: 2   # 旧格式\n');
    expect(files['content/report.yaml']!.match(/format:/g)).toHaveLength(1);
  });

  it('keeps Windows line endings', async () => {
    const old = formatOne();
    for (const file of ['content/report.yaml', 'data/claims.yaml', 'data/sources.yaml'])
      old[file] = old[file]!.replace(/\n/g, '\r\n');
    const { files } = migrated(old);
    for (const file of ['content/report.yaml', 'data/claims.yaml', 'data/sources.yaml'])
      expect(files[file]!.replace(/\r\n/g, '')).not.toContain('\n');
    const after = await loadReport(memoryFiles(files), { parseDiagram: parseInWorker });
    expect(after.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('refuses sources that are not a list of ids, naming file:line', () => {
    const old = formatOne();
    old['data/claims.yaml'] = old['data/claims.yaml']!.replace('sources: [go119-loong64]', 'sources: go119-loong64');
    const plan = planMigration(memoryFiles(old));
    expect(plan.outcome).toBe('refused');
    const errors = plan.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => `${d.file}:${d.line}:${d.column}  ${d.path}  ${d.message}`)).toEqual([
      'data/claims.yaml:32:12  [3].sources  无法迁移：应为列表，实际为 "go119-loong64"；请先改正，再运行迁移',
    ]);
  });
});
