import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Root } from 'mdast';
import { parseMarkdown } from '../model/load-pages.ts';
import type { LoadOptions } from '../model/load-report.ts';
import { hashedFiles } from './hashed-files.ts';
import { defaultDiagramCacheFile } from './mermaid-cache.ts';

/** Parsed pages beside the diagram caches, never under content/ or data/. */
const defaultDir = join(dirname(defaultDiagramCacheFile), 'markdown');

/**
 * What else decides a page's tree: the parser and its plugins (their versions are in the lock file)
 * and how src/model/load-pages.ts puts them together. A change to either parses every page afresh.
 */
const parsedWith = (() => {
  const hash = createHash('sha256');
  for (const file of [
    join(import.meta.dirname, '..', '..', 'package-lock.json'),
    join(import.meta.dirname, '..', 'model', 'load-pages.ts'),
  ]) {
    try {
      hash.update(readFileSync(file));
    } catch {
      hash.update(`no ${file}`);
    }
  }
  return hash.digest('hex');
})();

/**
 * Markdown parsing with its trees kept by content hash between runs: reading a stored tree is
 * about a tenth of parsing the page again (500 pages of the benchmark corpus: 2.3-2.8 s parsed,
 * 0.3 s read back). Off with DOSSIER_NO_CACHE=1, as for a first build.
 */
export function markdownCache(dir: string = defaultDir): Pick<LoadOptions, 'parseMarkdown'> {
  if (process.env.DOSSIER_NO_CACHE) return {};
  const trees = hashedFiles(dir, parsedWith, '.json');
  const parse = (text: string): Root => {
    const stored = trees.read(text);
    try {
      if (stored !== undefined) return JSON.parse(stored) as Root;
    } catch {
      // A damaged file: parse the page again.
    }
    const tree = parseMarkdown(text);
    trees.write(text, JSON.stringify(tree));
    return tree;
  };
  return { parseMarkdown: parse };
}
