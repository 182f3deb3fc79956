import type { Locale } from '../schema/report.ts';
import type { Report } from '../model/types.ts';
import { ui, type Ui } from '../i18n/ui.ts';
import type { Urls } from '../site/urls.ts';

/** What every renderer needs: the model, the words of the report's language, and the links. */
export interface RenderContext {
  report: Report;
  locale: Locale;
  t: Ui;
  urls: Urls;
}

export function renderContext(report: Report, urls: Urls): RenderContext {
  return { report, locale: report.meta.locale, t: ui(report.meta.locale), urls };
}
