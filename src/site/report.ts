import { diskFiles } from '../model/files.ts';
import { formatDiagnostic } from '../model/format.ts';
import { loadReport, type LoadResult } from '../model/load-report.ts';
import { toolDiagramCache } from '../model/mermaid-cache.ts';
import { PageMemo } from '../model/page-memo.ts';
import type { Report } from '../model/types.ts';
import { renderContext, type RenderContext } from '../render/context.ts';
import { drawDiagrams, type DrawnDiagrams } from '../render/diagrams.ts';
import { PrintUrls, Urls } from './urls.ts';

/**
 * The one Report every page reads. scripts/build.ts loads and checks it before Astro starts and
 * hands it over on globalThis (Astro bundles pages separately, so a module cache would not be
 * shared); `astro dev` has no such step and loads it here.
 */
export interface Handover {
  report: Report;
  /** The base path the site is built for; Astro's BASE_URL can be overridden by the environment. */
  base: string;
  /** The build writes dist/<id>.pdf too. */
  pdf: boolean;
  /** The diagrams, being drawn while Astro starts; the build fails if any cannot be drawn. */
  diagrams: Promise<DrawnDiagrams>;
}
const handover = globalThis as { __dossier?: Handover; __dossierLoad?: Promise<LoadResult>; __dossierPages?: PageMemo };

/** The report scripts/build.ts checked and handed over, if this process is such a build. */
export function handedOverReport(): Report | undefined {
  return handover.__dossier?.report;
}

/** The report folder: --root of the dev and build commands, else the working directory. */
export const reportRoot = (): string => process.env.DOSSIER_ROOT ?? process.cwd();

/**
 * Reads the report folder afresh. `astro dev` calls it whenever a file under content/ or data/
 * changes; the promise lives on globalThis because the dev server and the pages it renders load
 * this module separately.
 */
export function reloadReport(): Promise<LoadResult> {
  const diagramCache = toolDiagramCache();
  // Only the pages whose text changed are parsed again.
  const pageMemo = (handover.__dossierPages ??= new PageMemo());
  handover.__dossierLoad = loadReport(diskFiles(reportRoot()), { pageMemo, ...(diagramCache ? { diagramCache } : {}) }).then((result) => {
    diagramCache?.save();
    return result;
  });
  return handover.__dossierLoad;
}

/** The latest reading of the report folder, errors included (the dev server shows them). */
export function currentLoad(): Promise<LoadResult> {
  return handover.__dossierLoad ?? reloadReport();
}

export async function getReport(): Promise<Report> {
  if (handover.__dossier) return handover.__dossier.report;
  const result = await currentLoad();
  if (!result.report) {
    const lines = result.diagnostics.filter((d) => d.severity === 'error').map((d) => formatDiagnostic(d, result.locale));
    throw new Error(`The report has errors; run npm run validate.\n${lines.join('\n')}`);
  }
  return result.report;
}

const base = () => handover.__dossier?.base ?? import.meta.env.BASE_URL;

const drawnFor = new WeakMap<Report, Promise<DrawnDiagrams>>();
/**
 * The report's diagrams as SVG: handed over by the build, or drawn here once per loaded report
 * (`astro dev`), where a diagram that cannot be drawn is an error on its page.
 */
export function getDiagrams(report: Report): Promise<DrawnDiagrams> {
  if (handover.__dossier) return handover.__dossier.diagrams;
  let drawn = drawnFor.get(report);
  if (!drawn) {
    drawn = drawDiagrams(report).then(({ svgs, problems }) => {
      if (problems.length) throw new Error(problems.map((d) => formatDiagnostic(d, report.meta.locale)).join('\n'));
      return svgs;
    });
    drawn.catch(() => undefined); // reported on the pages that show a diagram
    drawnFor.set(report, drawn);
  }
  return drawn;
}

export async function getContext(): Promise<RenderContext> {
  const report = await getReport();
  return renderContext(report, new Urls(base()), getDiagrams(report));
}

/** One static path per dataset: its page and its CSV and JSON downloads. */
export async function datasetPaths() {
  return [...(await getReport()).datasets.keys()].map((id) => ({ params: { id } }));
}

/** For the one-document print edition: links point inside the document. */
export async function getPrintContext(): Promise<RenderContext> {
  const report = await getReport();
  return renderContext(report, new PrintUrls(base(), report.pages), getDiagrams(report));
}

/** Whether this build also writes the PDF briefing, so pages may link to it. */
export function withPdf(): boolean {
  return handover.__dossier?.pdf ?? false;
}
