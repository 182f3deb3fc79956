import type { Cell, Row } from './types.ts';

/** A cell as plain text: what filters compare, tables sort by, and CSV downloads hold. */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'object') return cell.status;
  return String(cell);
}

export type RowFilter = Record<string, string | number | boolean | (string | number)[]>;

/** Rows whose column equals the wanted value (or one of the values), for every column of the filter. */
export function filterRows(rows: Row[], filter: RowFilter | undefined): Row[] {
  if (!filter) return rows;
  return rows.filter((row) =>
    Object.entries(filter).every(([column, wanted]) => {
      const value = cellText(row[column]);
      return Array.isArray(wanted) ? wanted.map(String).includes(value) : String(wanted) === value;
    }),
  );
}
