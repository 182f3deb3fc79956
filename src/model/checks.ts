import { verdictsNeedingSources } from '../schema/claim.ts';
import type { ReportMeta } from '../schema/report.ts';
import type { Diagnostics } from './diagnostics.ts';
import type { ClaimEntry, Dataset, SourceEntry } from './types.ts';

const DAY = 24 * 60 * 60 * 1000;

/**
 * Rules about evidence that no schema can express: verdicts need evidence and age is measured at the report date. Dates and confidence the author did not record
 * are not asked for: the pages say "not recorded" rather than push anyone to invent one.
 */
export function checkEvidence(
  meta: Pick<ReportMeta, 'date' | 'checks'> | undefined,
  sources: Iterable<SourceEntry>,
  claims: Iterable<ClaimEntry>,
  datasets: Iterable<Dataset>,
  diags: Diagnostics,
): void {
  for (const claim of claims) {
    // Where a claim is made is no evidence about it, but for a claim nothing public backs it is all there is to say.
    if (claim.evidence.length === 0) {
      if (verdictsNeedingSources.includes(claim.verdict))
        diags.add('claim-needs-source', { ...claim.at, path: 'evidence' }, { verdict: claim.verdict });
      else if (!claim.claimedIn) diags.add('claim-unsourced', { ...claim.at, path: 'evidence' });
    }
  }
  /** Age is measured from when the evidence was last seen: `accessed`, else `published`, or `collected` for a dataset. */
  const stale = (date: string | undefined, field: 'accessed' | 'published' | 'collected', at: SourceEntry['at']) => {
    if (!meta || !date) return;
    const days = meta.checks.staleAfterDays;
    // A report without a date is measured at the day of the check.
    const reportDate = meta.date ?? new Date().toISOString().slice(0, 10);
    if (Date.parse(reportDate) - Date.parse(date) > days * DAY) {
      diags.add(
        field === 'collected' ? 'stale' : 'source-stale',
        { ...at, path: field },
        { field, date, reportDate, days },
      );
    }
  };
  for (const source of sources) {
    if (!source.historical)
      stale(source.accessed ?? source.published, source.accessed ? 'accessed' : 'published', source.at);
  }
  for (const dataset of datasets) {
    if (!dataset.method) diags.add('dataset-no-method', { ...dataset.at, path: 'method' });
    stale(dataset.collected, 'collected', dataset.at);
  }
}
