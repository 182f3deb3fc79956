import { describe, expect, it } from 'vitest';
import { generateReport } from '../../src/bench/generate.ts';
import { memoryFiles } from '../../src/model/files.ts';
import { loadReport } from '../../src/model/load-report.ts';
import { MENU_LISTS_EVERY_SECTION_UP_TO, reportMenu } from '../../src/render/navigation.ts';

const load = async (chapters: number, pagesPerChapter: number) =>
  (
    await loadReport(
      memoryFiles(generateReport({ chapters, pagesPerChapter, datasets: 1, rowsPerDataset: 3, diagramEvery: 1000 })),
    )
  ).report!;

const listed = (menu: ReturnType<typeof reportMenu>) => menu.map((chapter) => chapter.sections.length);

describe('the report menu', () => {
  it('lists every section of a short report, whatever page is read', async () => {
    const report = await load(3, 4);
    expect(report.pages.length).toBeLessThanOrEqual(MENU_LISTS_EVERY_SECTION_UP_TO);
    const sections = report.chapters.map((chapter) => chapter.pages.length - 1);
    expect(listed(reportMenu(report))).toEqual(sections);
    expect(listed(reportMenu(report, report.chapters[1]!.pages[2]))).toEqual(sections);
  });

  it('lists every chapter of a long report, but only the sections of the chapter being read', async () => {
    const report = await load(5, 20);
    expect(report.pages.length).toBeGreaterThan(MENU_LISTS_EVERY_SECTION_UP_TO);
    const third = report.chapters[2]!;
    const menu = reportMenu(report, third.pages[5]);
    expect(menu.map((chapter) => chapter.page)).toEqual(report.chapters.map((chapter) => chapter.pages[0]));
    expect(listed(menu)).toEqual([0, 0, third.pages.length - 1, 0, 0]);
    expect(menu[2]!.sections.map((entry) => entry.number)).toEqual(
      third.pages.slice(1).map((_, i) => `${third.number}.${i + 1}`),
    );
    // The ledger, the bibliography and the home page read no chapter: chapters only.
    expect(listed(reportMenu(report))).toEqual([0, 0, 0, 0, 0]);
  });
});
