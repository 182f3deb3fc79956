import { describe, expect, it } from 'vitest';
import { memoryFiles } from '../../src/model/files.ts';
import { loadReport } from '../../src/model/load-report.ts';
import { PageMemo } from '../../src/model/page-memo.ts';
import { readTree, starterDir } from '../helpers/fixtures.ts';

const PAGE = 'content/01-现状/01-生态.md';

describe('re-reading a report in the dev server', () => {
  it('parses only the page that changed, and finds what a fresh reading finds', async () => {
    const files = readTree(starterDir);
    const pageCount = Object.keys(files).filter((f) => f.startsWith('content/') && f.endsWith('.md')).length;
    const memo = new PageMemo();
    const first = await loadReport(memoryFiles(files), { pageMemo: memo });
    expect(memo.parsed).toBe(pageCount);
    expect(first.report).toBeDefined();

    // An edit that breaks a reference: only that page is parsed again, and the error is found.
    const edited = { ...files, [PAGE]: `${files[PAGE]}\n新增一句，引用[不存在的论断](claim:no-such-claim)。\n` };
    const second = await loadReport(memoryFiles(edited), { pageMemo: memo });
    expect(memo.parsed).toBe(pageCount + 1);
    const fresh = await loadReport(memoryFiles(edited));
    expect(second.diagnostics).toEqual(fresh.diagnostics);
    expect(second.diagnostics.some((d) => d.file === PAGE && d.severity === 'error')).toBe(true);

    // Undone: the unchanged pages' earlier readings, diagnostics and references still give the whole report.
    const third = await loadReport(memoryFiles(files), { pageMemo: memo });
    expect(memo.parsed).toBe(pageCount + 2);
    expect(third.diagnostics).toEqual(first.diagnostics);
    expect(third.report?.pages.map((p) => [p.id, p.chapter, p.headings.length, p.figures.length])).toEqual(
      first.report?.pages.map((p) => [p.id, p.chapter, p.headings.length, p.figures.length]),
    );
  });
});
