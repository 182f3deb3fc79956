import { numericColumnTypes, type ColumnType } from '../schema/dataset.ts';
import {
  bandChartTypes,
  numericXChartTypes,
  shareChartTypes,
  stackableChartTypes,
  type ChartSpec,
} from '../schema/fences.ts';
import type { Diagnostics } from './diagnostics.ts';
import type { DataPath, YamlFile } from './yaml-file.ts';
import { placeOf } from './yaml-file.ts';

/** Records a column reference: its path in the spec, the types it accepts, and the value axis it shares a unit on. */
export type ColumnUse = (path: DataPath, id: string, use?: { accepts?: readonly ColumnType[]; axis?: string }) => void;

/**
 * What each chart type asks of its columns and options. Column types are judged once the datasets
 * are known (link.ts); options that cannot go together are reported here, at the option.
 */
export function checkChartSpec(
  chart: ChartSpec,
  yaml: YamlFile,
  axis: string,
  column: ColumnUse,
  diags: Diagnostics,
): void {
  const ys = typeof chart.y === 'string' ? [chart.y] : chart.y;
  const option = (path: DataPath, rule: string) =>
    diags.add('chart-option', placeOf(yaml, path, true), { rule, type: chart.type });
  column(['x'], chart.x, numericXChartTypes.includes(chart.type) ? { accepts: numericColumnTypes } : {});
  if (chart.series) column(['series'], chart.series);
  if (typeof chart.y === 'string') column(['y'], chart.y, { accepts: numericColumnTypes, axis });
  else chart.y.forEach((id, i) => column(['y', i], id, { accepts: numericColumnTypes, axis }));
  if (chart.band) {
    column(['band', 'min'], chart.band.min, { accepts: numericColumnTypes, axis });
    column(['band', 'max'], chart.band.max, { accepts: numericColumnTypes, axis });
    if (!bandChartTypes.includes(chart.type)) option(['band'], 'band-type');
    else if (ys.length > 1) option(['band'], 'band-one-y');
  }
  if (chart.stacked !== false && !stackableChartTypes.includes(chart.type)) option(['stacked'], 'stacked-type');
  if (shareChartTypes.includes(chart.type)) {
    if (ys.length > 1) option(['y'], 'share-one-y');
    if (chart.series) option(['series'], 'share-no-series');
  }
}
