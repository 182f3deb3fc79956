import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPage } from '../../src/markdown/render.ts';
import { memoryFiles } from '../../src/model/files.ts';
import { loadReport } from '../../src/model/load-report.ts';
import { renderContext } from '../../src/render/context.ts';
import { diagramKey, diagramsAllAtOnce } from '../../src/render/diagram-ids.ts';
import { Urls } from '../../src/render/urls.ts';
import { fixturesDir, readTree } from '../helpers/fixtures.ts';
import { parseInWorker } from '../../src/node/mermaid-parser.ts';

/**
 * Each folder under test/fixtures/render/ holds one page, input.md, and the HTML the Markdown
 * pipeline makes of it, expected.html. The page is rendered inside the small report in _report/,
 * in memory; diagrams get a stand-in SVG, as drawing them needs a browser (test/e2e/diagrams.test.ts).
 * `UPDATE_FIXTURES=1 npx vitest run render-fixtures` rewrites expected.html; read the diff before committing.
 */
const renderDir = join(fixturesDir, 'render');
const cases = readdirSync(renderDir)
  .filter((name) => !name.startsWith('_'))
  .sort();
const report = readTree(join(renderDir, '_report'));

/** A line break after each block's end tag, so a failing comparison shows which block changed. */
const lines = (html: string) =>
  html.replace(
    /(<\/(?:p|h[1-6]|figure|figcaption|table|thead|tbody|tr|ul|ol|li|pre|blockquote|aside|div|section|details)>)/g,
    '$1\n',
  );

describe('render fixtures', () => {
  it('cover every fence kind, the directives, claim and source marks, links and headings', () => {
    expect(cases).toEqual(['chart', 'code', 'directives', 'links-headings', 'marks', 'mermaid', 'table']);
  });

  it.each(cases)('%s', async (name) => {
    const dir = join(renderDir, name);
    const files = { ...report, [`content/${name}.md`]: readFileSync(join(dir, 'input.md'), 'utf8') };
    const result = await loadReport(memoryFiles(files), { parseDiagram: parseInWorker });
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`)).toEqual([]);
    const page = result.report!.pages.find((p) => p.id === name)!;
    const diagrams = new Map(
      page.figures
        .filter((figure) => figure.kind === 'mermaid')
        .map((figure) => [diagramKey(figure), '<svg class="stand-in"></svg>']),
    );
    const ctx = renderContext(result.report!, new Urls('/report/'), diagramsAllAtOnce(Promise.resolve(diagrams)));
    const actual = lines(await renderPage(ctx, page));
    const expectedFile = join(dir, 'expected.html');
    if (process.env.UPDATE_FIXTURES) writeFileSync(expectedFile, actual);
    expect(actual).toBe(readFileSync(expectedFile, 'utf8'));
  });
});
