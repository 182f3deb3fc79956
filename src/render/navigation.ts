import type { Chapter, Page, Report } from '../model/types.ts';

/** Previous and next page in reading order, for the links at the foot of every page. */
export function neighbours(report: Report, page: Page): { previous?: Page; next?: Page } {
  const i = report.pages.indexOf(page);
  return {
    ...(i > 0 ? { previous: report.pages[i - 1]! } : {}),
    ...(i >= 0 && i < report.pages.length - 1 ? { next: report.pages[i + 1]! } : {}),
  };
}

export function chapterOf(report: Report, page: Page): Chapter | undefined {
  return report.chapters.find((chapter) => chapter.number === page.chapter);
}

/**
 * The number a page carries in menus, headings and contents: "2" for chapter 2's opening page,
 * "2.1" for its first section, "" for home. Given by position, so every chapter is numbered alike.
 */
function pageNumber(report: Report, page: Page): string {
  if (page.id === '') return '';
  const chapter = chapterOf(report, page);
  if (!chapter || page.isChapterStart) return String(page.chapter);
  return `${page.chapter}.${chapter.pages.indexOf(page)}`;
}

/**
 * A page's title without a number the author typed that repeats the site's own ("2.1 标题" →
 * "标题"), so that no number shows twice. Any other leading text is the author's and stays.
 */
function plainTitle(title: string, number: string): string {
  if (!number) return title;
  const escaped = number.replaceAll('.', '\\.');
  const stripped = title.replace(new RegExp(`^${escaped}(?![\\d]|\\.\\d)[.、．:：]?\\s*`), '');
  return stripped || title;
}

/** One entry of the report's menu: a page with its number and its title as shown. */
export interface MenuEntry {
  page: Page;
  number: string;
  title: string;
}

export interface MenuChapter extends MenuEntry {
  sections: MenuEntry[];
}

export function entryFor(report: Report, page: Page): MenuEntry {
  const number = pageNumber(report, page);
  return { page, number, title: plainTitle(page.title, number) };
}

/**
 * Up to this many pages the menu lists every section. A longer report's menu lists every chapter
 * but only the sections of the chapter being read: a 500-page report's full menu would be two
 * thirds of every page's HTML and a list no reader scrolls.
 */
export const MENU_LISTS_EVERY_SECTION_UP_TO = 60;

/** The chapters and their sections, numbered, in reading order: the menu on every page. */
export function reportMenu(report: Report, reading?: Page): MenuChapter[] {
  const everySection = report.pages.length <= MENU_LISTS_EVERY_SECTION_UP_TO;
  return report.chapters.map((chapter) => ({
    ...entryFor(report, chapter.pages[0]!),
    sections:
      everySection || chapter.number === reading?.chapter
        ? chapter.pages.slice(1).map((page) => entryFor(report, page))
        : [],
  }));
}

/** Kinds of figures on a page, so the layout loads only the scripts they need. */
export function scriptsFor(page: Page) {
  const kinds = new Set(page.figures.map((figure) => figure.kind));
  return { charts: kinds.has('chart'), tables: kinds.has('table') || kinds.has('chart') };
}
