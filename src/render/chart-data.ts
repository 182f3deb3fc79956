import type { Cell, Dataset, Row } from '../model/types.ts';
import { cellText, filterRows } from '../model/rows.ts';
import type { Column } from '../schema/dataset.ts';
import { shareChartTypes, type ChartSpec } from '../schema/fences.ts';

type Values = (number | null)[];

/** What the browser needs to draw one chart: computed at build time, so the client only draws. */
export interface ChartData {
  type: ChartSpec['type'];
  stacked: ChartSpec['stacked'];
  labels: string[];
  series: { name: string; values: Values | ScatterPoint[]; band?: { min: Values; max: Values } }[];
  xTitle: string;
  yTitle: string;
  /** The value axis's unit, shown above the plot. */
  unit?: string;
  /** Words that travel with the picture (drawn on it, or around it in a downloaded PNG). */
  frame?: ChartFrame;
}

/** A scatter point, labelled by its row's key column. */
export interface ScatterPoint {
  x: number;
  y: number;
  label: string;
}

export interface ChartFrame {
  title: string;
  /** "单位：ms", worded in the report's language. */
  unit?: string;
  /** The verdict on unverified data, drawn inside the canvas so a screenshot keeps it. */
  caveat?: string;
  /** The source and as-of line, as plain text. */
  source: string;
  /** File name of the PNG download, without extension. */
  file: string;
}

interface Words {
  /** Words a unit for an axis title, in the report's language. */
  unit: (unit: string) => string;
  /** "share of" wording for a 100 % stacked axis. */
  shareOf: (label: string) => string;
  /** Said after the label of approximate values, so the legend and tooltip keep the source's "~". */
  approximate: string;
}

const number = (cell: Cell | undefined) => (typeof cell === 'number' ? cell : null);

export function chartData(dataset: Dataset, spec: ChartSpec, words: Words): ChartData {
  const withUnit = (label: string, unit: string | undefined) => (unit ? `${label}${words.unit(unit)}` : label);
  const rows = filterRows(dataset.rows, spec.filter);
  const ys = typeof spec.y === 'string' ? [spec.y] : spec.y;
  const xColumn = dataset.columnsById.get(spec.x)!;
  const yColumns = ys.map((id) => dataset.columnsById.get(id)!);
  const labelOf = (column: Column) => (column.approximate ? `${column.label}${words.approximate}` : column.label);
  const yLabel = yColumns.map(labelOf).join(' / ');
  const yTitle =
    spec.stacked === 'percent' ? withUnit(words.shareOf(yLabel), '%') : withUnit(yLabel, yColumns[0]?.unit);
  const unit = spec.stacked === 'percent' ? '%' : yColumns[0]?.unit;
  const base = {
    type: spec.type,
    stacked: spec.stacked,
    xTitle: withUnit(labelOf(xColumn), xColumn.unit),
    yTitle,
    ...(unit ? { unit } : {}),
  };

  // Rows split into series by the series column's value, in order of first appearance.
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const group = spec.series ? cellText(row[spec.series]) : '';
    groups.set(group, [...(groups.get(group) ?? []), row]);
  }
  const name = (group: string, label: string, always: boolean) =>
    [group, yColumns.length > 1 || always ? label : ''].filter(Boolean).join(' · ') || label;

  if (spec.type === 'scatter') {
    const series = [...groups].flatMap(([group, groupRows]) =>
      yColumns.map((column) => ({
        name: name(group, labelOf(column), false),
        values: groupRows.flatMap((row) => {
          const [x, y] = [number(row[spec.x]), number(row[column.id])];
          return x === null || y === null ? [] : [{ x, y, label: cellText(row[dataset.keyColumn]) }];
        }),
      })),
    );
    return { ...base, labels: [], series };
  }

  const labels = [...new Set(rows.map((row) => cellText(row[spec.x])))];
  const valuesOf = (groupRows: Row[], id: string): Values =>
    labels.map((label) => number(groupRows.find((row) => cellText(row[spec.x]) === label)?.[id]));
  if (shareChartTypes.includes(spec.type))
    return { ...base, labels, series: [{ name: labelOf(yColumns[0]!), values: valuesOf(rows, yColumns[0]!.id) }] };

  const series = [...groups].flatMap(([group, groupRows]) =>
    yColumns.map((column) => ({
      name: name(group, labelOf(column), !group),
      values: valuesOf(groupRows, column.id),
      ...(spec.band
        ? { band: { min: valuesOf(groupRows, spec.band.min), max: valuesOf(groupRows, spec.band.max) } }
        : {}),
    })),
  );
  return { ...base, labels, series: spec.stacked === 'percent' ? asShares(series) : series };
}

/** Each category's values as percentages of the category's total, for a 100 % stack. */
function asShares<S extends { values: Values }>(series: S[]): S[] {
  const totals = series[0]?.values.map((_, i) => series.reduce((sum, s) => sum + Math.abs(s.values[i] ?? 0), 0)) ?? [];
  return series.map((s) => ({
    ...s,
    values: s.values.map((v, i) => (v === null || !totals[i] ? null : (100 * v) / totals[i]!)),
  }));
}
