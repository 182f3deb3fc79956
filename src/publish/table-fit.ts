import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page as BrowserPage } from 'playwright-core';
import { ui } from '../i18n/ui.ts';
import { Diagnostics, type Diagnostic, type Place } from '../model/diagnostics.ts';
import type { Report } from '../model/types.ts';
import { figureId } from '../render/figures.ts';
import { a4Geometry, need, planTable, type TableMeasure, type TablePlan } from './table-plan.ts';

const fitTablesScript = readFileSync(join(import.meta.dirname, 'fit-tables.js'), 'utf8');
const mmPerPx = 25.4 / 96;

/**
 * Lays out every table of the print page (before paged.js paginates it) so that no cell is cut:
 * see table-plan.ts for the order of remedies. Returns a warning for each column that cannot fit
 * even then, placed at the figure, dataset or page the table comes from.
 */
export async function fitTables(page: BrowserPage, report: Report): Promise<Diagnostic[]> {
  await page.addScriptTag({ content: fitTablesScript });
  const measures = await page.evaluate(() =>
    (window as unknown as { dossierTables: { measure(): TableMeasure[] } }).dossierTables.measure(),
  );
  const t = ui(report.meta.locale);
  const plans = measures.map((m) => ({ ...planTable(m), labels: [] as string[] }));
  if (process.env.DOSSIER_DEBUG)
    for (const [i, plan] of plans.entries()) console.error(`table ${measures[i]!.holder}: ${JSON.stringify(plan)}`);
  for (const plan of plans)
    if (plan.parts.length > 1) plan.labels = plan.parts.map((_, k) => t.tablePart(k + 1, plan.parts.length));
  await page.evaluate(
    ([list, basePt]) =>
      (window as unknown as { dossierTables: { apply(p: unknown, b: number): void } }).dossierTables.apply(
        list,
        basePt,
      ),
    [plans, a4Geometry.basePt] as const,
  );
  return tooWideDiagnostics(report, measures, plans);
}

function tooWideDiagnostics(report: Report, measures: TableMeasure[], plans: TablePlan[]): Diagnostic[] {
  const diagnostics = new Diagnostics(report.meta.locale);
  plans.forEach((plan, i) => {
    const measure = measures[i]!;
    const key = measure.columns[measure.key]!;
    for (const column of plan.tooWide) {
      const width = (need(key) + need(column)) * (a4Geometry.floorPt / a4Geometry.basePt);
      diagnostics.add('table-too-wide', placeOf(report, measure.holder), {
        table: measure.caption || measure.holder,
        column: column.label,
        floor: a4Geometry.floorPt,
        need: Math.round(width * mmPerPx),
        available: Math.round(a4Geometry.landscape * mmPerPx),
      });
    }
  });
  return diagnostics.sorted();
}

/** The author's file behind a table of the print page, from the id of the element holding it. */
function placeOf(report: Report, holder: string): Place {
  for (const page of report.pages) {
    for (const figure of page.figures) if (figureId(figure) === holder) return figure.at;
  }
  const dataset = /^dataset-(.+)$/.exec(holder);
  if (dataset) {
    const found = report.datasets.get(decodeURIComponent(dataset[1]!));
    if (found) return found.at;
  }
  const part = /^part-(\d+)$/.exec(holder);
  const page = part ? report.pages[Number(part[1])] : undefined;
  if (page) return { file: page.file, line: 1, column: 1 };
  const claim = report.claims.values().next().value;
  return claim ? { file: claim.at.file, line: 1, column: 1 } : { file: 'content/report.yaml', line: 1, column: 1 };
}
