import type { Diagnostics } from './diagnostics.ts';
import type { LoadedPage } from './load-pages.ts';
import type { Chapter, Page } from './types.ts';

/**
 * Folder names the site itself uses at its top level (src/pages/, Astro's assets folder, the search
 * index): a page there would be overwritten by, or overwrite, a built-in page.
 */
const reservedPageIds = [
  'search',
  'claims',
  'sources',
  'data',
  'print',
  '404',
  '_dossier',
  '_astro',
  'pagefind',
  'favicon.svg',
];

/** Sort key of a path segment: its numeric prefix (if any) first, then its name; index.md leads its folder. */
function segmentKey(segment: string): [number, string] {
  if (segment === 'index.md') return [-1, ''];
  const match = /^(\d+)/.exec(segment);
  return [match ? Number(match[1]) : Number.MAX_SAFE_INTEGER, segment];
}

function compareFiles(a: string, b: string): number {
  const pa = a.split('/');
  const pb = b.split('/');
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    if (pa[i] === pb[i]) continue;
    // A file sorts before a folder's contents at the same level only when it is index.md.
    const [na, sa] = segmentKey(pa[i]!);
    const [nb, sb] = segmentKey(pb[i]!);
    return na - nb || sa.localeCompare(sb);
  }
  return pa.length - pb.length;
}

/**
 * Puts pages in reading order and groups them into chapters: each top-level folder (opened by its
 * index.md) or top-level file is a chapter. Figures are numbered per chapter, e.g. 图 2-3.
 */
export function arrange(loaded: LoadedPage[], diags: Diagnostics): { pages: Page[]; chapters: Chapter[] } {
  const sorted = [...loaded].sort((a, b) => compareFiles(a.page.file, b.page.file));
  const pages: Page[] = [];
  const chapters: Chapter[] = [];
  const seen = new Map<string, Page>();
  let chapterFolder = '';
  for (const { page: raw } of sorted) {
    const relative = raw.file.replace(/^content\//, '');
    const top = relative.split('/')[0]!;
    const isHome = relative === 'index.md';
    const isChapterStart = !isHome && (relative === top || relative === `${top}/index.md`);
    let chapter = chapters.at(-1);
    if (isChapterStart) {
      chapter = { number: chapters.length + 1, title: raw.title, pages: [] };
      chapters.push(chapter);
      chapterFolder = top;
    } else if (!isHome && top !== chapterFolder) {
      diags.add('chapter-index-missing', { file: raw.file, line: 1, column: 1 }, { folder: `content/${top}` });
      continue;
    }
    const page: Page = { ...raw, chapter: isHome || !chapter ? 0 : chapter.number, isChapterStart };
    if (reservedPageIds.includes(page.id.split('/')[0]!)) {
      diags.add(
        'reserved-page-id',
        { file: page.file, line: 1, column: 1 },
        { id: page.id, reserved: reservedPageIds.join(', ') },
      );
      continue;
    }
    // The file name becomes the page's URL, where # and ? start another part of it.
    const unsafe = /[#?%\\]/.exec(relative);
    if (unsafe) {
      diags.add('file-name-chars', { file: page.file, line: 1, column: 1 }, { char: unsafe[0] });
      continue;
    }
    const other = seen.get(page.id);
    if (other) {
      diags.add(
        'duplicate-id',
        { file: page.file, line: 1, column: 1 },
        { kind: 'page', id: page.id || '/', other: `${other.file}:1:1` },
      );
      continue;
    }
    seen.set(page.id, page);
    if (!isHome && chapter) chapter.pages.push(page);
    pages.push(page);
  }
  for (const chapter of chapters) {
    let n = 0;
    for (const figure of chapter.pages.flatMap((p) => p.figures)) {
      if (figure.kind !== 'table') figure.number = `${chapter.number}-${++n}`;
    }
  }
  const home = pages.find((p) => p.id === '');
  let n = 0;
  for (const figure of home?.figures ?? []) if (figure.kind !== 'table') figure.number = String(++n);
  return { pages, chapters };
}
