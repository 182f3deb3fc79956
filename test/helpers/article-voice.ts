import type { Code, Heading, Paragraph, Root, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';

/** Text as a reader sees it: raw HTML is dropped by the renderer, so it is no part of the words. */
export const wordsOf = (node: Root | RootContent): string => toString(node, { includeHtml: false });

/** Compared without whitespace: the article's text lost its line layout (code was split onto lines). */
export const squash = (text: string): string => text.replace(/\s+/g, '');

/**
 * The article's text and a report's paragraphs are compared without what an editor changes when
 * retyping Chinese text: whitespace, full-width against half-width punctuation, Markdown code marks.
 */
function normalise(text: string): string {
  return squash(
    text
      .normalize('NFKC')
      .replace(/[“”「」]/g, '"')
      .replace(/[‘’]/g, "'")
      .replace(/、/g, ',')
      .replace(/`/g, ''),
  );
}

/** The `:::quote{source=ID}` directives of a page tree. */
export function quotesOf(tree: Root, source: string): ContainerDirective[] {
  const found: ContainerDirective[] = [];
  const walk = (node: Root | RootContent) => {
    if (node.type === 'containerDirective' && node.name === 'quote' && node.attributes?.source === source)
      found.push(node);
    else if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  return found;
}

/** One paragraph or heading in the report's own voice, with the line it starts on. */
export interface Passage {
  line: number;
  text: string;
}

/** Every paragraph and heading of the page that is not inside a `:::quote` directive. */
export function ownVoice(tree: Root): Passage[] {
  const passages: Passage[] = [];
  const walk = (node: Root | RootContent) => {
    if (node.type === 'containerDirective' && node.name === 'quote') return;
    if (node.type === 'paragraph' || node.type === 'heading')
      passages.push({ line: node.position?.start.line ?? 0, text: wordsOf(node) });
    else if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  return passages;
}

/** Inline quotations “…” of a passage that says whose words they are (文章称“…”, 文章表中“…”). */
export const attributedQuotes = (text: string): string[] =>
  text.includes('文章') ? [...text.matchAll(/“([^”]*)”/g)].map((m) => m[1]!) : [];

/** The first run of `length` characters of `passage` that also stands in `article`, both normalised; undefined when none. */
export function sharedRun(passage: string, article: string, length: number): string | undefined {
  const text = normalise(passage);
  const source = normalise(article);
  for (let i = 0; i + length <= text.length; i++) {
    const run = text.slice(i, i + length);
    if (source.includes(run)) return run;
  }
  return undefined;
}

/** The leaf blocks a reader reads one by one: paragraphs, headings and code, in document order. */
export function blocksOf(node: Root | RootContent): (Paragraph | Heading | Code)[] {
  if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'code') return [node];
  return 'children' in node ? node.children.flatMap((child) => blocksOf(child)) : [];
}
