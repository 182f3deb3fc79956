import type { Locale } from '../schema/report.ts';
import { labels } from '../i18n/diagnostics.ts';
import type { Diagnostic } from './diagnostics.ts';

/** `file:line:column  path  message`, then an indented hint: the one layout every check prints. */
export function formatDiagnostic(d: Diagnostic, locale: Locale, strict = false): string {
  const words = labels[locale];
  const label = d.severity === 'error' ? words.error : strict ? words.strictWarning : words.warning;
  const head = [`${d.file}:${d.line}:${d.column}`, d.path, `${label}: ${d.message}`].filter(Boolean).join('  ');
  return d.hint ? `${head}\n    ${words.hint}: ${d.hint}` : head;
}

export function formatSummary(errors: number, warnings: number, locale: Locale): string {
  return labels[locale].summary(errors, warnings);
}

/** Counts with `strict` turning warnings into errors, as `--strict` promises. */
export function countBySeverity(diagnostics: Diagnostic[], strict: boolean): { errors: number; warnings: number } {
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  const errors = diagnostics.length - warnings;
  return strict ? { errors: errors + warnings, warnings: 0 } : { errors, warnings };
}
