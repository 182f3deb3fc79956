import type { ChartSpec } from '../schema/fences.ts';
import type { Cell, Dataset, Row } from '../model/types.ts';

/** What the browser needs to draw one chart: computed at build time, so the client only draws. */
export interface ChartData {
  type: ChartSpec['type'];
  stacked: boolean;
  labels: string[];
  series: { name: string; values: (number | null)[] | { x: number; y: number }[] }[];
  xTitle: string;
  yTitle: string;
}

export function filterRows(rows: Row[], filter: Record<string, unknown> | undefined): Row[] {
  if (!filter) return rows;
  return rows.filter((row) =>
    Object.entries(filter).every(([column, wanted]) => {
      const value = cellText(row[column] ?? null);
      return Array.isArray(wanted) ? wanted.map(String).includes(value) : String(wanted) === value;
    }),
  );
}

export function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'object') return cell.status;
  return String(cell);
}

/** `unitLabel` words a unit for an axis title, in the report's language. */
export function chartData(dataset: Dataset, spec: ChartSpec, unitLabel: (unit: string) => string): ChartData {
  const withUnit = (label: string, unit: string | undefined) => (unit ? `${label}${unitLabel(unit)}` : label);
  const rows = filterRows(dataset.rows, spec.filter);
  const ys = typeof spec.y === 'string' ? [spec.y] : spec.y;
  const xColumn = dataset.columnsById.get(spec.x)!;
  const yColumns = ys.map((id) => dataset.columnsById.get(id)!);
  const unit = yColumns[0]?.unit;
  const yTitle = withUnit(yColumns.length === 1 ? yColumns[0]!.label : yColumns.map((c) => c.label).join(' / '), unit);
  const xTitle = withUnit(xColumn.label, xColumn.unit);
  const number = (cell: Cell | undefined) => (typeof cell === 'number' ? cell : null);

  // Rows split into series by the series column's value, in order of first appearance.
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const group = spec.series ? cellText(row[spec.series] ?? null) : '';
    groups.set(group, [...(groups.get(group) ?? []), row]);
  }

  if (spec.type === 'scatter') {
    const series = [...groups].flatMap(([group, groupRows]) =>
      yColumns.map((column) => ({
        name: [group, yColumns.length > 1 ? column.label : ''].filter(Boolean).join(' · ') || column.label,
        values: groupRows.flatMap((row) => {
          const x = number(row[spec.x]);
          const y = number(row[column.id]);
          return x === null || y === null ? [] : [{ x, y }];
        }),
      })),
    );
    return { type: spec.type, stacked: false, labels: [], series, xTitle, yTitle };
  }

  const labels = [...new Set(rows.map((row) => cellText(row[spec.x] ?? null)))];
  const series = [...groups].flatMap(([group, groupRows]) =>
    yColumns.map((column) => ({
      name: [group, yColumns.length > 1 || !group ? column.label : ''].filter(Boolean).join(' · '),
      values: labels.map((label) => number(groupRows.find((row) => cellText(row[spec.x] ?? null) === label)?.[column.id])),
    })),
  );
  return { type: spec.type, stacked: spec.stacked, labels, series, xTitle, yTitle };
}
