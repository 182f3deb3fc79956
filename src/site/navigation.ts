import type { Page, Report } from '../model/types.ts';

/** Previous and next page in reading order, for the links at the foot of every page. */
export function neighbours(report: Report, page: Page): { previous?: Page; next?: Page } {
  const i = report.pages.indexOf(page);
  return {
    ...(i > 0 ? { previous: report.pages[i - 1]! } : {}),
    ...(i >= 0 && i < report.pages.length - 1 ? { next: report.pages[i + 1]! } : {}),
  };
}

export function chapterOf(report: Report, page: Page) {
  return report.chapters.find((chapter) => chapter.number === page.chapter);
}

/** Kinds of figures on a page, so the layout loads only the scripts they need. */
export function scriptsFor(page: Page) {
  const kinds = new Set(page.figures.map((figure) => figure.kind));
  return { charts: kinds.has('chart'), tables: kinds.has('table') || kinds.has('chart') };
}
