import type { Figure, Report } from '../model/types.ts';

/**
 * How a drawn diagram is named and placed: the pure half of diagram drawing (src/node/diagrams.ts
 * draws them in Chromium), which the renderer needs.
 */

export type MermaidFigure = Extract<Figure, { kind: 'mermaid' }>;

/** Sanitised SVG of every diagram of a report, by `file:line` of its fence; ids still to be given. */
export type DrawnDiagrams = ReadonlyMap<string, string>;

export const diagramKey = (figure: MermaidFigure): string => `${figure.at.file}:${figure.at.line}`;

/** Drawn diagrams as pages ask for them: a build's page waits only until its own are drawn. */
export interface Diagrams {
  of(figures: readonly MermaidFigure[]): Promise<DrawnDiagrams>;
}

/** Diagrams that come all together (`astro dev`, tests). */
export const diagramsAllAtOnce = (drawn: Promise<DrawnDiagrams>): Diagrams => ({ of: () => drawn });

export const mermaidFigures = (figures: readonly Figure[]): MermaidFigure[] =>
  figures.filter((figure): figure is MermaidFigure => figure.kind === 'mermaid');

/** Every diagram of the report, in reading order. */
export const everyDiagram = (report: Pick<Report, 'pages'>): MermaidFigure[] =>
  report.pages.flatMap((page) => mermaidFigures(page.figures));

/** The id Mermaid is given while drawing; each use of the SVG swaps in a unique one. */
export const ID_TOKEN = 'dossier-diagram-id';

/** Gives one use of a drawn diagram its own ids (markers, styles), unique in the page and the print edition. */
export function withDiagramId(svg: string, id: string): string {
  if (!/^[A-Za-z][\w-]*$/.test(id)) throw new Error(`not a safe element id: ${id}`);
  return svg.replaceAll(ID_TOKEN, id);
}
