import type { Diagnostics, Place } from './diagnostics.ts';
import type { ReportFiles } from './files.ts';
import { limits } from './limits.ts';

/**
 * A report file's text, or undefined after saying why it cannot be read: outside the report folder,
 * not UTF-8, or too large. `at` is the line that names the file (a dataset's `csv:`), if any.
 */
export function readText(
  files: ReportFiles,
  file: string,
  diags: Diagnostics,
  at: Place = { file, line: 1, column: 1 },
): string | undefined {
  const read = files.read(file);
  if (read === undefined || typeof read === 'string') return read;
  if (read.problem === 'outside-root') diags.add('outside-root', at, { file, target: read.target });
  else if (read.problem === 'not-utf8') diags.add('not-utf8', { file, line: 1, column: 1 }, { file });
  else
    diags.add('file-too-large', at, { file, mb: (read.bytes / 1048576).toFixed(1), limit: limits.fileBytes / 1048576 });
  return undefined;
}

/** The text when it can be read, without reporting anything (for a quick look before checking). */
export const textOf = (read: ReturnType<ReportFiles['read']>): string | undefined =>
  typeof read === 'string' ? read : undefined;
