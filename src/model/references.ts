import type { Place } from './diagnostics.ts';

/**
 * A use of an id somewhere in the report. Loaders only record references; `link.ts` resolves all
 * of them at once, after every file is read, so the order of files never matters.
 */
export type Reference =
  | { kind: 'source' | 'claim' | 'dataset'; id: string; at: Place; citedOn?: string }
  | { kind: 'column'; dataset: string; id: string; at: Place; axis?: string };

export class References {
  readonly list: Reference[] = [];
  add(reference: Reference): void {
    this.list.push(reference);
  }
}
