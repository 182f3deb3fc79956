import type { Figure, Report } from './types.ts';

/** Whether any page of the report has a figure of this kind (so its code and assets are needed). */
export function hasFigure(report: Pick<Report, 'pages'>, kind: Figure['kind']): boolean {
  return report.pages.some((page) => page.figures.some((figure) => figure.kind === kind));
}
