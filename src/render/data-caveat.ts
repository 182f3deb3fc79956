import type { Dataset, Report } from '../model/types.ts';

type DataCaveat = 'article' | 'weak';

/**
 * Whether a dataset's figures stand unverified, so its charts say so on the picture itself.
 * The bibliography has no mark for "the document under review", so the rule reads what it has:
 * every source is an article that is not primary (the reviewed article is one) → 'article';
 * every source is such an article or of weak reliability → 'weak'; any other source → no caveat.
 */
export function dataCaveat(report: Report, dataset: Dataset): DataCaveat | undefined {
  const sources = dataset.sources.flatMap((id) => report.sources.get(id) ?? []);
  if (!sources.length) return undefined;
  const article = (s: (typeof sources)[number]) => s.type === 'article' && s.reliability !== 'primary';
  if (sources.every(article)) return 'article';
  if (sources.every((s) => article(s) || s.reliability === 'weak')) return 'weak';
  return undefined;
}
