import type { Root } from 'mdast';
import { reportSchema, locales, type Locale, type ReportMeta } from '../schema/report.ts';
import { checkEvidence } from './checks.ts';
import { checkColumnRefs, type DatasetShape } from './column-refs.ts';
import { Diagnostics, type Diagnostic } from './diagnostics.ts';
import type { ReportFiles } from './files.ts';
import { checkFormat } from './format-check.ts';
import { checkPageLinks, numberSources, pagesByFile, resolveReferences } from './link.ts';
import { loadClaims, loadDatasets, loadSources } from './load-data.ts';
import { loadPage, type LoadedPage, type PageLink } from './load-pages.ts';
import { MermaidChecker, type DiagramCache, type DiagramParser } from './mermaid-check.ts';
import type { PageMemo } from './page-memo.ts';
import { References } from './references.ts';
import { limits } from './limits.ts';
import { markdownTooDeep } from './nesting.ts';
import { readText, textOf } from './read-text.ts';
import { checkSchema } from './schema-check.ts';
import { arrange } from './structure.ts';
import type { Report } from './types.ts';
import { parseYaml } from './yaml-file.ts';

export const REPORT_FILE = 'content/report.yaml';

export interface LoadOptions {
  /** Language of the messages; defaults to the report's own locale. */
  locale?: Locale;
  /** Diagrams already known to parse; without it every diagram is parsed. */
  diagramCache?: DiagramCache;
  /** Mermaid's parser (`parseInWorker` from src/node/mermaid-parser.ts); without it diagrams are checked for size only. */
  parseDiagram?: DiagramParser;
  /** How page Markdown is parsed: the tools pass `markdownCache()` (src/node/markdown-cache.ts). */
  parseMarkdown?: (text: string) => Root;
  /** Pages an earlier load in this process read (the dev server), reused where the text is unchanged. */
  pageMemo?: PageMemo;
  /** The report folder as the user named it (`--root`), for the commands messages suggest; defaults to ".". */
  root?: string;
}

export interface LoadResult {
  /** The linked model; present only when there is no error. */
  report?: Report;
  /** Every problem found, errors and warnings, in file order. */
  diagnostics: Diagnostic[];
  locale: Locale;
}

/** Files → schemas → one linked Report. The validator, the site and the PDF all start here. */
export async function loadReport(files: ReportFiles, options: LoadOptions = {}): Promise<LoadResult> {
  const reportRead = files.read(REPORT_FILE);
  const locale = options.locale ?? declaredLocale(textOf(reportRead));
  const diags = new Diagnostics(locale);
  const refs = new References();
  const reportText = readText(files, REPORT_FILE, diags);

  let meta: ReportMeta | undefined;
  if (reportRead === undefined) diags.add('report-missing', { file: REPORT_FILE, line: 1, column: 1 });
  else if (reportText !== undefined) {
    const yaml = parseYaml(reportText, REPORT_FILE, diags);
    if (yaml && checkFormat(yaml, diags, options.root ?? '.')) return { diagnostics: diags.sorted(), locale };
    meta = yaml && checkSchema(reportSchema, yaml, diags);
  }

  const shapes = new Map<string, DatasetShape>();
  const registries = {
    source: loadSources(files, diags),
    claim: loadClaims(files, diags, refs),
    dataset: loadDatasets(files, diags, refs, shapes),
  };
  const sources = registries.source.byId;
  const claims = registries.claim.byId;
  const datasets = registries.dataset.byId;

  const loaded: LoadedPage[] = [];
  const links: PageLink[] = [];
  const pageFiles = files.list('content').filter((file) => file.endsWith('.md'));
  const mermaid = new MermaidChecker(options.diagramCache, options.parseDiagram);
  for (const file of pageFiles) {
    const text = readText(files, file, diags);
    if (text === undefined) continue; // why is reported already
    const deep = markdownTooDeep(text);
    if (deep) {
      diags.add('too-deep', { file, line: deep.line, column: 1 }, { depth: deep.depth, limit: limits.nesting });
      continue;
    }
    const result = options.pageMemo
      ? options.pageMemo.load(file, text, diags, refs, options.parseMarkdown)
      : loadPage(file, text, diags, refs, options.parseMarkdown);
    loaded.push(result);
    links.push(...result.links);
    for (const figure of result.page.figures) if (figure.kind === 'mermaid') mermaid.submit(figure);
  }
  if (pageFiles.length === 0) diags.add('no-pages', { file: 'content', line: 1, column: 1 });
  else if (!pageFiles.includes('content/index.md'))
    diags.add('home-missing', { file: 'content/index.md', line: 1, column: 1 });

  const { pages, chapters } = arrange(loaded, diags);
  const model = { pages, sources, claims, datasets };
  resolveReferences(model, refs.list, diags, (kind, id) => registries[kind].isBroken(id));
  checkColumnRefs(shapes, refs.list, diags);
  checkPageLinks(pagesByFile(pages), links, diags);
  numberSources(model);
  const figures = pages.flatMap((page) => page.figures);
  for (const figure of figures) if (figure.kind !== 'mermaid') datasets.get(figure.spec.dataset)?.usedBy.push(figure);
  await mermaid.finish(diags);
  checkEvidence(meta, sources.values(), claims.values(), datasets.values(), diags);

  const diagnostics = diags.sorted();
  const report =
    meta && diags.errorCount === 0
      ? { meta, ...model, chapters, pageById: new Map(pages.map((p) => [p.id, p])), pageByFile: pagesByFile(pages) }
      : undefined;
  return { ...(report ? { report } : {}), diagnostics, locale };
}

/** The locale the report asks for, read before anything else so every message uses it. */
export function declaredLocale(text: string | undefined): Locale {
  const match = text && /^locale:\s*['"]?([\w-]+)/m.exec(text);
  const found = match ? match[1] : undefined;
  return (locales as readonly string[]).includes(found ?? '') ? (found as Locale) : 'zh-CN';
}
