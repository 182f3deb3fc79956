/**
 * The versions of the author's contract (report format) this Dossier knows, oldest first.
 * The loader, the migrator and the guides' test all read them from here.
 */
export const knownFormats = [1, 2] as const;
export type FormatVersion = (typeof knownFormats)[number];

/** The format new reports are written for and the one `npm run migrate` upgrades to. */
export const CURRENT_FORMAT = knownFormats[knownFormats.length - 1]!;

/** A report.yaml without `format` was written before formats were numbered. */
export const UNNUMBERED_FORMAT: FormatVersion = 1;

/** What a report.yaml's `format` says about it. `invalid` is left to the schema's own message. */
export type FormatReading =
  | { kind: 'current' }
  | { kind: 'older'; found: FormatVersion }
  | { kind: 'newer'; found: number }
  | { kind: 'invalid' };

/** Reads the format of a parsed report.yaml (its plain value). */
export function readFormat(report: unknown): FormatReading {
  if (typeof report !== 'object' || report === null || Array.isArray(report)) return { kind: 'invalid' };
  const format = (report as { format?: unknown }).format ?? UNNUMBERED_FORMAT;
  if (typeof format !== 'number' || !Number.isInteger(format) || format < 1) return { kind: 'invalid' };
  if (format === CURRENT_FORMAT) return { kind: 'current' };
  if (format > CURRENT_FORMAT) return { kind: 'newer', found: format };
  return { kind: 'older', found: format as FormatVersion };
}
