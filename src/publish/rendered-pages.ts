import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { PagefindIndex } from 'pagefind';
import { writeCompressed } from './finish-site.ts';

/**
 * The file a rendered page is written to, from its URL path: \`/base/第1章/节1/\` → \`第1章/节1/index.html\`
 * (the site is built with \`format: 'directory'\`), \`/base/404\` → \`404.html\`.
 */
export function pageFile(pathname: string, base: string): string {
  const path = decodeURI(pathname.startsWith(base) ? pathname.slice(base.length) : pathname).replace(/^\/+|\/+$/g, '');
  if (path === '404') return '404.html';
  return path ? `${path}/index.html` : 'index.html';
}

/**
 * Each page as Astro renders it (src/middleware.ts hands it over): added to the search index and
 * compressed at once, so Pagefind's process and zlib's threads work while Astro renders the next page
 * instead of reading every page back from disk afterwards.
 */
export class RenderedPages {
  /** Files whose compressed copies are written. */
  readonly compressed = new Set<string>();
  readonly #work: Promise<unknown>[] = [];

  constructor(
    private readonly site: string,
    private readonly base: string,
    private readonly index: PagefindIndex,
  ) {}

  readonly add = (pathname: string, html: string): void => {
    const sourcePath = pageFile(pathname, this.base);
    const file = join(this.site, sourcePath);
    this.compressed.add(file);
    const indexed = this.index.addHTMLFile({ sourcePath, content: html }).then(({ errors }) => {
      if (errors.length) throw new Error(`pagefind: ${sourcePath}: ${errors.join('; ')}`);
    });
    mkdirSync(dirname(file), { recursive: true });
    const work = Promise.all([indexed, writeCompressed(file, Buffer.from(html))]);
    work.catch(() => undefined); // awaited in settled()
    this.#work.push(work);
  };

  /** Resolves when every page handed over so far is indexed and compressed; rejects if one failed. */
  async settled(): Promise<void> {
    await Promise.all(this.#work);
  }
}
