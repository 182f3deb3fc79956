import { verdicts, type Verdict } from '../schema/claim.ts';
import type { Figure, Report } from './types.ts';

/** Whether any page of the report has a figure of this kind (so its code and assets are needed). */
export function hasFigure(report: Pick<Report, 'pages'>, kind: Figure['kind']): boolean {
  return report.pages.some((page) => page.figures.some((figure) => figure.kind === kind));
}

/** How many claims have each verdict, in the order of the verdict scale. */
export function verdictCounts(report: Pick<Report, 'claims'>): { verdict: Verdict; count: number }[] {
  const claims = [...report.claims.values()];
  return verdicts.map((verdict) => ({ verdict, count: claims.filter((c) => c.verdict === verdict).length }));
}

/** The latest date the evidence was looked at (a claim checked, a dataset collected, a source read); undefined when none is recorded. */
export function evidenceAsOf(report: Pick<Report, 'claims' | 'datasets' | 'sources'>): string | undefined {
  const dates = [
    ...[...report.claims.values()].map((c) => c.checked),
    ...[...report.datasets.values()].map((d) => d.collected),
    ...[...report.sources.values()].map((s) => s.accessed),
  ].filter((date): date is string => typeof date === 'string');
  return dates.sort().at(-1);
}
