import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/model/diagnostics.ts';
import { memoryFiles } from '../../src/model/files.ts';
import { limits } from '../../src/model/limits.ts';
import { MERMAID_MAX_TEXT } from '../../src/model/mermaid-check.ts';
import { loadReport } from '../../src/model/load-report.ts';
import { readTree, starterDir } from '../helpers/fixtures.ts';
import { parseInWorker } from '../../src/node/mermaid-parser.ts';

/** The starter report with some files replaced or added; the diagnostics as `file:line:column code`. */
async function check(files: Record<string, string>): Promise<string[]> {
  const result = await loadReport(memoryFiles({ ...readTree(starterDir), ...files }), { parseDiagram: parseInWorker });
  return result.diagnostics
    .filter((d) => d.severity === 'error')
    .map((d: Diagnostic) => `${d.file}:${d.line}:${d.column} ${d.code} ${d.message}`);
}
const page = (body: string) => `---\ntitle: 炸弹\n---\n\n${body}\n`;

describe('limits checked before parsing', () => {
  it.each([
    ['100,000 nested block quotes', `${'>'.repeat(100_000)} x`],
    ['100,000 nested list items', `${'- '.repeat(100_000)}x`],
    ['nested lists by indentation', Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n')],
  ])('refuse %s in Markdown at the line, without a stack overflow', async (_, body) => {
    const errors = await check({ 'content/03-bomb.md': page(body) });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      new RegExp(`^content/03-bomb.md:\\d+:1 too-deep 嵌套过深：此处已有 \\d+ 层.*上限为 ${limits.nesting} 层`),
    );
    expect(errors[0]).not.toContain('Maximum call stack');
  });

  it('accept real nesting: a list inside a quote inside a list', async () => {
    expect(await check({ 'content/03-ok.md': page('- a\n  > - b\n  >   - c\n  >     1. d') })).toEqual([]);
  });

  it.each([
    ['10,000 nested flow sequences', `${'['.repeat(10_000)}${']'.repeat(10_000)}`],
    ['10,000 nested block sequences on one line', `${'- '.repeat(10_000)}x`],
  ])('refuse %s in YAML with a clear message', async (_, yaml) => {
    const errors = await check({ 'data/datasets/bomb.yaml': yaml });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      new RegExp(
        `^data/datasets/bomb.yaml:1:1 too-deep 嵌套过深：此处已有 \\d+ 层（引用块、列表或 YAML 层层嵌套），上限为 ${limits.nesting} 层；请减少嵌套$`,
      ),
    );
  });

  it('refuse a dataset with more rows than the limit, at the line that names the CSV', async () => {
    const csv = `language,share\n${Array.from({ length: limits.datasetRows + 1 }, (_, i) => `L${i},${i}`).join('\n')}\n`;
    expect(await check({ 'data/datasets/go-adoption-claimed.csv': csv })).toEqual([
      `data/datasets/go-adoption-claimed.yaml:15:6 too-many-rows 数据集有 ${limits.datasetRows + 1} 行，超过上限 ${limits.datasetRows} 行（每一行都会写进网站和 PDF 的表格）；请只保留报告需要的行，或先汇总`,
    ]);
  });

  it("refuse a Mermaid diagram over Mermaid's own maxTextSize, and one over its edge limit", async () => {
    const big = `graph TD\n${Array.from({ length: 3000 }, (_, i) => `  N${i}[节点 ${i} 的一段较长的说明文字] --> N${i + 1}`).join('\n')}`;
    const edges = `graph TD\n${Array.from({ length: 501 }, (_, i) => `  A${i} --> B${i}`).join('\n')}`;
    expect(big.length).toBeGreaterThan(MERMAID_MAX_TEXT);
    expect(edges.length).toBeLessThan(MERMAID_MAX_TEXT);
    const errors = await check({
      'content/03-big.md': page(`\`\`\`mermaid\n${big}\n\`\`\``),
      'content/04-edges.md': page(`\`\`\`mermaid\n${edges}\n\`\`\``),
    });
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(
      new RegExp(
        `^content/03-big.md:5:1 mermaid-too-large Mermaid 图有 ${big.length} 个字符，超过 Mermaid 的上限 50000`,
      ),
    );
    expect(errors[1]).toMatch(/^content\/04-edges.md:\d+:\d+ mermaid-syntax .*500/);
  });
});
