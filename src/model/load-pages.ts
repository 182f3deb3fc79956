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
import { readDirectives } from './directives.ts';
import { checkSchema } from './schema-check.ts';
import type { Figure, Heading, Located, Page } from './types.ts';
import type { References } from './references.ts';
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

/** Markdown trees are only parsed here; the site renders these same trees. */
export function parseMarkdown(text: string): Root {
  return parser.parse(text);
}

/** `content/01-背景/02-政策.md` → `背景/政策`; index pages take their folder's id; home is "". */
export function pageIdOf(file: string): string {
  const parts = file.replace(/^content\//, '').replace(/\.md$/, '').split('/').map(stripOrder);
  if (parts.at(-1) === 'index') parts.pop();
  return parts.join('/');
}

export const stripOrder = (segment: string): string => segment.replace(/^\d+[-_. ]+/, '') || segment;

export function loadPage(file: string, text: string, diags: Diagnostics, refs: References): LoadedPage {
  const tree = parseMarkdown(text);
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
    finding.claims.forEach((claim, j) => refs.add({ kind: 'claim', id: claim, at: placeOf(yaml!, ['findings', i, 'claims', j]) })),
  );
  // A page with bad frontmatter is still read, so links to it and its own links are checked;
  // the error already keeps the report from being built.
  const frontmatter: PageFrontmatter = checked ?? { title: '', status: 'final' };

  readDirectives(tree, text, id, place, diags, refs);
  const headings: Heading[] = [];
  const figures: Figure[] = [];
  const links: PageLink[] = [];
  const slugger = new GithubSlugger();
  visit(tree, (node) => {
    if (node.type === 'heading') {
      const text = toString(node);
      headings.push({ depth: node.depth, text, slug: slugger.slug(text), at: place(node) });
    } else if (node.type === 'link') {
      const url = (node as Link).url;
      const scheme = /^(claim|source):(.*)$/.exec(url);
      if (scheme) refs.add({ kind: scheme[1] as 'claim' | 'source', id: scheme[2]!, at: place(node), citedOn: id });
      else links.push({ pageId: id, file, url, at: place(node) });
    } else if (node.type === 'code') {
      const figure = readFence(node, id, file, place(node), diags, refs);
      if (figure) figures.push(figure);
    }
  });
  return { page: { ...frontmatter, id, file, markdown: text, tree, headings, figures }, links };
}

function readFence(node: Code, pageId: string, file: string, at: Located, diags: Diagnostics, refs: References): Figure | undefined {
  if (node.lang === 'mermaid') return { kind: 'mermaid', pageId, at, source: node.value };
  if (node.lang !== 'chart' && node.lang !== 'table') return undefined;
  if (node.value.trim() === '') {
    diags.add('fence-empty', at, { lang: node.lang });
    return undefined;
  }
  // The spec starts on the line after the opening fence, indented like the fence.
  const yaml = parseYaml(node.value, file, diags, { line: at.line, column: at.column - 1 });
  if (!yaml) return undefined;
  const spec = node.lang === 'chart' ? checkSchema(chartSpecSchema, yaml, diags) : checkSchema(tableSpecSchema, yaml, diags);
  if (!spec) return undefined;
  const dataset = spec.dataset;
  refs.add({ kind: 'dataset', id: dataset, at: placeOf(yaml, ['dataset']) });
  const column = (path: (string | number)[], id: string, axis?: string) =>
    refs.add({ kind: 'column', dataset, id, at: placeOf(yaml, path), ...(axis ? { axis } : {}) });
  for (const key of Object.keys(spec.filter ?? {})) column(['filter', key], key);
  if (node.lang === 'table') {
    const table = spec as TableSpec;
    table.columns?.forEach((id, i) => column(['columns', i], id));
    if (table.sort) column(['sort', 'by'], table.sort.by);
    return { kind: 'table', pageId, at, spec: table };
  }
  const chart = spec as ChartSpec;
  column(['x'], chart.x);
  if (chart.series) column(['series'], chart.series);
  // Every y column of one chart shares the value axis, so they must share a unit.
  const axis = `${file}:${at.line}`;
  if (typeof chart.y === 'string') column(['y'], chart.y, axis);
  else chart.y.forEach((id, i) => column(['y', i], id, axis));
  return { kind: 'chart', pageId, at, spec: chart };
}
