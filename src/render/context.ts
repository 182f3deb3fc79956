import type { Locale } from '../schema/report.ts';
import type { Report } from '../model/types.ts';
import { ui, type Ui } from '../i18n/ui.ts';
import type { Urls } from './urls.ts';
import { diagramsAllAtOnce, type Diagrams } from './diagram-ids.ts';

/** What every renderer needs: the model, the words of the report's language, and the links. */
export interface RenderContext {
  report: Report;
  locale: Locale;
  t: Ui;
  urls: Urls;
  /** The report's diagrams drawn as SVG; a page with diagrams waits for its own. */
  diagrams: Diagrams;
}

export function renderContext(
  report: Report,
  urls: Urls,
  diagrams: Diagrams = diagramsAllAtOnce(Promise.resolve(new Map())),
): RenderContext {
  return { report, locale: report.meta.locale, t: ui(report.meta.locale), urls, diagrams };
}
