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
      return inert(cell && typeof cell === 'object' && cell.note ? `${cell.status}: ${cell.note}` : cellText(cell));
    }),
  );
  return `\uFEFF${stringify([columns.map((c) => c.id), ...rows])}`;
}

/**
 * Excel and WPS run a text cell starting with = + - @ (or tab, CR) as a formula; OWASP's advice is a
 * leading apostrophe, which they show as text. Numbers are written as numbers.
 */
const inert = (text: string): string => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

/** The dataset with its metadata, for machines. */
export function datasetJson(dataset: Dataset): string {
  const { columnsById: _c, usedBy: _u, at: _a, ...rest } = dataset;
  return `${JSON.stringify(rest, null, 2)}\n`;
}
