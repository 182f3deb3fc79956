import type { Locale } from '../schema/report.ts';

/** The facts a check gives with a diagnostic's code: names, ids, counts, values as found. */
export type Params = Record<string, string | number>;
type Text = (p: Params) => string;

/** One code of the diagnostics catalogue: how serious it is, and its wording in each locale. */
export interface Entry {
  severity: Severity;
  'zh-CN': Text;
  en: Text;
}

export type Severity = 'error' | 'warning';
/** A hint in every locale; the one matching the report is shown. */
export type Hint = Record<Locale, string>;
