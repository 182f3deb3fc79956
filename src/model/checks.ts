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
  const zh = diags.locale === 'zh-CN';
  for (const claim of claims) {
    if (claim.evidence.length === 0) {
      if (verdictsNeedingSources.includes(claim.verdict)) diags.add('claim-needs-source', { ...claim.at, path: 'evidence' }, { verdict: claim.verdict });
      else diags.add('claim-unsourced', { ...claim.at, path: 'evidence' });
    }
  }
  const stale = (date: string | undefined, kind: string, at: SourceEntry['at'] & { path: string }) => {
    if (!meta || !date) return;
    const days = meta.checks.staleAfterDays;
    if (Date.parse(meta.date) - Date.parse(date) > days * DAY) {
      diags.add('stale', at, { kind, date, reportDate: meta.date, days });
    }
  };
  for (const source of sources) {
    stale(source.published, zh ? '来源' : 'the source', { ...source.at, path: 'published' });
  }
  for (const dataset of datasets) {
    if (!dataset.method) diags.add('dataset-no-method', { ...dataset.at, path: 'method' });
    stale(dataset.collected, zh ? '数据集' : 'the dataset', { ...dataset.at, path: 'collected' });
  }
}
