import type { Locale } from '../schema/report.ts';
import { labels, summarisedCodes } from '../i18n/diagnostics.ts';
import type { Diagnostic } from './diagnostics.ts';

/** `file:line:column  path  message`, then an indented hint: the one layout every check prints. */
export function formatDiagnostic(d: Diagnostic, locale: Locale, strict = false): string {
  const words = labels[locale];
  const label = d.severity === 'error' ? words.error : strict ? words.strictWarning : words.warning;
  const head = [`${d.file}:${d.line}:${d.column}`, d.path, `${label}: ${d.message}`].filter(Boolean).join('  ');
  return d.hint ? `${head}\n    ${words.hint}: ${d.hint}` : head;
}

/** More of one summarised warning than this in one file are printed as one line. */
const SUMMARY_AFTER = 3;

/**
 * What validate prints: every diagnostic, except that a file with many warnings of one summarised
 * kind (an optional field left out) gets one line at the first of them, with the count and the next
 * positions. `verbose` (and `--strict`, which makes them errors to fix one by one) lists each one.
 */
export function formatDiagnostics(
  diagnostics: Diagnostic[],
  locale: Locale,
  options: { strict?: boolean; verbose?: boolean } = {},
): string[] {
  const { strict = false, verbose = false } = options;
  const groupOf = (d: Diagnostic) => `${d.file}\0${d.code}`;
  const groups = new Map<string, Diagnostic[]>();
  for (const d of diagnostics)
    if (summarisedCodes.includes(d.code)) groups.set(groupOf(d), [...(groups.get(groupOf(d)) ?? []), d]);
  const lines: string[] = [];
  for (const d of diagnostics) {
    const group = groups.get(groupOf(d));
    if (verbose || strict || !group || group.length <= SUMMARY_AFTER) lines.push(formatDiagnostic(d, locale, strict));
    else if (group[0] === d) {
      const next = group.slice(1, 1 + SUMMARY_AFTER).map((n) => `${n.line}:${n.column}`);
      lines.push(`${formatDiagnostic(d, locale)}\n    ${labels[locale].summarised(group.length, next)}`);
    }
  }
  return lines;
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
