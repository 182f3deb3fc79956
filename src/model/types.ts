import type { Root } from 'mdast';
import type { Claim } from '../schema/claim.ts';
import type { Column, DatasetDecl, Status } from '../schema/dataset.ts';
import type { ChartSpec, TableSpec } from '../schema/fences.ts';
import type { Finding, PageFrontmatter } from '../schema/page.ts';
import type { ReportMeta } from '../schema/report.ts';
import type { Source } from '../schema/source.ts';

/** A position in an author's file: what every diagnostic and every back-link points at. */
export interface Located {
  file: string;
  line: number;
  column: number;
}

export type Cell = string | number | boolean | null | { status: Status; note?: string };
export type Row = Record<string, Cell>;

/** Omit that keeps a union a union, so each dataset kind keeps its own fields. */
type OmitEach<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export type Dataset = OmitEach<DatasetDecl, 'rows' | 'csv'> & {
  file: string;
  at: Located;
  /** CSV file the rows came from, relative to the report root, if any. */
  csvFile?: string;
  rows: Row[];
  columnsById: Map<string, Column>;
  /** The column that names each row. */
  keyColumn: string;
  /** Figures and tables that show this dataset. */
  usedBy: Figure[];
};

export interface Citation {
  pageId: string;
  at: Located;
}

export interface SourceEntry extends Source {
  at: Located;
  /** Bibliography number, in order of first citation in the reading order (then the rest). */
  number: number;
  citedBy: Citation[];
  /** Ids of the claims whose evidence cites this source, in ledger order; the quotes stay on each claim. */
  claims: string[];
  /** Ids of the claims made in this source (their `claimedIn`), in ledger order. */
  claimsMade: string[];
}

/** A claim with the evidence it relies on; each evidence item carries its own quote. */
export interface ClaimEntry extends Claim {
  at: Located;
  /** Stable claim number: the claim's position in data/claims.yaml (1-based), never renumbered by filters. */
  number: number;
  citedBy: Citation[];
}

export interface Heading {
  depth: number;
  text: string;
  slug: string;
  at: Located;
}

interface FigureBase {
  pageId: string;
  at: Located;
  /** Per-chapter figure label such as "2-3"; tables are not numbered as figures. */
  number?: string;
}

export type Figure =
  | (FigureBase & { kind: 'chart'; spec: ChartSpec })
  | (FigureBase & { kind: 'table'; spec: TableSpec })
  | (FigureBase & {
      kind: 'mermaid';
      source: string;
      /** From the fence line: ```mermaid title="…" source=id[,id]. */
      title?: string;
      sources: string[];
    });

export interface Page extends PageFrontmatter {
  /** Stable id from the file path without numeric prefixes: `""` for home, `chapter/section`. */
  id: string;
  file: string;
  /** Index of the chapter (1-based) the page belongs to; 0 for the home page. */
  chapter: number;
  /** True for a chapter's opening page (its folder's index.md, or a top-level file). */
  isChapterStart: boolean;
  findings?: Finding[];
  markdown: string;
  tree: Root;
  headings: Heading[];
  figures: Figure[];
}

export interface Chapter {
  number: number;
  title: string;
  pages: Page[];
}

/** Everything the site, the plugins and the PDF need, checked and cross-linked. */
export interface Report {
  meta: ReportMeta;
  /** All pages in reading order; the first is home. */
  pages: Page[];
  /** The same pages by id ('' is home) and by file (`content/…md`), so pages and plugins only look up. */
  pageById: ReadonlyMap<string, Page>;
  pageByFile: ReadonlyMap<string, Page>;
  chapters: Chapter[];
  sources: Map<string, SourceEntry>;
  claims: Map<string, ClaimEntry>;
  datasets: Map<string, Dataset>;
}
