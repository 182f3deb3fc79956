import { verdicts, type Evidence, type Verdict } from '../schema/claim.ts';
import type { ClaimEntry, Figure, Report, SourceEntry } from './types.ts';

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

const stanceFor: Partial<Record<ClaimEntry['verdict'], Evidence['stance']>> = {
  supported: 'supports',
  'partly-supported': 'supports',
  contradicted: 'contradicts',
};
const reliabilityRank = { primary: 0, secondary: 1, weak: 2 } as const;

/**
 * The quoted evidence that best shows why a claim got its verdict: a quote whose stance matches the
 * verdict first, then the most reliable source, then ledger order. Undefined when nothing is quoted.
 */
export function strongestEvidence(
  claim: ClaimEntry,
  sources: ReadonlyMap<string, SourceEntry>,
): { item: Evidence; source: SourceEntry } | undefined {
  const wanted = stanceFor[claim.verdict];
  const rank = (item: Evidence) =>
    (item.stance && item.stance === wanted ? 0 : 1) * 10 +
    reliabilityRank[sources.get(item.source)?.reliability ?? 'weak'];
  const quoted = claim.evidence.filter((item) => item.quote && sources.has(item.source));
  const best = quoted.reduce<Evidence | undefined>(
    (top, item) => (top === undefined || rank(item) < rank(top) ? item : top),
    undefined,
  );
  return best ? { item: best, source: sources.get(best.source)! } : undefined;
}
