import type { ColumnType } from '../schema/dataset.ts';
import type { Place } from './diagnostics.ts';
import type { RowFilter } from './rows.ts';

/**
 * A use of an id somewhere in the report. Loaders only record references; `link.ts` resolves all
 * of them at once, after every file is read, so the order of files never matters.
 */
export type Reference =
  | { kind: 'source' | 'claim' | 'dataset'; id: string; at: Place; citedOn?: string }
  /** `accepts`: the column types this use can draw; `axis`: the value axis whose unit it shares. */
  | { kind: 'column'; dataset: string; id: string; at: Place; accepts?: readonly ColumnType[]; axis?: string }
  /** A chart's or table's filter, which must keep at least one row. */
  | { kind: 'filter'; dataset: string; filter: RowFilter; at: Place };

export class References {
  readonly list: Reference[] = [];
  add(reference: Reference): void {
    this.list.push(reference);
  }
}
