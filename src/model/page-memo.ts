import type { Root } from 'mdast';
import type { Diagnostic, Diagnostics } from './diagnostics.ts';
import { loadPage, type LoadedPage } from './load-pages.ts';
import type { Reference, References } from './references.ts';

interface Known {
  text: string;
  locale: string;
  result: LoadedPage;
  diagnostics: Diagnostic[];
  references: Reference[];
}

/**
 * Pages read by an earlier load in this process, by file and exact text, with the diagnostics and
 * references reading them produced: `npm run dev` re-reads only the page that changed. A page's
 * reading depends on nothing but its own text (cross-references are checked afterwards, on every
 * load), so a page whose text is unchanged reads the same.
 */
export class PageMemo {
  private readonly known = new Map<string, Known>();
  /** Pages actually parsed, for the tests. */
  parsed = 0;

  load(file: string, text: string, diags: Diagnostics, refs: References, parse?: (text: string) => Root): LoadedPage {
    const hit = this.known.get(file);
    if (hit && hit.text === text && hit.locale === diags.locale) {
      diags.list.push(...hit.diagnostics);
      refs.list.push(...hit.references);
      return hit.result;
    }
    const [fromDiag, fromRef] = [diags.list.length, refs.list.length];
    const result = loadPage(file, text, diags, refs, parse);
    this.parsed++;
    this.known.set(file, {
      text,
      locale: diags.locale,
      result,
      diagnostics: diags.list.slice(fromDiag),
      references: refs.list.slice(fromRef),
    });
    return result;
  }
}
