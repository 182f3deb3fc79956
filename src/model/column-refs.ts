import type { Column } from '../schema/dataset.ts';
import type { Diagnostics } from './diagnostics.ts';
import type { Reference } from './references.ts';
import { cellText, filterRows } from './rows.ts';
import type { Row } from './types.ts';
import { hints } from '../i18n/hints.ts';
import { closest, didYouMean, listOf, noUnit } from '../i18n/words.ts';

/**
 * What a chart or table can be checked against even when its dataset has errors of its own:
 * the columns, once they are readable, and the rows only once every row is.
 */
export interface DatasetShape {
  columns: Map<string, Column>;
  rows?: Row[];
}

type ColumnRef = Extract<Reference, { kind: 'column' }>;
type FilterRef = Extract<Reference, { kind: 'filter' }>;

/** Columns exist and fit their use; columns on one value axis share a unit; filters keep a row. */
export function checkColumnRefs(
  shapes: ReadonlyMap<string, DatasetShape>,
  references: Reference[],
  diags: Diagnostics,
): void {
  const axes = new Map<string, { id: string; unit: string; at: ColumnRef['at'] }[]>();
  for (const ref of references) {
    if (ref.kind === 'filter') checkFilter(shapes.get(ref.dataset), ref, diags);
    if (ref.kind !== 'column') continue;
    const shape = shapes.get(ref.dataset);
    if (!shape) continue; // the dataset reference itself is reported
    const column = shape.columns.get(ref.id);
    if (!column) {
      const ids = [...shape.columns.keys()];
      diags.add(
        'unknown-column',
        ref.at,
        { dataset: ref.dataset, id: ref.id, expected: listOf(ids, diags.locale) },
        didYouMean(ref.id, ids),
      );
      continue;
    }
    if (ref.accepts && !ref.accepts.includes(column.type)) {
      const fitting = [...shape.columns.values()].filter((c) => ref.accepts!.includes(c.type)).map((c) => c.id);
      diags.add(
        'chart-not-numeric',
        ref.at,
        { field: ref.at.path ?? '', id: ref.id, found: column.type },
        hints.numericColumns(fitting),
      );
      continue;
    }
    if (ref.axis)
      axes.set(ref.axis, [...(axes.get(ref.axis) ?? []), { id: ref.id, unit: column.unit ?? '', at: ref.at }]);
  }
  const none = noUnit[diags.locale];
  for (const columns of axes.values()) {
    const [first, ...rest] = columns;
    const other = rest.find((c) => c.unit !== first!.unit);
    if (first && other) {
      diags.add('chart-unit-mismatch', other.at, {
        a: first.id,
        unitA: first.unit || none,
        b: other.id,
        unitB: other.unit || none,
      });
    }
  }
}

/** A filter that keeps no row would publish an empty figure; say which values the column does have. */
function checkFilter(shape: DatasetShape | undefined, ref: FilterRef, diags: Diagnostics): void {
  if (!shape?.rows || shape.rows.length === 0) return;
  if (Object.keys(ref.filter).some((id) => !shape.columns.has(id))) return; // reported as an unknown column
  if (filterRows(shape.rows, ref.filter).length > 0) return;
  const [id, wanted] =
    Object.entries(ref.filter).find(([id, wanted]) => filterRows(shape.rows!, { [id]: wanted }).length === 0) ?? [];
  const filter = JSON.stringify(ref.filter).replaceAll('"', '').replaceAll(',', ', ').replaceAll(':', ': ');
  let hint;
  if (id !== undefined) {
    const values = [...new Set(shape.rows.map((row) => cellText(row[id])).filter(Boolean))];
    const first = Array.isArray(wanted) ? wanted[0] : wanted;
    // A near miss in a name is a typo; a near miss in a number is another number.
    const guess = typeof first === 'string' ? closest(first, values) : undefined;
    hint = hints.columnValues(id, values, guess);
  } else {
    hint = hints.noRowMatchesAll;
  }
  diags.add('filter-no-rows', ref.at, { filter, dataset: ref.dataset }, hint);
}
