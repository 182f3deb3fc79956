import { describe, expect, it } from 'vitest';
import { memoryFiles } from '../../src/model/files.ts';
import { formatDiagnostic } from '../../src/model/format.ts';
import { loadReport } from '../../src/model/load-report.ts';
import { readTree, starterDir } from '../helpers/fixtures.ts';
import { parseInWorker } from '../../src/node/mermaid-parser.ts';

const PAGE = 'content/01-现状/01-生态.md';
/** The line of the starter's diagram fence, so the expectations follow edits of the page above it. */
const starterPage = readTree(starterDir)[PAGE]!;
const FENCE_LINE = starterPage.split('\n').findIndex((line) => line.startsWith('```mermaid')) + 1;

async function withFenceLine(line: string, locale: 'zh-CN' | 'en' = 'zh-CN') {
  const files = readTree(starterDir);
  files[PAGE] = files[PAGE]!.replace(/^```mermaid.*$/m, line);
  return loadReport(memoryFiles(files), { locale, parseDiagram: parseInWorker });
}

describe('```mermaid fence attributes', () => {
  it('reads the title and the sources written on the fence line', async () => {
    const { report } = await withFenceLine('```mermaid title="选型 依据" source=seed-article,go119-loong64');
    const diagram = report!.pages.flatMap((p) => p.figures).find((f) => f.kind === 'mermaid')!;
    expect(diagram).toMatchObject({ title: '选型 依据', sources: ['seed-article', 'go119-loong64'] });
  });

  it('reports an unknown source id at its line and column, with a guess', async () => {
    const { report, diagnostics } = await withFenceLine('```mermaid title="选型依据" source=seed-artcle', 'en');
    expect(report).toBeUndefined();
    expect(diagnostics.map((d) => formatDiagnostic(d, 'en')).join('\n')).toMatch(
      new RegExp(`^content/01-现状/01-生态\\.md:${FENCE_LINE}:32 {2}error: .*seed-artcle`),
    );
  });

  it('reports an attribute it does not know, in both languages', async () => {
    const zh = await withFenceLine('```mermaid caption="x"');
    expect(zh.diagnostics.map((d) => formatDiagnostic(d, 'zh-CN'))).toEqual([
      `content/01-现状/01-生态.md:${FENCE_LINE}:12  错误: \`\`\`mermaid 代码块的属性“caption="x"”无法识别；应为 title="图题" 或 source=来源编号`,
    ]);
    const en = await withFenceLine('```mermaid dark', 'en');
    expect(en.diagnostics.map((d) => formatDiagnostic(d, 'en'))).toEqual([
      `content/01-现状/01-生态.md:${FENCE_LINE}:12  error: the \`\`\`mermaid fence attribute "dark" is not understood; expected title="…" or source=SOURCE-ID`,
    ]);
  });
});
