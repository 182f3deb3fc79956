import { diskFiles } from '../node/disk-files.ts';
import { formatDiagnostic } from '../model/format.ts';
import { loadReport, type LoadResult } from '../model/load-report.ts';
import { toolDiagramCache } from '../node/mermaid-cache.ts';
import { markdownCache } from '../node/markdown-cache.ts';
import { parseInWorker } from '../node/mermaid-parser.ts';
import type { Report } from '../model/types.ts';
import { renderContext, type RenderContext } from '../render/context.ts';
import { drawDiagrams } from '../node/diagrams.ts';
import { diagramsAllAtOnce, type Diagrams, type DrawnDiagrams } from '../render/diagram-ids.ts';
import { PrintUrls, Urls } from '../render/urls.ts';
import { devLoad, devPageMemo, handedOverBuild, reportRoot } from './handover.ts';

/**
 * The one Report every page reads. scripts/build.ts loads and checks it before Astro starts and
 * hands it over (./handover.ts); `astro dev` has no such step and loads it here.
 */

/** The report scripts/build.ts checked and handed over, if this process is such a build. */
export function handedOverReport(): Report | undefined {
  return handedOverBuild()?.report;
}

/**
 * Reads the report folder afresh. `astro dev` calls it whenever a file under content/ or data/
 * changes; the promise lives on globalThis because the dev server and the pages it renders load
 * this module separately.
 */
export function reloadReport(): Promise<LoadResult> {
  const diagramCache = toolDiagramCache();
  const load = loadReport(diskFiles(reportRoot()), {
    parseDiagram: parseInWorker,
    ...markdownCache(),
    pageMemo: devPageMemo(),
    ...(diagramCache ? { diagramCache } : {}),
  });
  return devLoad.set(
    load.then((result) => {
      diagramCache?.save();
      return result;
    }),
  );
}

/** The latest reading of the report folder, errors included (the dev server shows them). */
export function currentLoad(): Promise<LoadResult> {
  return devLoad.get() ?? reloadReport();
}

export async function getReport(): Promise<Report> {
  const built = handedOverBuild();
  if (built) return built.report;
  const result = await currentLoad();
  if (!result.report) {
    const lines = result.diagnostics
      .filter((d) => d.severity === 'error')
      .map((d) => formatDiagnostic(d, result.locale));
    throw new Error(`The report has errors; run npm run validate.\n${lines.join('\n')}`);
  }
  return result.report;
}

const base = () => handedOverBuild()?.base ?? import.meta.env.BASE_URL;

const drawnFor = new WeakMap<Report, Promise<DrawnDiagrams>>();
/**
 * The report's diagrams as SVG: handed over by the build, or drawn here once per loaded report
 * (`astro dev`), where a diagram that cannot be drawn is an error on its page.
 */
export function getDiagrams(report: Report): Diagrams {
  const built = handedOverBuild();
  if (built) return built.diagrams;
  let drawn = drawnFor.get(report);
  if (!drawn) {
    drawn = drawDiagrams(report).then(({ svgs, problems }) => {
      if (problems.length) throw new Error(problems.map((d) => formatDiagnostic(d, report.meta.locale)).join('\n'));
      return svgs;
    });
    drawn.catch(() => undefined); // reported on the pages that show a diagram
    drawnFor.set(report, drawn);
  }
  return diagramsAllAtOnce(drawn);
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
  return handedOverBuild()?.pdf ?? false;
}
