import type { Locale } from '../schema/report.ts';
import type { Entry, Hint, Params, Severity } from '../i18n/diagnostic-entry.ts';
import { catalogue, type DiagnosticCode } from '../i18n/diagnostics.ts';

export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  /** Path relative to the report root, with forward slashes. */
  file: string;
  /** 1-based; 0 only when the file itself is missing. */
  line: number;
  column: number;
  /** Where in the file's data the problem is, e.g. `[3].sources[0]`; empty for Markdown text. */
  path: string;
  message: string;
  hint?: string;
}

export interface Place {
  file: string;
  line: number;
  column: number;
  path?: string;
}

/** Builds diagnostics in one locale, so every check words its findings the same way. */
export class Diagnostics {
  readonly list: Diagnostic[] = [];
  constructor(readonly locale: Locale) {}

  add(code: DiagnosticCode, at: Place, params: Params = {}, hint?: Hint): void {
    const entry: Entry = catalogue[code];
    const hintText = hint?.[this.locale];
    this.list.push({
      code,
      severity: entry.severity,
      file: at.file,
      line: at.line,
      column: at.column,
      path: at.path ?? '',
      message: entry[this.locale](params),
      ...(hintText ? { hint: hintText } : {}),
    });
  }

  get errorCount(): number {
    return this.list.filter((d) => d.severity === 'error').length;
  }

  /** Diagnostics in file, line, column order, so output is stable between runs. */
  sorted(): Diagnostic[] {
    return [...this.list].sort(
      (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.code.localeCompare(b.code),
    );
  }
}
