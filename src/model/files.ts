/** Why a file that exists cannot be read as report text. */
type FileProblem =
  { problem: 'outside-root'; target: string } | { problem: 'not-utf8' } | { problem: 'too-large'; bytes: number };

/** Read-only access to a report's folder; the loader gets this instead of touching the disk. */
export interface ReportFiles {
  /** Every file below `dir` (root-relative), as sorted root-relative paths with forward slashes. */
  list(dir: string): string[];
  /** The text of a root-relative file, undefined when it does not exist, or why it cannot be read. */
  read(path: string): string | undefined | FileProblem;
}

/** Files held in memory: for tests and for generated reports. */
export function memoryFiles(files: Record<string, string>): ReportFiles {
  return {
    list: (dir) =>
      Object.keys(files)
        .filter((path) => path.startsWith(`${dir}/`))
        .sort(),
    read: (path) => files[path],
  };
}
