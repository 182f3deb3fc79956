import { stringify } from 'csv-stringify/sync';
import type { Dataset } from '../model/types.ts';
import { cellText } from '../model/rows.ts';
import { formatNumber } from './numbers.ts';

/** The dataset as the CSV a reader downloads: header of column ids, one line a row, notes kept, numbers with the column's decimals. */
export function datasetCsv(dataset: Dataset): string {
  const columns = [...dataset.columnsById.values()];
  const rows = dataset.rows.map((row) =>
    columns.map((column) => {
      const cell = row[column.id] ?? null;
      if (typeof cell === 'number') return formatNumber(cell, column, 'en', { grouping: false });
      return cell && typeof cell === 'object' && cell.note ? `${cell.status}: ${cell.note}` : cellText(cell);
    }),
  );
  return `\uFEFF${stringify([columns.map((c) => c.id), ...rows])}`;
}

/** The dataset with its metadata, for machines. */
export function datasetJson(dataset: Dataset): string {
  const { columnsById: _c, usedBy: _u, at: _a, ...rest } = dataset;
  return `${JSON.stringify(rest, null, 2)}\n`;
}
