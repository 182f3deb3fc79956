import { diskFiles } from '../model/files.ts';
import { formatDiagnostic } from '../model/format.ts';
import { loadReport } from '../model/load-report.ts';
import type { Report } from '../model/types.ts';
import { renderContext, type RenderContext } from '../render/context.ts';
import { Urls } from './urls.ts';

/**
 * The one Report every page reads. scripts/build.ts loads and checks it before Astro starts and
 * hands it over on globalThis (Astro bundles pages separately, so a module cache would not be
 * shared); `astro dev` has no such step and loads it here.
 */
const handover = globalThis as { __dossierReport?: Report };
let loading: Promise<Report> | undefined;

export function getReport(): Promise<Report> {
  if (handover.__dossierReport) return Promise.resolve(handover.__dossierReport);
  loading ??= loadReport(diskFiles(process.env.DOSSIER_ROOT ?? process.cwd())).then((result) => {
    if (!result.report) {
      const lines = result.diagnostics.filter((d) => d.severity === 'error').map((d) => formatDiagnostic(d, result.locale));
      throw new Error(`The report has errors; run npm run validate.\n${lines.join('\n')}`);
    }
    return result.report;
  });
  return loading;
}

export async function getContext(): Promise<RenderContext> {
  return renderContext(await getReport(), new Urls(import.meta.env.BASE_URL));
}
