import type { Locale } from '../schema/report.ts';
import { labels, type Diagnostic } from './diagnostics.ts';

/** `file:line:column  path  message`, then an indented hint: the one layout every check prints. */
export function formatDiagnostic(d: Diagnostic, locale: Locale, strict = false): string {
  const words = labels[locale];
  const label = d.severity === 'error' ? words.error : strict ? words.strictWarning : words.warning;
  const head = [`${d.file}:${d.line}:${d.column}`, d.path, `${label}: ${d.message}`].filter(Boolean).join('  ');
  return d.hint ? `${head}\n    ${words.hint}: ${d.hint}` : head;
}

export function formatSummary(errors: number, warnings: number, locale: Locale): string {
  if (locale === 'zh-CN') return errors + warnings === 0 ? '✓ 检查通过，没有发现问题' : `${errors} 个错误，${warnings} 个警告`;
  if (errors + warnings === 0) return '✓ all checks passed';
  return `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
}

/** Counts with `strict` turning warnings into errors, as `--strict` promises. */
export function countBySeverity(diagnostics: Diagnostic[], strict: boolean): { errors: number; warnings: number } {
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  const errors = diagnostics.length - warnings;
  return strict ? { errors: errors + warnings, warnings: 0 } : { errors, warnings };
}
