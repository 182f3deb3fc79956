import GithubSlugger from 'github-slugger';
import type { Code, Link, Root, Yaml } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { chartSpecSchema, tableSpecSchema, type ChartSpec, type TableSpec } from '../schema/fences.ts';
import { pageSchema, type PageFrontmatter } from '../schema/page.ts';
import type { Diagnostics } from './diagnostics.ts';
import { mermaidFence } from './mermaid-fence.ts';
import { readDirectives } from './directives.ts';
import { checkSchema } from './schema-check.ts';
import type { Figure, Heading, Located, Page } from './types.ts';
import type { References } from './references.ts';
import { isAllowedImage, refusedLinkScheme } from './url-policy.ts';
import { checkChartSpec, type ColumnUse } from './chart-rules.ts';
import { parseYaml, placeOf } from './yaml-file.ts';

/** A link found in a page, kept with its position until cross-references are checked. */
export interface PageLink {
  pageId: string;
  file: string;
  url: string;
  at: Located;
}

export interface LoadedPage {
  page: Omit<Page, 'chapter' | 'isChapterStart'>;
  links: PageLink[];
}

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkDirective);

/** Markdown trees are only parsed here (or read back from src/node/markdown-cache.ts); the site renders these same trees. */
export function parseMarkdown(text: string): Root {
  return parser.parse(text);
}

/** `content/01-背景/02-政策.md` → `背景/政策`; index pages take their folder's id; home is "". */
function pageIdOf(file: string): string {
  const parts = file
    .replace(/^content\//, '')
    .replace(/\.md$/, '')
    .split('/')
    .map(stripOrder);
  if (parts.at(-1) === 'index') parts.pop();
  return parts.join('/');
}

const stripOrder = (segment: string): string => segment.replace(/^\d+[-_. ]+/, '') || segment;

export function loadPage(
  file: string,
  text: string,
  diags: Diagnostics,
  refs: References,
  parse: (text: string) => Root = parseMarkdown,
): LoadedPage {
  const tree = parse(text);
  const id = pageIdOf(file);
  const place = (node: { position?: { start: { line: number; column: number } } }): Located => ({
    file,
    line: node.position?.start.line ?? 1,
    column: node.position?.start.column ?? 1,
  });

  const front = tree.children[0]?.type === 'yaml' ? (tree.children[0] as Yaml) : undefined;
  if (!front) diags.add('frontmatter-missing', { file, line: 1, column: 1 });
  const yaml = front && parseYaml(front.value, file, diags, { line: place(front).line, column: 0 });
  const checked = yaml && checkSchema(pageSchema, yaml, diags);
  checked?.findings?.forEach((finding, i) =>
    finding.claims.forEach((claim, j) =>
      refs.add({ kind: 'claim', id: claim, at: placeOf(yaml!, ['findings', i, 'claims', j]) }),
    ),
  );
  // A page with bad frontmatter is still read, so links to it and its own links are checked;
  // the error already keeps the report from being built.
  const frontmatter: PageFrontmatter = checked ?? { title: '', status: 'final' };

  readDirectives(tree, text, id, place, diags, refs);
  const headings: Heading[] = [];
  const figures: Figure[] = [];
  const links: PageLink[] = [];
  const slugger = new GithubSlugger();
  const definitions = new Map<string, string>();
  visit(tree, 'definition', (node) => void definitions.set(node.identifier, node.url));
  visit(tree, (node) => {
    if (node.type === 'heading') {
      const text = toString(node);
      headings.push({ depth: node.depth, text, slug: slugger.slug(text), at: place(node) });
    } else if (node.type === 'link') {
      const url = (node as Link).url;
      const scheme = /^(claim|source):(.*)$/.exec(url);
      if (refusedLinkScheme(url))
        diags.add('link-scheme', place(node), { url: shortUrl(url), scheme: refusedLinkScheme(url)! });
      else if (scheme)
        refs.add({ kind: scheme[1] as 'claim' | 'source', id: scheme[2]!, at: place(node), citedOn: id });
      else links.push({ pageId: id, file, url, at: place(node) });
    } else if (node.type === 'definition') {
      if (refusedLinkScheme(node.url) && !isAllowedImage(node.url))
        diags.add('link-scheme', place(node), { url: shortUrl(node.url), scheme: refusedLinkScheme(node.url)! });
    } else if (node.type === 'image' || node.type === 'imageReference') {
      const url = node.type === 'image' ? node.url : definitions.get(node.identifier);
      if (url !== undefined && !isAllowedImage(url)) diags.add('image-remote', place(node), { url: shortUrl(url) });
    } else if (node.type === 'code') {
      const figure = readFence(node, id, file, place(node), diags, refs, text);
      if (figure) figures.push(figure);
    }
  });
  return { page: { ...frontmatter, id, file, markdown: text, tree, headings, figures }, links };
}

/** A URL as quoted in a message: control characters visible (`\t`), at most 80 characters. */
function shortUrl(url: string): string {
  const shown = Array.from(url, (c) => (c.charCodeAt(0) < 0x20 ? JSON.stringify(c).slice(1, -1) : c)).join('');
  return shown.length > 80 ? `${shown.slice(0, 77)}…` : shown;
}

function readFence(
  node: Code,
  pageId: string,
  file: string,
  at: Located,
  diags: Diagnostics,
  refs: References,
  text: string,
): Figure | undefined {
  if (node.lang === 'mermaid') return mermaidFence(node, pageId, at, text.split('\n')[at.line - 1] ?? '', diags, refs);
  if (node.lang !== 'chart' && node.lang !== 'table') return undefined;
  if (node.value.trim() === '') {
    diags.add('fence-empty', at, { lang: node.lang });
    return undefined;
  }
  // The spec starts on the line after the opening fence, indented like the fence.
  const yaml = parseYaml(node.value, file, diags, { line: at.line, column: at.column - 1 });
  if (!yaml) return undefined;
  const spec =
    node.lang === 'chart' ? checkSchema(chartSpecSchema, yaml, diags) : checkSchema(tableSpecSchema, yaml, diags);
  if (!spec) return undefined;
  const dataset = spec.dataset;
  refs.add({ kind: 'dataset', id: dataset, at: placeOf(yaml, ['dataset']), citedOn: pageId });
  const column: ColumnUse = (path, id, use = {}) =>
    refs.add({ kind: 'column', dataset, id, at: placeOf(yaml, path), ...use });
  for (const key of Object.keys(spec.filter ?? {})) column(['filter', key], key);
  if (spec.filter) refs.add({ kind: 'filter', dataset, filter: spec.filter, at: placeOf(yaml, ['filter']) });
  if (node.lang === 'table') {
    const table = spec as TableSpec;
    table.columns?.forEach((id, i) => column(['columns', i], id));
    if (table.sort) column(['sort', 'by'], table.sort.by);
    return { kind: 'table', pageId, at, spec: table };
  }
  const chart = spec as ChartSpec;
  // Every value column of one chart shares the value axis, so they must share a unit.
  checkChartSpec(chart, yaml, `${file}:${at.line}`, column, diags);
  return { kind: 'chart', pageId, at, spec: chart };
}
