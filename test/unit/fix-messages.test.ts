import { describe, expect, it } from 'vitest';
import { memoryFiles } from '../../src/model/files.ts';
import { formatDiagnostic } from '../../src/model/format.ts';
import { loadReport } from '../../src/model/load-report.ts';
import { readTree, starterDir } from '../helpers/fixtures.ts';
import { parseInWorker } from '../../src/node/mermaid-parser.ts';

/**
 * Messages that name the fix, in the report's own language (report.yaml's locale, here English):
 * the broken-report fixtures pin the Chinese wording of the same cases.
 */
async function englishMessages(patch: Record<string, (text: string) => string>) {
  const files = readTree(starterDir);
  files['content/report.yaml'] = files['content/report.yaml']!.replace('locale: zh-CN', 'locale: en');
  for (const [path, change] of Object.entries(patch)) files[path] = change(files[path]!);
  const result = await loadReport(memoryFiles(files), { parseDiagram: parseInWorker });
  return result.diagnostics.map((d) => formatDiagnostic(d, result.locale)).join('\n');
}

const ranking = 'data/datasets/language-ranking.yaml';

describe('messages that name the fix (English report)', () => {
  it('an unclosed flow mapping, at its opening brace', async () => {
    expect(await englishMessages({ [ranking]: (t) => t.replace('社区移植为主 }', '社区移植为主') })).toBe(
      `${ranking}:18:5  error: YAML syntax error: the { that starts here is never closed; add } at the end of this item`,
    );
  });

  it('a full-width colon after a key, and a tab in the indentation', async () => {
    expect(await englishMessages({ [ranking]: (t) => t.replace('title: ', 'title：') })).toBe(
      `${ranking}:4:6  error: YAML syntax error: the key "title" is followed by a full-width colon "："; write an ASCII colon and a space: title: value`,
    );
    expect(await englishMessages({ [ranking]: (t) => t.replace('  - id: stars', '\t- id: stars') })).toContain(
      `${ranking}:8:1  error: YAML syntax error: this line is indented with a tab`,
    );
  });

  it('a typographic dash in a Mermaid arrow', async () => {
    const page = 'content/01-现状/01-生态.md';
    const messages = await englishMessages({
      [page]: (t) => t.replace(/(```mermaid[^\n]*\n[^\n]*\n[^\n]*)-->/, '$1—>'),
    });
    expect(messages).toMatch(
      /^content\/01-现状\/01-生态\.md:\d+:\d+ {2}error: Mermaid syntax error: the arrow uses the typographic dash "—"; arrows are ASCII only, write -->/,
    );
  });

  it('thousands separators and units in number cells', async () => {
    const csv = 'data/datasets/db-driver-benchmark.csv';
    expect(await englishMessages({ [csv]: (t) => t.replace(',1842,', ',"1,842",') })).toContain(
      'hint: leave out the thousands separators: write 1842',
    );
    expect(await englishMessages({ [csv]: (t) => t.replace(',1842,', ',1842 次,') })).toContain(
      "hint: write only the number 1842 in the cell; the unit belongs in the column's unit (this column declares unit: 次/秒)",
    );
  });

  it('an approximate number written as the article wrote it', async () => {
    const csv = 'data/datasets/db-driver-benchmark.csv';
    expect(await englishMessages({ [csv]: (t) => t.replace(',1842,', ',~1842,') })).toContain(
      'hint: write the number 1842 and mark the column approximate: true (tables, charts and the CSV show ~1842)',
    );
    expect(await englishMessages({ [csv]: (t) => t.replace(',1842,', ',约1842,') })).toContain(
      'hint: write the number 1842 and mark the column approximate: true',
    );
  });
});
